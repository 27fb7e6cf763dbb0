package org.leadline.ui.evidence;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** PNG bytes of a picture: what a pasted image, a screen region or a redacted copy is stored as (lossless). */
final class Png {
    private Png() {
    }

    static byte[] encode(BufferedImage picture) {
        BufferedImage image = picture;
        if (picture.getType() == BufferedImage.TYPE_INT_ARGB_PRE) {
            // SwingFXUtils hands out premultiplied pixels, which ImageIO's PNG writer may refuse: plain ARGB it takes.
            image = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_ARGB);
            java.awt.Graphics2D g = image.createGraphics();
            g.drawImage(picture, 0, 0, null);
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("No PNG writer is available.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

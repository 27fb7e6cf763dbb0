package org.leadline.logic.evidence;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Smaller copies of images for the grid and the viewer. Decoding reads every n-th pixel of a large image
 * (ImageIO source subsampling), so a 60-megapixel photo never sits whole in memory.
 */
public final class Thumbnails {
    public static final int SIZE = 256;
    /** The viewer's largest side for images it cannot show as they are. */
    static final int MAX_VIEW_SIDE = 4096;
    static final long MAX_VIEW_PIXELS = 40_000_000L;
    /** Formats the viewer (JavaFX) decodes itself; the rest are shown through a PNG made here. */
    static final Set<String> DIRECTLY_VIEWABLE = Set.of("image/png", "image/jpeg", "image/gif", "image/bmp");

    private Thumbnails() {
    }

    /** A JPEG (or PNG where the image has transparency) that fits in {@code side} × {@code side}; empty if it will not decode. */
    public static Optional<byte[]> make(InputStream in, int side) {
        ImageInspector.ensureImageIoReady();
        try (ImageInputStream stream = ImageIO.createImageInputStream(in)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            BufferedImage decoded;
            try {
                reader.setInput(stream, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > ImageInspector.MAX_PIXELS) {
                    return Optional.empty();
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.min(width, height) / (side * 2));
                step = Math.max(1, Math.min(step, Math.max(width, height) / side));
                param.setSourceSubsampling(step, step, 0, 0);
                decoded = reader.read(0, param);
            } finally {
                reader.dispose();
            }
            return Optional.of(encode(scale(decoded, side)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static BufferedImage scale(BufferedImage image, int side) {
        double factor = Math.min(1.0, Math.min((double) side / image.getWidth(), (double) side / image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        boolean alpha = image.getColorModel().hasAlpha();
        BufferedImage scaled = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scaled.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return scaled;
    }

    private static byte[] encode(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (image.getColorModel().hasAlpha()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}

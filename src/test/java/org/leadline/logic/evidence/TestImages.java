package org.leadline.logic.evidence;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** Images made for tests: real encoder output, so that the inspector and the thumbnails meet what officers attach. */
public final class TestImages {
    private TestImages() {
    }

    public static byte[] image(String format, int width, int height, int seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x20 + seed % 200, 0x60, 0xA0));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.drawString("Crossing Libya -> Italy 12000 EUR #" + seed, 10, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalArgumentException("No writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] png(int width, int height) {
        return image("png", width, height, 1);
    }

    /** A PNG whose header declares {@code width} × {@code height} pixels, with only a stub of pixel data behind it. */
    public static byte[] pngDeclaring(int width, int height) {
        byte[] real = png(8, 8);
        byte[] forged = real.clone();
        // IHDR's width and height are the 4-byte big-endian fields at offsets 16 and 20; its CRC follows at 29.
        writeInt(forged, 16, width);
        writeInt(forged, 20, height);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(forged, 12, 17);
        writeInt(forged, 29, (int) crc.getValue());
        return forged;
    }

    private static final java.util.concurrent.atomic.AtomicInteger CAPTURES = new java.util.concurrent.atomic.AtomicInteger();

    /** A real capture of a small, distinct image in the operation: for records that name their images by capture id. */
    public static java.util.UUID capture(org.leadline.logic.workspace.Workspace workspace, java.util.UUID operationId) {
        int n = CAPTURES.incrementAndGet();
        return new EvidenceService(workspace).attach(operationId,
                java.util.List.of(EvidenceService.Source.bytes("face-" + n + ".png", image("png", 40 + n % 50, 40, n))),
                EvidenceService.Context.plain(), java.util.List.of(), org.leadline.logic.tasks.Progress.NONE).get(0).captureId();
    }

    public static byte[] truncated(byte[] image) {
        return Arrays.copyOf(image, image.length * 2 / 3);
    }

    private static void writeInt(byte[] bytes, int offset, int value) {
        bytes[offset] = (byte) (value >>> 24);
        bytes[offset + 1] = (byte) (value >>> 16);
        bytes[offset + 2] = (byte) (value >>> 8);
        bytes[offset + 3] = (byte) value;
    }
}

package org.leadline.logic.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * Synthetic screenshots of the posts an action day captures: a platform's card with a handle, an advert's words, a
 * price and a route. Drawn here, so the demo and the benchmarks need no image files; the same seed draws the same.
 */
public final class DemoImages {
    private static final String[][] ADVERTS = {
            {"Crossing to Italy this week, safe boat, 12000 EUR", "Libya ➜ Italy"},
            {"Passage Calais - UK en camion, 1400 €, départ samedi", "France ➜ UK"},
            {"Passports and visas, all EU countries, fast delivery", "Documents"},
            {"From Izmir to Greece by speedboat, 3500 $ per person", "Türkiye ➜ Greece"},
            {"Conseils pour la route des Balkans, contactez-moi", "Guidance"},
            {"Zuwara departure tonight, places left, call now", "Libya ➜ Lampedusa"},
    };
    private static final Color[] PLATFORM_COLOURS = {new Color(0x229ED9), new Color(0x1877F2), new Color(0xC13584),
            new Color(0x111111), new Color(0x25D366)};
    private static final String[] PLATFORMS = {"Telegram", "Facebook", "Instagram", "TikTok", "WhatsApp"};

    private DemoImages() {
    }

    /** A post screenshot as PNG bytes (about 600 × 400 pixels). */
    public static byte[] post(String handle, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int platform = random.nextInt(PLATFORMS.length);
        String[] advert = ADVERTS[random.nextInt(ADVERTS.length)];
        int width = 600;
        int height = 400;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0xF0F2F5));
            g.fillRect(0, 0, width, height);
            g.setColor(PLATFORM_COLOURS[platform]);
            g.fillRect(0, 0, width, 56);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
            g.drawString(PLATFORMS[platform], 20, 36);
            g.setColor(Color.WHITE);
            g.fillRoundRect(20, 76, width - 40, height - 100, 18, 18);
            g.setPaint(new GradientPaint(40, 96, PLATFORM_COLOURS[platform], 88, 144, new Color(random.nextInt(0xFFFFFF))));
            g.fillOval(40, 96, 48, 48);
            g.setColor(new Color(0x1C1E21));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
            g.drawString(handle, 104, 118);
            g.setColor(new Color(0x65676B));
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
            g.drawString((1 + random.nextInt(23)) + " h · " + advert[1], 104, 140);
            g.setColor(new Color(0x1C1E21));
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 17));
            g.drawString(advert[0], 40, 190);
            g.setColor(new Color(0xE4E6EB));
            g.setStroke(new BasicStroke(2));
            g.drawLine(40, 320, width - 40, 320);
            g.setColor(new Color(0x65676B));
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
            g.drawString(random.nextInt(400) + " likes · " + random.nextInt(90) + " comments", 40, 350);
        } finally {
            g.dispose();
        }
        return png(image);
    }

    /** An incompressible image of about {@code bytes} bytes (benchmarks: the size of a phone screenshot). */
    public static byte[] noise(int bytes, long seed) {
        int side = (int) Math.ceil(Math.sqrt(bytes / 3.0));
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        SplittableRandom random = new SplittableRandom(seed);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return png(image);
    }

    /**
     * The same PNG with a text chunk ({@code tEXt}, keyword "Comment") holding {@code label} after its header: other
     * bytes and another hash, the same picture. Benchmarks make many officers' distinct screenshots from one drawing.
     */
    public static byte[] labelled(byte[] png, String label) {
        int headerEnd = 8 + 4 + 4 + 13 + 4; // signature, then the IHDR chunk: length, type, 13 bytes of data, CRC
        if (png.length < headerEnd || png[12] != 'I' || png[13] != 'H' || png[14] != 'D' || png[15] != 'R') {
            throw new IllegalArgumentException("Not a PNG that starts with its IHDR chunk.");
        }
        byte[] data = ("Comment\0" + label).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        java.nio.ByteBuffer chunk = java.nio.ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put("tEXt".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).put(data);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        chunk.putInt((int) crc.getValue());
        byte[] out = new byte[png.length + chunk.capacity()];
        System.arraycopy(png, 0, out, 0, headerEnd);
        System.arraycopy(chunk.array(), 0, out, headerEnd, chunk.capacity());
        System.arraycopy(png, headerEnd, out, headerEnd + chunk.capacity(), png.length - headerEnd);
        return out;
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

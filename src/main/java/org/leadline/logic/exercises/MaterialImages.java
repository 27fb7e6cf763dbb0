package org.leadline.logic.exercises;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GraphicAttribute;
import java.awt.font.ImageGraphicAttribute;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * Draws the exercise's material as a trainee meets it on screen: a platform's post, a profile with its photo, the data
 * page of a travel document with its machine-readable zone. Text goes through {@link TextLayout}, so Arabic is shaped
 * and laid right to left; the font is {@link MaterialFonts}' (bundled, so a fresh machine draws the same glyphs).
 * Emoji flags have no glyphs in a text font: the drawing paints them (MaterialFlags); plain text shows their codes.
 */
final class MaterialImages {
    private static final Color[] PLATFORM_COLOURS = {new Color(0x229ED9), new Color(0x1877F2), new Color(0xC13584), new Color(0x111111)};
    private static final String[] PLATFORMS = {"Telegram", "Facebook", "Instagram", "TikTok"};
    private static final Color INK = new Color(0x1C1E21);
    /** Stands for a flag in drawn text (the object replacement character). */
    private static final char FLAG = '\uFFFC';
    private static final Color GREY = new Color(0x65676B);

    private MaterialImages() {
    }

    static byte[] post(String platform, String handle, String text, String language, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int width = 720;
        int height = 460;
        return drawn(width, height, g -> {
            Color colour = colour(platform);
            background(g, width, height, platform, colour);
            g.setColor(Color.WHITE);
            g.fillRoundRect(20, 76, width - 40, height - 96, 18, 18);
            avatar(g, 40, 96, 52, colour, random, false);
            g.setColor(INK);
            g.setFont(MaterialFonts.bold(19));
            g.drawString(handle, 108, 118);
            g.setColor(GREY);
            g.setFont(MaterialFonts.regular(14));
            g.drawString((1 + random.nextInt(23)) + " h", 108, 140);
            g.setColor(INK);
            List<String> flags = new ArrayList<>();
            paragraph(g, drawable(text, flags), flags.iterator(), MaterialFonts.regular(19), 40, 180, width - 80, "ar".equals(language));
            g.setColor(new Color(0xE4E6EB));
            g.setStroke(new BasicStroke(2));
            g.drawLine(40, height - 70, width - 40, height - 70);
            g.setColor(GREY);
            g.setFont(MaterialFonts.regular(14));
            g.drawString(random.nextInt(400) + " likes · " + random.nextInt(90) + " comments · " + random.nextInt(40) + " shares", 40, height - 42);
        });
    }

    static byte[] profile(String platform, String name, String handle, String bio, String link, String phone, String language, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int width = 720;
        int height = 460;
        return drawn(width, height, g -> {
            Color colour = colour(platform);
            background(g, width, height, platform, colour);
            g.setPaint(new GradientPaint(0, 56, colour.brighter(), width, 180, new Color(0xDDE3EA)));
            g.fillRect(0, 56, width, 120);
            g.setColor(Color.WHITE);
            g.fillOval(36, 116, 148, 148);
            avatar(g, 42, 122, 136, colour, random, true);
            g.setColor(INK);
            g.setFont(MaterialFonts.bold(26));
            g.drawString(name, 204, 212);
            g.setColor(GREY);
            g.setFont(MaterialFonts.regular(17));
            g.drawString("@" + handle, 204, 240);
            g.setColor(INK);
            List<String> flags = new ArrayList<>();
            paragraph(g, drawable(bio, flags), flags.iterator(), MaterialFonts.regular(18), 40, 300, width - 80, "ar".equals(language));
            g.setColor(new Color(0x216FDB));
            g.setFont(MaterialFonts.regular(17));
            g.drawString(link, 40, 370);
            g.setColor(INK);
            g.drawString("☎ " + phone, 40, 402);
        });
    }

    static byte[] document(String surname, String given, String number, String birth, String sex, String expiry, String mrz, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int width = 880;
        int height = 600;
        return drawn(width, height, g -> {
            g.setColor(new Color(0x3A3F44));
            g.fillRect(0, 0, width, height);
            g.setPaint(new GradientPaint(0, 0, new Color(0xE9F0E4), width, height, new Color(0xF6E9DD)));
            g.fillRoundRect(30, 30, width - 60, height - 60, 24, 24);
            g.setColor(new Color(0x5B6B50));
            g.setFont(MaterialFonts.bold(22));
            g.drawString("UTOPIA · PASSPORT · PASSEPORT · جواز سفر", 60, 80);
            g.setColor(new Color(0xC0392B));
            g.setFont(MaterialFonts.bold(18));
            g.drawString("SPECIMEN", width - 190, 80);
            g.setColor(new Color(0xD5DBD0));
            g.fillRect(60, 110, 200, 250);
            avatar(g, 80, 140, 160, new Color(0x7F8C8D), random, true);
            String[][] fields = {{"Surname / Nom", surname}, {"Given names / Prénoms", given}, {"Nationality", "UTOPIAN"},
                    {"Date of birth", date(birth)}, {"Sex", sex}, {"Date of expiry", date(expiry)}, {"Passport No.", number}};
            int y = 130;
            for (String[] field : fields) {
                g.setColor(GREY);
                g.setFont(MaterialFonts.regular(13));
                g.drawString(field[0], 300, y);
                g.setColor(INK);
                g.setFont(MaterialFonts.bold(20));
                g.drawString(field[1], 300, y + 22);
                y += 46;
            }
            g.setColor(Color.WHITE);
            g.fillRect(40, height - 160, width - 80, 110);
            g.setColor(Color.BLACK);
            g.setFont(MaterialFonts.mono(28));
            String[] lines = mrz.split("\n");
            g.drawString(lines[0], 56, height - 115);
            g.drawString(lines[1], 56, height - 70);
        });
    }

    /** An image of this size painted by {@code painter}, as PNG bytes. */
    private static byte[] drawn(int width, int height, java.util.function.Consumer<Graphics2D> painter) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        try {
            painter.accept(g);
        } finally {
            g.dispose();
        }
        return png(image);
    }

    private static String date(String yymmdd) {
        return yymmdd.substring(4) + "." + yymmdd.substring(2, 4) + "." + yymmdd.substring(0, 2);
    }

    private static void background(Graphics2D g, int width, int height, String platform, Color colour) {
        g.setColor(new Color(0xF0F2F5));
        g.fillRect(0, 0, width, height);
        g.setColor(colour);
        g.fillRect(0, 0, width, 56);
        g.setColor(Color.WHITE);
        g.setFont(MaterialFonts.bold(22));
        g.drawString(platform, 20, 36);
    }

    /** A round picture; with a face, a simple drawn one (head, hair, eyes, mouth) for the face-check category. */
    private static void avatar(Graphics2D g, int x, int y, int size, Color colour, SplittableRandom random, boolean face) {
        if (!face) {
            g.setPaint(new GradientPaint(x, y, colour, x + size, y + size, new Color(random.nextInt(0xFFFFFF))));
            g.fill(new Ellipse2D.Double(x, y, size, size));
            return;
        }
        Color skin = new Color[] {new Color(0xE0B899), new Color(0xC68E63), new Color(0x8D5A3B), new Color(0xF1D2B6)}[random.nextInt(4)];
        Color hair = new Color[] {new Color(0x2B1B12), new Color(0x111111), new Color(0x5A3A22)}[random.nextInt(3)];
        g.setColor(new Color(0xB8C4CE));
        g.fill(new Ellipse2D.Double(x, y, size, size));
        double s = size / 100.0;
        g.setColor(skin);
        g.fill(new Ellipse2D.Double(x + 20 * s, y + 62 * s, 60 * s, 40 * s));
        g.fill(new Ellipse2D.Double(x + 28 * s, y + 18 * s, 44 * s, 54 * s));
        g.setColor(hair);
        g.fill(new Ellipse2D.Double(x + 26 * s, y + 12 * s, 48 * s, 22 * s));
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(x + 36 * s, y + 38 * s, 10 * s, 6 * s));
        g.fill(new Ellipse2D.Double(x + 54 * s, y + 38 * s, 10 * s, 6 * s));
        g.setColor(new Color(0x2C3E50));
        g.fill(new Ellipse2D.Double(x + 39 * s, y + 39 * s, 4 * s, 4 * s));
        g.fill(new Ellipse2D.Double(x + 57 * s, y + 39 * s, 4 * s, 4 * s));
        g.setColor(new Color(0x8E3B3B));
        g.setStroke(new BasicStroke((float) (2.5 * s)));
        g.drawArc((int) (x + 40 * s), (int) (y + 50 * s), (int) (20 * s), (int) (10 * s), 200, 140);
    }

    /** Wrapped text, shaped and ordered by TextLayout; right-aligned for a right-to-left paragraph. */
    private static void paragraph(Graphics2D g, String text, Iterator<String> flags, Font font, int x, int y, int width,
                                  boolean rightToLeft) {
        FontRenderContext context = g.getFontRenderContext();
        float line = y;
        for (String part : text.split("\n")) {
            if (part.isBlank()) {
                line += font.getSize() * 1.4f;
                continue;
            }
            AttributedString attributed = new AttributedString(part);
            attributed.addAttribute(TextAttribute.FONT, font);
            for (int i = part.indexOf(FLAG); i >= 0 && flags.hasNext(); i = part.indexOf(FLAG, i + 1)) {
                BufferedImage flag = MaterialFlags.of(flags.next(), Math.round(font.getSize() * 0.95f));
                attributed.addAttribute(TextAttribute.CHAR_REPLACEMENT,
                        new ImageGraphicAttribute(flag, GraphicAttribute.ROMAN_BASELINE, 0, flag.getHeight() * 0.85f), i, i + 1);
            }
            // Each line takes the direction of its first letter: an Arabic post's Latin contact lines stay left to right.
            if (rightToLeft && startsRightToLeft(part)) {
                attributed.addAttribute(TextAttribute.RUN_DIRECTION, TextAttribute.RUN_DIRECTION_RTL);
            }
            LineBreakMeasurer measurer = new LineBreakMeasurer(attributed.getIterator(), context);
            while (measurer.getPosition() < part.length()) {
                TextLayout layout = measurer.nextLayout(width);
                line += layout.getAscent();
                float dx = layout.isLeftToRight() ? 0 : width - layout.getAdvance();
                layout.draw(g, x + dx, line);
                line += layout.getDescent() + layout.getLeading() + 6;
            }
        }
    }

    private static boolean startsRightToLeft(String text) {
        String line = text.replaceFirst("^(\\[[A-Z]{2}]\\s*(→\\s*)?)+", ""); // the flags drawn as codes lead no direction
        for (int i = 0; i < line.length(); i++) {
            byte direction = Character.getDirectionality(line.charAt(i));
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT) {
                return true;
            }
            if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
        }
        return false;
    }

    /** The post's text with what a text font cannot draw replaced: flags by their country codes, emoji arrows by →. */
    static String displayable(String text) {
        return replaceEmoji(text, null);
    }

    /** As {@link #displayable}, but each flag is one object character that the drawing replaces by the painted flag. */
    static String drawable(String text, List<String> flags) {
        return replaceEmoji(text, flags);
    }

    private static String replaceEmoji(String text, List<String> flags) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp >= 0x1F1E6 && cp <= 0x1F1FF && next < text.length()) {
                int second = text.codePointAt(next);
                String code = "" + (char) ('A' + cp - 0x1F1E6) + (char) ('A' + second - 0x1F1E6);
                if (flags == null) {
                    out.append('[').append(code).append(']');
                } else {
                    flags.add(code);
                    out.append(FLAG);
                }
                next += Character.charCount(second);
            } else if (cp == 0x27A1) {
                out.append(" → ");
            } else if (cp != 0xFE0F) {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out.toString();
    }

    private static Color colour(String platform) {
        for (int i = 0; i < PLATFORMS.length; i++) {
            if (PLATFORMS[i].equals(platform)) {
                return PLATFORM_COLOURS[i];
            }
        }
        return PLATFORM_COLOURS[0];
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        return g;
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

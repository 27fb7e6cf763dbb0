package org.leadline.logic.exercises;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * Country flags drawn for the generated material: no text font has the emoji flags that adverts lead with, so the
 * flags of the material's routes are painted (simplified, as small as an emoji); any other country shows its code in
 * a grey box.
 */
final class MaterialFlags {
    private static final Color RED = new Color(0xCE1126);
    private static final Color GREEN = new Color(0x009246);
    private static final Color BLUE = new Color(0x0055A4);
    private static final Color NAVY = new Color(0x012169);
    private static final Color GREEK_BLUE = new Color(0x0D5EAF);

    private MaterialFlags() {
    }

    /** A flag of the ISO 3166 alpha-2 code, {@code height} pixels high and half as wide again. */
    static BufferedImage of(String code, int height) {
        int width = height * 3 / 2;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        float w = width;
        float h = height;
        switch (code) {
            case "IT" -> vertical(g, w, h, GREEN, Color.WHITE, RED);
            case "FR" -> vertical(g, w, h, BLUE, Color.WHITE, new Color(0xEF4135));
            case "ES" -> horizontal(g, w, h, RED, new Color(0xFFC400), new Color(0xFFC400), RED);
            case "LY" -> {
                horizontal(g, w, h, new Color(0xE70013), Color.BLACK, Color.BLACK, new Color(0x239E46));
                crescentAndStar(g, w / 2 - h * 0.08f, h / 2, h * 0.2f, Color.WHITE, Color.BLACK);
            }
            case "TN" -> {
                g.setColor(new Color(0xE70013));
                g.fill(new Rectangle2D.Float(0, 0, w, h));
                g.setColor(Color.WHITE);
                g.fill(new Ellipse2D.Float(w / 2 - h * 0.25f, h / 2 - h * 0.25f, h * 0.5f, h * 0.5f));
                crescentAndStar(g, w / 2, h / 2, h * 0.19f, new Color(0xE70013), Color.WHITE);
            }
            case "TR" -> {
                g.setColor(new Color(0xE30A17));
                g.fill(new Rectangle2D.Float(0, 0, w, h));
                crescentAndStar(g, w * 0.42f, h / 2, h * 0.25f, Color.WHITE, new Color(0xE30A17));
            }
            case "GR" -> greece(g, w, h);
            case "MA" -> {
                g.setColor(new Color(0xC1272D));
                g.fill(new Rectangle2D.Float(0, 0, w, h));
                g.setColor(new Color(0x006233));
                g.setStroke(new BasicStroke(Math.max(1f, h / 14f)));
                g.draw(star(w / 2, h / 2, h * 0.3f, h * 0.3f * 0.38f));
            }
            case "GB" -> unionJack(g, w, h);
            default -> {
                g.setColor(new Color(0xD0D3D8));
                g.fill(new Rectangle2D.Float(0, 0, w, h));
                g.setColor(new Color(0x33363B));
                g.setFont(MaterialFonts.bold(Math.max(8, height * 11 / 20)));
                int textWidth = g.getFontMetrics().stringWidth(code);
                g.drawString(code, (width - textWidth) / 2f, h / 2 + g.getFontMetrics().getAscent() / 2.6f);
            }
        }
        g.setColor(new Color(0, 0, 0, 60));
        g.setStroke(new BasicStroke(1f));
        g.drawRect(0, 0, width - 1, height - 1);
        g.dispose();
        return image;
    }

    private static void vertical(Graphics2D g, float w, float h, Color... bands) {
        for (int i = 0; i < bands.length; i++) {
            g.setColor(bands[i]);
            g.fill(new Rectangle2D.Float(w * i / bands.length, 0, w / bands.length + 1, h));
        }
    }

    private static void horizontal(Graphics2D g, float w, float h, Color... bands) {
        for (int i = 0; i < bands.length; i++) {
            g.setColor(bands[i]);
            g.fill(new Rectangle2D.Float(0, h * i / bands.length, w, h / bands.length + 1));
        }
    }

    /** A crescent opening to the right with a five-pointed star in its mouth. */
    private static void crescentAndStar(Graphics2D g, float cx, float cy, float r, Color colour, Color behind) {
        Area crescent = new Area(new Ellipse2D.Float(cx - r, cy - r, 2 * r, 2 * r));
        crescent.subtract(new Area(new Ellipse2D.Float(cx - r * 0.55f, cy - r * 0.8f, 1.6f * r, 1.6f * r)));
        g.setColor(colour);
        g.fill(crescent);
        g.fill(star(cx + r * 1.05f, cy, r * 0.45f, r * 0.45f * 0.4f));
    }

    private static Shape star(float cx, float cy, float outer, float inner) {
        Polygon star = new Polygon();
        for (int i = 0; i < 10; i++) {
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            double radius = i % 2 == 0 ? outer : inner;
            star.addPoint((int) Math.round(cx + radius * Math.cos(angle)), (int) Math.round(cy + radius * Math.sin(angle)));
        }
        return star;
    }

    private static void greece(Graphics2D g, float w, float h) {
        for (int i = 0; i < 9; i++) {
            g.setColor(i % 2 == 0 ? GREEK_BLUE : Color.WHITE);
            g.fill(new Rectangle2D.Float(0, h * i / 9, w, h / 9 + 1));
        }
        float canton = h * 5 / 9;
        g.setColor(GREEK_BLUE);
        g.fill(new Rectangle2D.Float(0, 0, canton, canton));
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Float(canton * 2 / 5, 0, canton / 5, canton));
        g.fill(new Rectangle2D.Float(0, canton * 2 / 5, canton, canton / 5));
    }

    private static void unionJack(Graphics2D g, float w, float h) {
        g.setColor(NAVY);
        g.fill(new Rectangle2D.Float(0, 0, w, h));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(h / 5));
        g.draw(new Line2D.Float(0, 0, w, h));
        g.draw(new Line2D.Float(0, h, w, 0));
        g.setColor(RED);
        g.setStroke(new BasicStroke(h / 15));
        g.draw(new Line2D.Float(0, 0, w, h));
        g.draw(new Line2D.Float(0, h, w, 0));
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Float(w / 2 - h / 6, 0, h / 3, h));
        g.fill(new Rectangle2D.Float(0, h / 2 - h / 6, w, h / 3));
        g.setColor(RED);
        g.fill(new Rectangle2D.Float(w / 2 - h / 10, 0, h / 5, h));
        g.fill(new Rectangle2D.Float(0, h / 2 - h / 10, w, h / 5));
    }
}

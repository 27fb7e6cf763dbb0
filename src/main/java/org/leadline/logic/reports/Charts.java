package org.leadline.logic.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * The report's charts, drawn with Java2D (headless) into PNG at twice the printed size so they stay sharp in the PDF:
 * horizontal bars with their values, and ranges (min, median, max) for prices. The same PNG goes into the HTML file.
 */
final class Charts {
    /** Printed width in CSS pixels; drawn at {@link #SCALE} times that. */
    static final int WIDTH = 640;
    private static final int SCALE = 2;
    private static final int ROW = 22;
    /** Grid lines per axis: five, so that every nice ceiling (1, 2, 2.5, 5 × 10^n) gives round ticks. */
    private static final int TICKS = 5;
    private static final Color BAR = new Color(0x2f5f8f);
    private static final Color MEDIAN = new Color(0xc0392b);
    private static final Color GRID = new Color(0xdddddd);
    private static final Color INK = new Color(0x222222);

    /** One bar: a label and its value. */
    record Bar(String label, double value) {
    }

    /** One range: a label and its min, median and max. */
    record Range(String label, double min, double median, double max) {
    }

    private Charts() {
    }

    static byte[] bars(List<Bar> bars, String unit) {
        int height = Math.max(1, bars.size()) * ROW + 16;
        BufferedImage image = new BufferedImage(WIDTH * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        int labelWidth = labelWidth(g, bars.stream().map(Bar::label).toList());
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
        int valueRoom = 90;
        int plot = WIDTH - labelWidth - valueRoom - 16;
        int y = 8;
        for (Bar bar : bars) {
            g.setColor(INK);
            g.drawString(bar.label(), 8, y + 15);
            int length = max <= 0 ? 0 : (int) Math.round(plot * bar.value() / max);
            g.setColor(BAR);
            g.fillRect(labelWidth + 12, y + 4, Math.max(1, length), ROW - 8);
            g.setColor(INK);
            g.drawString(number(bar.value()) + (unit.isEmpty() ? "" : " " + unit), labelWidth + 18 + length, y + 15);
            y += ROW;
        }
        return png(g, image);
    }

    /**
     * A time series as columns, oldest first: {@code labels} names a few columns under the axis (by index), so that
     * 300 hours stay readable.
     */
    static byte[] columns(List<Double> values, java.util.Map<Integer, String> labels, String unit) {
        int height = 170;
        BufferedImage image = new BufferedImage(WIDTH * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double top = niceCeiling(max);
        int left = 52;
        int right = WIDTH - 10;
        int bottom = height - 34;
        int plotTop = 10;
        g.setFont(ReportFonts.regular().deriveFont(10f));
        for (int i = 0; i <= TICKS; i++) {
            int y = bottom - (bottom - plotTop) * i / TICKS;
            g.setColor(GRID);
            g.drawLine(left, y, right, y);
            g.setColor(INK);
            String tick = number(top * i / TICKS);
            g.drawString(tick, left - 6 - g.getFontMetrics().stringWidth(tick), y + 4);
        }
        int n = Math.max(1, values.size());
        double step = (double) (right - left) / n;
        g.setColor(BAR);
        for (int i = 0; i < values.size(); i++) {
            int h = (int) Math.round((bottom - plotTop) * values.get(i) / top);
            int x = left + (int) Math.round(i * step);
            int w = Math.max(1, (int) Math.round(step) - (step > 4 ? 1 : 0));
            g.fillRect(x, bottom - h, w, h);
        }
        g.setColor(INK);
        labels.forEach((index, text) -> {
            int x = left + (int) Math.round((index + 0.5) * step);
            g.drawLine(x, bottom, x, bottom + 3);
            int width = g.getFontMetrics().stringWidth(text);
            g.drawString(text, Math.max(0, Math.min(WIDTH - width, x - width / 2)), bottom + 15);
        });
        g.drawString(unit, right - g.getFontMetrics().stringWidth(unit), bottom + 29);
        return png(g, image);
    }

    static byte[] ranges(List<Range> ranges, String unit) {
        int height = Math.max(1, ranges.size()) * ROW + 36;
        BufferedImage image = new BufferedImage(WIDTH * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        int labelWidth = labelWidth(g, ranges.stream().map(Range::label).toList());
        double max = ranges.stream().mapToDouble(Range::max).max().orElse(1);
        double top = niceCeiling(max);
        int left = labelWidth + 12;
        int plot = WIDTH - left - 24;
        int bottom = 8 + ranges.size() * ROW;
        g.setStroke(new BasicStroke(1));
        for (int i = 0; i <= TICKS; i++) {
            int x = left + plot * i / TICKS;
            g.setColor(GRID);
            g.drawLine(x, 6, x, bottom);
            g.setColor(INK);
            String tick = number(top * i / TICKS);
            g.drawString(tick, Math.min(WIDTH - g.getFontMetrics().stringWidth(tick) - 2, x - g.getFontMetrics().stringWidth(tick) / 2), bottom + 16);
        }
        g.drawString(unit, WIDTH - g.getFontMetrics().stringWidth(unit) - 4, bottom + 30);
        int y = 8;
        for (Range range : ranges) {
            g.setColor(INK);
            g.drawString(range.label(), 8, y + 15);
            int from = left + (int) Math.round(plot * range.min() / top);
            int to = left + (int) Math.round(plot * range.max() / top);
            int median = left + (int) Math.round(plot * range.median() / top);
            g.setColor(BAR);
            g.fillRect(from, y + 8, Math.max(2, to - from), ROW - 16);
            g.setColor(MEDIAN);
            g.fillRect(median - 2, y + 3, 4, ROW - 6);
            y += ROW;
        }
        return png(g, image);
    }

    private static Graphics2D start(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.scale(SCALE, SCALE);
        g.setFont(ReportFonts.regular().deriveFont(12f));
        return g;
    }

    private static int labelWidth(Graphics2D g, List<String> labels) {
        FontMetrics metrics = g.getFontMetrics();
        int widest = labels.stream().mapToInt(metrics::stringWidth).max().orElse(0);
        return Math.min(WIDTH / 3, widest + 8);
    }

    private static byte[] png(Graphics2D g, BufferedImage image) {
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= value) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    static String number(double value) {
        return String.format(Locale.ENGLISH, "%,.0f", value);
    }
}

package org.leadline.ui.links;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import org.leadline.logic.links.ClusterPalette;
import org.leadline.logic.links.LinkEdge;
import org.leadline.logic.links.LinkGraph;
import org.leadline.logic.links.LinkNode;

/**
 * Paints the link chart with Java2D, so that it can run on a worker thread (JavaFX's canvas draws on the render
 * thread, and with the software pipeline a 5,000-lead chart cost a frame of more than 50 ms): links in one path per
 * colour, leads as dots grouped by colour, whatever is outside the picture skipped, labels only when zoomed in far
 * enough to read them, and the selected lead, its neighbours and its links highlighted over the rest dimmed.
 */
final class LinkChartPainter {
    /** Colour buckets: the networks with a colour of their own, then smaller networks, then leads in none. */
    private static final int OTHER = ClusterPalette.size();
    private static final int NONE = OTHER + 1;
    private static final Color[] BUCKETS = new Color[NONE + 1];
    static final Color BACKGROUND = Color.decode("#fbfbfc");
    private static final Color LABEL = Color.decode("#1f2937");
    private static final Color RING = Color.decode("#111827");
    private static final Color HIGHLIGHT_LINK = new Color(0x11, 0x18, 0x27, Math.round(0.85f * 255));
    /** Labels drawn at most on screen: text is the dearest thing to draw, and more than this is unreadable. */
    static final int MAX_LABELS = 150;
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    static {
        for (int c = 0; c < OTHER; c++) {
            BUCKETS[c] = Color.decode(ClusterPalette.colour(c));
        }
        BUCKETS[OTHER] = Color.decode(ClusterPalette.OTHER_NETWORK);
        BUCKETS[NONE] = Color.decode(ClusterPalette.NO_CLUSTER);
    }

    private LinkChartPainter() {
    }

    /** What is drawn, precomputed for the shown chart so a picture only loops over arrays. */
    record Picture(LinkChartViewModel.Chart chart, int[] from, int[] to, int[] edgeBucket, int[] nodeOrder, int[] nodeBucket,
                   boolean[] facilitator) {
    }

    /**
     * One view of a picture: {@code screen = world × scale + offset} in the painted image's pixels, the image's size,
     * the window onto it that is on screen (its labels come first), the selected lead's index (-1: none) and its
     * neighbours' indexes.
     */
    record View(double scale, double offsetX, double offsetY, int width, int height, double screenLeft, double screenTop,
                double screenWidth, double screenHeight, int selected, int[] neighbours) {
        double radius() {
            return Math.max(2, Math.min(9, scale * 0.3));
        }
    }

    static Picture picture(LinkChartViewModel.Chart chart) {
        LinkGraph graph = chart.graph();
        int n = graph.size();
        int[] nodeBucket = new int[n];
        boolean[] facilitator = new boolean[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            LinkNode node = graph.nodes().get(i);
            nodeBucket[i] = bucket(graph.clusterOf(node.id()));
            facilitator[i] = node.possibleFacilitator();
            order[i] = i;
        }
        // Grey first, coloured networks last: the networks a reader looks for are drawn on top.
        Arrays.sort(order, (a, b) -> Integer.compare(nodeBucket[b], nodeBucket[a]));
        int m = graph.edges().size();
        int[] from = new int[m];
        int[] to = new int[m];
        int[] edgeBucket = new int[m];
        for (int e = 0; e < m; e++) {
            LinkEdge edge = graph.edges().get(e);
            from[e] = graph.indexOf(edge.source().id());
            to[e] = graph.indexOf(edge.target().id());
            edgeBucket[e] = nodeBucket[from[e]] == nodeBucket[to[e]] && nodeBucket[from[e]] < OTHER ? nodeBucket[from[e]] : NONE;
        }
        return new Picture(chart, from, to, edgeBucket, Arrays.stream(order).mapToInt(Integer::intValue).toArray(), nodeBucket,
                facilitator);
    }

    private static int bucket(int cluster) {
        return cluster < 0 ? NONE : Math.min(cluster, OTHER);
    }

    static void paint(Graphics2D g, Picture p, View v) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setComposite(AlphaComposite.SrcOver);
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, v.width(), v.height());
        if (p == null) {
            return;
        }
        double w = v.width();
        double h = v.height();
        double scale = v.scale();
        double ox = v.offsetX();
        double oy = v.offsetY();
        double[] x = p.chart().positions().x();
        double[] y = p.chart().positions().y();
        double r = v.radius();
        int selectedIndex = v.selected();
        boolean dimmed = selectedIndex >= 0;

        // Links: one path per colour, those wholly outside left out.
        g.setStroke(new BasicStroke(scale > LinkChartViewModel.LABEL_SCALE ? 1.2f : 0.7f));
        double minimumLink = 2 * r;
        alpha(g, dimmed ? 0.18f : 0.55f);
        for (int bucket = NONE; bucket >= 0; bucket--) {
            Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, 256);
            boolean any = false;
            for (int e = 0; e < p.from().length; e++) {
                if (p.edgeBucket()[e] != bucket) {
                    continue;
                }
                double x1 = x[p.from()[e]] * scale + ox;
                double y1 = y[p.from()[e]] * scale + oy;
                double x2 = x[p.to()[e]] * scale + ox;
                double y2 = y[p.to()[e]] * scale + oy;
                if (Math.max(x1, x2) < 0 || Math.min(x1, x2) > w || Math.max(y1, y2) < 0 || Math.min(y1, y2) > h
                        || Math.abs(x1 - x2) + Math.abs(y1 - y2) < minimumLink) {
                    continue; // outside, or hidden under its own ends' dots
                }
                any |= clipped(path, x1, y1, x2, y2, w, h);
            }
            if (any) {
                g.setColor(BUCKETS[bucket]);
                g.draw(path);
            }
        }
        LinkGraph graph = p.chart().graph();
        if (dimmed) {
            alpha(g, 1);
            g.setColor(HIGHLIGHT_LINK);
            g.setStroke(new BasicStroke(2));
            Path2D.Double path = new Path2D.Double();
            for (LinkEdge edge : graph.linksOf(graph.nodes().get(selectedIndex).id())) {
                int a = graph.indexOf(edge.source().id());
                int b = graph.indexOf(edge.target().id());
                path.moveTo(x[a] * scale + ox, y[a] * scale + oy);
                path.lineTo(x[b] * scale + ox, y[b] * scale + oy);
            }
            g.draw(path);
        }

        // Leads, grouped by colour; possible facilitators ringed.
        alpha(g, dimmed ? 0.35f : 1);
        int current = -1;
        Ellipse2D.Double oval = new Ellipse2D.Double();
        for (int i : p.nodeOrder()) {
            double sx = x[i] * scale + ox;
            double sy = y[i] * scale + oy;
            if (sx < -r || sx > w + r || sy < -r || sy > h + r) {
                continue;
            }
            if (p.nodeBucket()[i] != current) {
                current = p.nodeBucket()[i];
                g.setColor(BUCKETS[current]);
            }
            double size = p.facilitator()[i] ? r * 1.5 : r;
            if (size < 3.5) {
                // Small dots as squares on whole pixels: crisp, and no curve to rasterise.
                int side = (int) Math.rint(2 * size);
                g.fillRect((int) Math.rint(sx - size), (int) Math.rint(sy - size), side, side);
            } else {
                oval.setFrame(sx - size, sy - size, 2 * size, 2 * size);
                g.fill(oval);
            }
        }
        if (r >= 3) {
            g.setColor(RING);
            g.setStroke(new BasicStroke(1));
            for (int i = 0; i < x.length; i++) {
                if (p.facilitator()[i]) {
                    double sx = x[i] * scale + ox;
                    double sy = y[i] * scale + oy;
                    if (sx >= -r && sx <= w + r && sy >= -r && sy <= h + r) {
                        oval.setFrame(sx - r * 1.5, sy - r * 1.5, 3 * r, 3 * r);
                        g.draw(oval);
                    }
                }
            }
        }
        alpha(g, 1);
        g.setFont(LABEL_FONT);
        g.setColor(LABEL);
        if (scale >= LinkChartViewModel.LABEL_SCALE && !dimmed) {
            // The part on screen first, as many as one screen would have; the margin around it has as many again.
            labels(g, p, v, x, y, r, true);
            labels(g, p, v, x, y, r, false);
        }
        if (dimmed) {
            // Zoomed far out the neighbours sit on one spot: their labels would be one smudge.
            boolean labelNeighbours = scale >= LinkChartViewModel.LABEL_SCALE / 3;
            for (int i : v.neighbours()) {
                highlight(g, p, i, x[i] * scale + ox, y[i] * scale + oy, r, false, labelNeighbours);
            }
            highlight(g, p, selectedIndex, x[selectedIndex] * scale + ox, y[selectedIndex] * scale + oy, r, true, true);
        }
    }

    /**
     * Adds the part of a link inside the picture (Liang–Barsky): zoomed in, most links drawn run far beyond it, and
     * Java2D strokes a line's whole length before clipping it.
     */
    private static boolean clipped(Path2D.Double path, double x1, double y1, double x2, double y2, double w, double h) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double t0 = 0;
        double t1 = 1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1 + 2, w + 2 - x1, y1 + 2, h + 2 - y1};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        if (t0 > t1) {
            return false;
        }
        path.moveTo(x1 + t0 * dx, y1 + t0 * dy);
        path.lineTo(x1 + t1 * dx, y1 + t1 * dy);
        return true;
    }

    /**
     * Paints a small part of a picture zoomed in to its labels and of the whole, once, on the worker: the first real
     * bitmaps would otherwise pay for loading the font and compiling Java2D's loops, while the screen waits for them.
     */
    static void warmUp(Picture p) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(320, 200, java.awt.image.BufferedImage.TYPE_INT_ARGB_PRE);
        double[] x = p.chart().positions().x();
        double[] y = p.chart().positions().y();
        if (x.length == 0) {
            return;
        }
        double[] b = p.chart().positions().bounds();
        double fit = Math.min(320 / Math.max(1e-6, b[2] - b[0]), 200 / Math.max(1e-6, b[3] - b[1]));
        double zoomed = LinkChartViewModel.LABEL_SCALE * 1.2;
        for (int round = 0; round < 3; round++) {
            for (double scale : new double[] {fit, zoomed}) {
                double ox = 160 - scale * x[0];
                double oy = 100 - scale * y[0];
                Graphics2D g = image.createGraphics();
                try {
                    paint(g, p, new View(scale, ox, oy, 320, 200, 0, 0, 320, 200, round == 2 ? 0 : -1, new int[0]));
                } finally {
                    g.dispose();
                }
            }
        }
    }

    private static void labels(Graphics2D g, Picture p, View v, double[] x, double[] y, double r, boolean onScreen) {
        double left = v.screenLeft();
        double top = v.screenTop();
        double right = left + v.screenWidth();
        double bottom = top + v.screenHeight();
        int drawn = 0;
        for (int i = 0; i < x.length && drawn < MAX_LABELS; i++) {
            double sx = x[i] * v.scale() + v.offsetX();
            double sy = y[i] * v.scale() + v.offsetY();
            boolean inside = sx >= left && sx <= right && sy >= top && sy <= bottom;
            if (inside == onScreen && sx >= 0 && sx <= v.width() && sy >= 0 && sy <= v.height()) {
                g.drawString(shortValue(p.chart().graph().nodes().get(i).canonical()), (float) (sx + r + 3), (float) (sy + 4));
                drawn++;
            }
        }
    }

    private static void highlight(Graphics2D g, Picture p, int i, double sx, double sy, double r, boolean selected, boolean label) {
        double size = Math.max(r, 4) * (selected ? 2 : 1.5);
        Ellipse2D.Double dot = new Ellipse2D.Double(sx - size, sy - size, 2 * size, 2 * size);
        g.setColor(BUCKETS[p.nodeBucket()[i]]);
        g.fill(dot);
        g.setColor(RING);
        g.setStroke(new BasicStroke(selected ? 3 : 1.5f));
        g.draw(dot);
        if (!label) {
            return;
        }
        String text = shortValue(p.chart().graph().nodes().get(i).canonical());
        alpha(g, 0.8f);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(sx + size + 2, sy - 8, text.length() * 6.2 + 4, 15));
        alpha(g, 1);
        g.setColor(LABEL);
        g.drawString(text, (float) (sx + size + 4), (float) (sy + 4));
    }

    private static void alpha(Graphics2D g, float alpha) {
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, alpha));
    }

    private static String shortValue(String value) {
        return value.length() <= 40 ? value : value.substring(0, 38) + "…";
    }
}

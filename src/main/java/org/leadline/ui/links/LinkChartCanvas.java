package org.leadline.ui.links;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.leadline.logic.links.ClusterPalette;
import org.leadline.logic.links.LinkEdge;
import org.leadline.logic.links.LinkGraph;
import org.leadline.logic.links.LinkNode;

/**
 * Draws the link chart on one canvas (never a node per lead): links in one path per colour, leads as dots grouped by
 * colour, off-screen links and leads skipped, labels only when zoomed in far enough to read them (and always for the
 * selected lead and its neighbours). Redraws are coalesced to one per pulse. Wheel zooms, dragging pans, a click
 * selects the lead under the pointer and a double click opens it.
 */
public final class LinkChartCanvas extends Pane {
    /** Colour buckets: the networks with a colour of their own, then smaller networks, then leads in none. */
    private static final int OTHER = ClusterPalette.size();
    private static final int NONE = OTHER + 1;
    private static final Color[] BUCKETS = new Color[NONE + 1];
    private static final Color BACKGROUND = Color.web("#fbfbfc");
    private static final Color LABEL = Color.web("#1f2937");
    private static final Color RING = Color.web("#111827");
    private static final Color HIGHLIGHT_LINK = Color.web("#111827", 0.85);
    /** Labels drawn at most in one frame: text is the dearest thing to draw, and more than this is unreadable. */
    private static final int MAX_LABELS = 150;

    static {
        for (int c = 0; c < OTHER; c++) {
            BUCKETS[c] = Color.web(ClusterPalette.colour(c));
        }
        BUCKETS[OTHER] = Color.web(ClusterPalette.OTHER_NETWORK);
        BUCKETS[NONE] = Color.web(ClusterPalette.NO_CLUSTER);
    }

    private final LinkChartViewModel model;
    private final Canvas canvas = new Canvas();
    private final Font labelFont = Font.font(11);
    private final AnimationTimer painter;
    private boolean dirty;
    private Picture picture;
    private double dragX;
    private double dragY;
    private boolean dragged;
    private long lastDrawNanos;

    /** What is drawn, precomputed for the shown chart so a frame only loops over arrays. */
    private record Picture(LinkChartViewModel.Chart chart, int[] from, int[] to, int[] edgeBucket, int[] nodeOrder, int[] nodeBucket,
                           boolean[] facilitator) {
    }

    public LinkChartCanvas(LinkChartViewModel model, IntConsumer onOpen) {
        this.model = model;
        setId("linkChart");
        getStyleClass().add("link-chart");
        setFocusTraversable(true);
        canvas.setId("linkChartCanvas");
        getChildren().add(canvas);
        setMinSize(200, 150);
        painter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (dirty) {
                    dirty = false;
                    draw();
                }
                stop();
            }
        };
        widthProperty().addListener((obs, a, b) -> resized());
        heightProperty().addListener((obs, a, b) -> resized());
        model.shownProperty().addListener((obs, a, b) -> {
            picture = b == null ? null : picture(b);
            requestRedraw();
        });
        model.selectedProperty().addListener((obs, a, b) -> requestRedraw());
        setOnScroll(event -> {
            model.zoom(event.getDeltaY() > 0 ? 1.2 : 1 / 1.2, event.getX(), event.getY());
            requestRedraw();
            event.consume();
        });
        setOnMousePressed(event -> {
            dragX = event.getX();
            dragY = event.getY();
            dragged = false;
            requestFocus();
        });
        setOnMouseDragged(event -> {
            double dx = event.getX() - dragX;
            double dy = event.getY() - dragY;
            if (Math.abs(dx) + Math.abs(dy) > 2) {
                dragged = true;
            }
            model.pan(dx, dy);
            dragX = event.getX();
            dragY = event.getY();
            requestRedraw();
        });
        setOnMouseClicked(event -> {
            if (dragged || event.getButton() != MouseButton.PRIMARY) {
                return;
            }
            int index = model.hit(event.getX(), event.getY(), Math.max(8, radius() + 4));
            if (event.getClickCount() == 2 && index >= 0) {
                model.select(index);
                onOpen.accept(index);
            } else {
                model.select(index);
            }
        });
    }

    private void resized() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        model.resize(getWidth(), getHeight());
        requestRedraw();
    }

    /** Draws at the next pulse (several changes in one pulse draw once). */
    public void requestRedraw() {
        dirty = true;
        painter.start();
    }

    /** How long the last frame's drawing took on the FX thread, in nanoseconds. */
    public long lastDrawNanos() {
        return lastDrawNanos;
    }

    private static Picture picture(LinkChartViewModel.Chart chart) {
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

    private double radius() {
        return Math.max(2, Math.min(9, model.scale() * 0.3));
    }

    private void draw() {
        long started = System.nanoTime();
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setGlobalAlpha(1);
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, w, h);
        Picture p = picture;
        if (p == null) {
            lastDrawNanos = System.nanoTime() - started;
            return;
        }
        double scale = model.scale();
        double ox = model.offsetX();
        double oy = model.offsetY();
        double[] x = p.chart().positions().x();
        double[] y = p.chart().positions().y();
        double r = radius();
        LinkNode selected = model.selectedProperty().get();
        int selectedIndex = selected == null ? -1 : p.chart().graph().indexOf(selected.id());
        Set<UUID> neighbours = model.highlightedProperty().get();
        boolean dimmed = selectedIndex >= 0;

        // Links: one path per colour, those wholly off screen left out.
        g.setLineWidth(scale > LinkChartViewModel.LABEL_SCALE ? 1.2 : 0.7);
        double minimumLink = 2 * r;
        g.setGlobalAlpha(dimmed ? 0.18 : 0.55);
        for (int bucket = NONE; bucket >= 0; bucket--) {
            boolean any = false;
            g.beginPath();
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
                    continue; // off screen, or hidden under its own ends' dots
                }
                g.moveTo(x1, y1);
                g.lineTo(x2, y2);
                any = true;
            }
            if (any) {
                g.setStroke(BUCKETS[bucket]);
                g.stroke();
            }
        }
        if (dimmed) {
            g.setGlobalAlpha(1);
            g.setStroke(HIGHLIGHT_LINK);
            g.setLineWidth(2);
            g.beginPath();
            for (LinkEdge edge : p.chart().graph().linksOf(selected.id())) {
                int a = p.chart().graph().indexOf(edge.source().id());
                int b = p.chart().graph().indexOf(edge.target().id());
                g.moveTo(x[a] * scale + ox, y[a] * scale + oy);
                g.lineTo(x[b] * scale + ox, y[b] * scale + oy);
            }
            g.stroke();
        }

        // Leads, grouped by colour; possible facilitators ringed.
        g.setGlobalAlpha(dimmed ? 0.35 : 1);
        int current = -1;
        for (int i : p.nodeOrder()) {
            double sx = x[i] * scale + ox;
            double sy = y[i] * scale + oy;
            if (sx < -r || sx > w + r || sy < -r || sy > h + r) {
                continue;
            }
            if (p.nodeBucket()[i] != current) {
                current = p.nodeBucket()[i];
                g.setFill(BUCKETS[current]);
            }
            double size = p.facilitator()[i] ? r * 1.5 : r;
            if (size < 3.5) {
                // Small dots as squares on whole pixels: the software pipeline fills those without rasterising a curve.
                double side = Math.rint(2 * size);
                g.fillRect(Math.rint(sx - size), Math.rint(sy - size), side, side);
            } else {
                g.fillOval(sx - size, sy - size, 2 * size, 2 * size);
            }
        }
        if (r >= 3) {
            g.setStroke(RING);
            g.setLineWidth(1);
            for (int i = 0; i < x.length; i++) {
                if (p.facilitator()[i]) {
                    double sx = x[i] * scale + ox;
                    double sy = y[i] * scale + oy;
                    if (sx >= -r && sx <= w + r && sy >= -r && sy <= h + r) {
                        g.strokeOval(sx - r * 1.5, sy - r * 1.5, 3 * r, 3 * r);
                    }
                }
            }
        }
        g.setGlobalAlpha(1);
        g.setFont(labelFont);
        g.setFill(LABEL);
        if (scale >= LinkChartViewModel.LABEL_SCALE && !dimmed) {
            int drawn = 0;
            for (int i = 0; i < x.length && drawn < MAX_LABELS; i++) {
                double sx = x[i] * scale + ox;
                double sy = y[i] * scale + oy;
                if (sx >= 0 && sx <= w && sy >= 0 && sy <= h) {
                    g.fillText(shortValue(p.chart().graph().nodes().get(i).canonical()), sx + r + 3, sy + 4);
                    drawn++;
                }
            }
        }
        if (dimmed) {
            // Zoomed far out the neighbours sit on one spot: their labels would be one smudge.
            boolean labelNeighbours = scale >= LinkChartViewModel.LABEL_SCALE / 3;
            for (UUID id : neighbours) {
                int i = p.chart().graph().indexOf(id);
                highlight(g, p, i, x[i] * scale + ox, y[i] * scale + oy, r, false, labelNeighbours);
            }
            highlight(g, p, selectedIndex, x[selectedIndex] * scale + ox, y[selectedIndex] * scale + oy, r, true, true);
        }
        lastDrawNanos = System.nanoTime() - started;
    }

    private static void highlight(GraphicsContext g, Picture p, int i, double sx, double sy, double r, boolean selected, boolean label) {
        double size = Math.max(r, 4) * (selected ? 2 : 1.5);
        g.setFill(BUCKETS[p.nodeBucket()[i]]);
        g.fillOval(sx - size, sy - size, 2 * size, 2 * size);
        g.setStroke(RING);
        g.setLineWidth(selected ? 3 : 1.5);
        g.strokeOval(sx - size, sy - size, 2 * size, 2 * size);
        if (!label) {
            return;
        }
        g.setFill(Color.WHITE);
        String text = shortValue(p.chart().graph().nodes().get(i).canonical());
        g.setGlobalAlpha(0.8);
        g.fillRect(sx + size + 2, sy - 8, text.length() * 6.2 + 4, 15);
        g.setGlobalAlpha(1);
        g.setFill(LABEL);
        g.fillText(text, sx + size + 4, sy + 4);
    }

    private static String shortValue(String value) {
        return value.length() <= 40 ? value : value.substring(0, 38) + "…";
    }

    Canvas canvas() {
        return canvas;
    }
}

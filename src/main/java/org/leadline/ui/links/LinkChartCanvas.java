package org.leadline.ui.links;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Affine;
import org.leadline.logic.links.LinkGraph;
import org.leadline.logic.links.LinkNode;

/**
 * Shows the link chart as one bitmap (never a node per lead), painted by {@link LinkChartPainter} on a worker thread
 * with a margin around the screen: panning only moves the bitmap, and a new one is painted once the view has moved a
 * third of the margin, comes to rest, or zooms (meanwhile the last bitmap is shown scaled), or when the chart or the
 * selection changes. The FX thread only places an image, so a frame costs the same for 50 leads as for 5,000. Wheel
 * zooms, dragging pans, a click selects the lead under the pointer and a double click opens it.
 */
public final class LinkChartCanvas extends Pane {
    /** Pixels painted beyond each edge of the screen, so that panning has something to show before the next bitmap. */
    private static final int MARGIN = 320;
    /** Room around the outermost leads for their dots and highlights, and right of them for a label. */
    private static final double CHART_PAD = 30;
    private static final double LABEL_PAD = 280;
    /** The largest change of zoom shown by scaling the last bitmap while the new one is painted. */
    private static final double MAX_PREVIEW = 1.6;
    /** Pulses without a change after which the view counts as at rest (and is painted exactly). */
    private static final int REST_PULSES = 2;

    private final LinkChartViewModel model;
    private final ImageView view = new ImageView();
    private final Affine placement = new Affine();
    private final AnimationTimer painter;
    /** One painter thread, which ends when idle: a closed chart window leaves no thread behind. */
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
            runnable -> {
                Thread thread = new Thread(runnable, "leadline-link-paint");
                thread.setDaemon(true);
                return thread;
            });
    private LinkChartPainter.Picture picture;
    /** Bumped by anything that changes what is painted other than the viewport (the chart, the selection). */
    private long version;
    private Bitmap front;
    private Bitmap spare;
    /** The pulse at which {@link #spare} left the screen: the render thread may read it for one more pulse. */
    private long spareLeft;
    private boolean painting;
    private long pulses;
    private int still;
    private double lastScale;
    private double lastX;
    private double lastY;
    private double dragX;
    private double dragY;
    private boolean dragged;
    private long lastDrawNanos;
    private volatile long lastPaintNanos;

    /** A bitmap and the view it was painted for; its pixels are shared with the image shown. */
    private static final class Bitmap {
        final int width;
        final int height;
        BufferedImage pixels;
        PixelBuffer<IntBuffer> buffer;
        WritableImage image;
        double scale;
        double offsetX;
        double offsetY;
        long version;
        double screenWidth;
        double screenHeight;
        /** Where the chart's leads (and room for their dots and labels) were on screen when it was painted. */
        double chartLeft;
        double chartTop;
        double chartRight;
        double chartBottom;

        Bitmap(int width, int height) {
            this.width = width;
            this.height = height;
        }

        /** Makes the pixels, once; a bitmap's image is only shown after this. */
        void allocate() {
            if (pixels != null) {
                return;
            }
            pixels = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
            int[] data = ((DataBufferInt) pixels.getRaster().getDataBuffer()).getData();
            buffer = new PixelBuffer<>(width, height, IntBuffer.wrap(data), PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(buffer);
        }

        boolean fits(int otherWidth, int otherHeight) {
            return width == otherWidth && height == otherHeight;
        }
    }

    public LinkChartCanvas(LinkChartViewModel model, IntConsumer onOpen) {
        this.model = model;
        worker.allowCoreThreadTimeOut(true);
        setId("linkChart");
        getStyleClass().add("link-chart");
        setFocusTraversable(true);
        setPickOnBounds(true);
        view.setId("linkChartCanvas");
        view.getTransforms().add(placement);
        view.setMouseTransparent(true);
        getChildren().add(view);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setMinSize(200, 150);
        painter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse();
            }
        };
        widthProperty().addListener((obs, a, b) -> resized());
        heightProperty().addListener((obs, a, b) -> resized());
        model.shownProperty().addListener((obs, a, b) -> {
            picture = b == null ? null : LinkChartPainter.picture(b);
            if (picture != null) {
                LinkChartPainter.Picture warm = picture;
                worker.execute(() -> LinkChartPainter.warmUp(warm));
            }
            changed();
        });
        model.selectedProperty().addListener((obs, a, b) -> changed());
        model.highlightedProperty().addListener((obs, a, b) -> changed());
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
            int index = model.hit(event.getX(), event.getY(), Math.max(8, radius(model.scale()) + 4));
            if (event.getClickCount() == 2 && index >= 0) {
                model.select(index);
                onOpen.accept(index);
            } else {
                model.select(index);
            }
        });
    }

    private void resized() {
        model.resize(getWidth(), getHeight());
        requestRedraw();
    }

    private void changed() {
        version++;
        requestRedraw();
    }

    /** Shows the current view at the next pulse and paints a new bitmap when it is needed. */
    public void requestRedraw() {
        still = 0;
        painter.start();
    }

    /** How long the FX thread spent on the chart in the longest of its last calls (placing, publishing a bitmap), in nanoseconds. */
    public long lastDrawNanos() {
        return lastDrawNanos;
    }

    /** How long the worker took to paint the last bitmap, in nanoseconds. */
    public long lastPaintNanos() {
        return lastPaintNanos;
    }

    private static double radius(double scale) {
        return Math.max(2, Math.min(9, scale * 0.3));
    }

    private void pulse() {
        long started = System.nanoTime();
        pulses++;
        double scale = model.scale();
        if (scale != lastScale || model.offsetX() != lastX || model.offsetY() != lastY) {
            still = 0;
            lastScale = scale;
            lastX = model.offsetX();
            lastY = model.offsetY();
        } else {
            still++;
        }
        place();
        boolean needed = needsPainting();
        if (needed && !painting) {
            paint();
        }
        if (!needed && !painting && still > REST_PULSES) {
            painter.stop();
        }
        lastDrawNanos = System.nanoTime() - started;
    }

    /**
     * Puts the bitmap where its world is now: moved while panning, scaled while a new zoom is being painted. Only the
     * part that lands on screen is shown, so that a bitmap scaled up many times is not resampled off screen.
     */
    private void place() {
        if (front == null) {
            return;
        }
        double k = model.scale() / front.scale;
        double tx = model.offsetX() - k * front.offsetX;
        double ty = model.offsetY() - k * front.offsetY;
        if (k == 1) {
            // Whole pixels: the bitmap is copied, not resampled.
            tx = Math.rint(tx);
            ty = Math.rint(ty);
        }
        int imageWidth = front.width;
        int imageHeight = front.height;
        double left = clamp(Math.floor(-tx / k), imageWidth);
        double top = clamp(Math.floor(-ty / k), imageHeight);
        double right = clamp(Math.ceil((getWidth() - tx) / k), imageWidth);
        double bottom = clamp(Math.ceil((getHeight() - ty) / k), imageHeight);
        // The software pipeline resamples a scaled image at some 40 ms a frame: worth it to follow a wheel step, not
        // for a jump (fit, a found lead) where the scaled picture would be a blur anyway; there the background shows
        // for the few frames until the new zoom is painted.
        if (right - left < 1 || bottom - top < 1 || k > MAX_PREVIEW || k < 1 / MAX_PREVIEW) {
            view.setVisible(false);
            return;
        }
        view.setVisible(true);
        view.setSmooth(false); // scaled only for the few frames until the new zoom is painted
        view.setViewport(new Rectangle2D(left, top, right - left, bottom - top));
        placement.setToTransform(k, 0, tx + k * left, 0, k, ty + k * top);
    }

    private static double clamp(double value, int limit) {
        return Math.max(0, Math.min(limit, value));
    }

    private boolean needsPainting() {
        if (getWidth() <= 0 || getHeight() <= 0) {
            return false;
        }
        if (front == null) {
            return picture != null;
        }
        if (front.version != version || front.scale != model.scale() || front.screenWidth != getWidth()
                || front.screenHeight != getHeight()) {
            return true;
        }
        double dx = model.offsetX() - (front.offsetX - MARGIN);
        double dy = model.offsetY() - (front.offsetY - MARGIN);
        if (still >= REST_PULSES) {
            // At rest: the whole margin ready for the next drag, and the labels chosen among the leads now on screen.
            return !covered(dx, dy, MARGIN) || model.scale() >= LinkChartViewModel.LABEL_SCALE && Math.abs(dx) + Math.abs(dy) >= 1;
        }
        // Moving: a new bitmap once a third of the margin is used, so that it is ready before the rest is.
        return !covered(dx, dy, MARGIN / 3.0);
    }

    /**
     * Whether the bitmap holds all of the chart that is within {@code cushion} pixels of the screen once the view has
     * moved by (dx, dy) since it was painted. A chart smaller than the bitmap is held wherever it is dragged.
     */
    private boolean covered(double dx, double dy, double cushion) {
        double left = Math.max(-cushion - dx, front.chartLeft);
        double right = Math.min(getWidth() + cushion - dx, front.chartRight);
        double top = Math.max(-cushion - dy, front.chartTop);
        double bottom = Math.min(getHeight() + cushion - dy, front.chartBottom);
        if (left >= right || top >= bottom) {
            return true; // nothing of the chart there
        }
        return left >= -MARGIN && right <= getWidth() + MARGIN && top >= -MARGIN && bottom <= getHeight() + MARGIN;
    }

    private void paint() {
        int width = (int) Math.ceil(getWidth()) + 2 * MARGIN;
        int height = (int) Math.ceil(getHeight()) + 2 * MARGIN;
        Bitmap reused = null;
        if (spare != null && spare.fits(width, height)) {
            if (pulses < spareLeft + 2) {
                return; // the render thread may still be reading it; the next pulse tries again
            }
            reused = spare;
        }
        spare = null;
        // A new bitmap (megabytes) is made on the worker, not in this pulse.
        Bitmap target = reused != null ? reused : new Bitmap(width, height);
        target.scale = model.scale();
        target.offsetX = model.offsetX() + MARGIN;
        target.offsetY = model.offsetY() + MARGIN;
        target.version = version;
        target.screenWidth = getWidth();
        target.screenHeight = getHeight();
        double[] bounds = picture == null ? new double[4] : picture.chart().positions().bounds();
        target.chartLeft = bounds[0] * target.scale + model.offsetX() - CHART_PAD;
        target.chartTop = bounds[1] * target.scale + model.offsetY() - CHART_PAD;
        target.chartRight = bounds[2] * target.scale + model.offsetX() + LABEL_PAD;
        target.chartBottom = bounds[3] * target.scale + model.offsetY() + CHART_PAD;
        LinkChartPainter.Picture p = picture;
        LinkChartPainter.View v = view(target.scale, target.offsetX, target.offsetY, width, height, MARGIN, MARGIN, getWidth(), getHeight());
        painting = true;
        worker.execute(() -> {
            long started = System.nanoTime();
            target.allocate();
            Graphics2D g = target.pixels.createGraphics();
            try {
                LinkChartPainter.paint(g, p, v);
            } finally {
                g.dispose();
            }
            lastPaintNanos = System.nanoTime() - started;
            Platform.runLater(() -> painted(target));
        });
    }

    private void painted(Bitmap bitmap) {
        long started = System.nanoTime();
        painting = false;
        bitmap.buffer.updateBuffer(buffer -> null);
        if (front != null) {
            spare = front;
            spareLeft = pulses;
        }
        front = bitmap;
        view.setImage(bitmap.image);
        place();
        painter.start();
        lastDrawNanos = Math.max(lastDrawNanos, System.nanoTime() - started);
    }

    /** The view to paint: the model's, with the selection as indexes of the picture. */
    private LinkChartPainter.View view(double scale, double offsetX, double offsetY, int width, int height, double screenLeft,
                                       double screenTop, double screenWidth, double screenHeight) {
        int selected = -1;
        int[] neighbours = new int[0];
        LinkNode node = model.selectedProperty().get();
        if (picture != null && node != null) {
            LinkGraph graph = picture.chart().graph();
            selected = graph.indexOf(node.id());
            neighbours = model.highlightedProperty().get().stream().mapToInt(graph::indexOf).filter(i -> i >= 0).toArray();
        }
        return new LinkChartPainter.View(scale, offsetX, offsetY, width, height, screenLeft, screenTop, screenWidth, screenHeight,
                selected, neighbours);
    }

    /**
     * The chart as shown, at {@code factor} times the screen's resolution, as a job for a thread other than the FX
     * thread (the view is taken now, on the FX thread).
     */
    Supplier<BufferedImage> snapshot(double factor) {
        LinkChartPainter.Picture p = picture;
        int width = (int) Math.ceil(getWidth() * factor);
        int height = (int) Math.ceil(getHeight() * factor);
        LinkChartPainter.View v = view(model.scale(), model.offsetX(), model.offsetY(), (int) Math.ceil(getWidth()),
                (int) Math.ceil(getHeight()), 0, 0, getWidth(), getHeight());
        return () -> {
            BufferedImage image = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            try {
                g.scale(factor, factor);
                LinkChartPainter.paint(g, p, v);
            } finally {
                g.dispose();
            }
            return image;
        };
    }
}

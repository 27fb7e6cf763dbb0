package org.leadline.ui.evidence;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.image.Image;
import org.leadline.model.CaptureSummary;
import org.leadline.ui.common.Session;

/**
 * Thumbnails for tiles: decoded off the FX thread by workers of their own, one per core up to {@link #WORKERS} (so
 * that scrolling a grid never queues behind the database work of {@link org.leadline.ui.common.Background}, nor that
 * work behind the thumbnails; a grid opened cold makes a screenful of them at once), newest request first, and kept
 * in memory for the last {@link #CAPACITY} captures. A request whose tile has moved on to another capture before its
 * turn is skipped.
 */
public final class ThumbnailCache {
    /** About 600 × 256 × 256 × 4 bytes at most: well under 200 MB, and more tiles than any screen shows. */
    static final int CAPACITY = 600;
    static final int WORKERS = 2;
    /** The side thumbnails are decoded at: the grid's tiles; the detail pane's smaller tiles scale them down. */
    static final double DECODED_SIDE = EvidenceGridView.TILE;
    /** Marks a capture whose thumbnail could not be made, so that its tile says "no preview" without asking again. */
    private static final Image NONE = new javafx.scene.image.WritableImage(1, 1);

    private final Session session;
    /** Read and written on the FX thread only. */
    private final Map<UUID, Image> images = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Image> eldest) {
            return size() > CAPACITY;
        }
    };
    private final AtomicInteger pending = new AtomicInteger();
    private final ThreadPoolExecutor workers;

    public ThumbnailCache(Session session) {
        this.session = session;
        // A LIFO queue: the tiles the officer just scrolled to are drawn first; the ones scrolled past are skipped.
        int threads = Math.max(1, Math.min(WORKERS, Runtime.getRuntime().availableProcessors()));
        workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingDeque<>() {
            @Override
            public boolean offer(Runnable runnable) {
                return offerFirst(runnable);
            }
        }, runnable -> {
            Thread thread = new Thread(runnable, "leadline-thumbnails");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The thumbnail in memory: empty when not loaded yet, an empty inner optional when the capture has no preview. */
    Optional<Optional<Image>> cached(UUID captureId) {
        Image image = images.get(captureId);
        if (image == null) {
            return Optional.empty();
        }
        return Optional.of(image == NONE ? Optional.empty() : Optional.of(image));
    }

    /**
     * Loads a thumbnail off the FX thread and hands it (or null: no preview) to {@code onLoaded} on the FX thread, unless
     * {@code stillWanted} says by then that the tile shows something else.
     */
    void load(CaptureSummary capture, BooleanSupplier stillWanted, Consumer<Image> onLoaded) {
        if (!capture.hasPreview()) {
            onLoaded.accept(null);
            return;
        }
        pending.incrementAndGet();
        workers.execute(() -> {
            try {
                if (session.isClosed() || !stillWanted.getAsBoolean()) {
                    return;
                }
                Image image = decode(capture);
                Platform.runLater(() -> {
                    images.put(capture.id(), image == null ? NONE : image);
                    if (stillWanted.getAsBoolean()) {
                        onLoaded.accept(image);
                    }
                });
            } finally {
                pending.decrementAndGet();
            }
        });
    }

    private Image decode(CaptureSummary capture) {
        try {
            Optional<byte[]> bytes = session.evidence().thumbnail(capture);
            if (bytes.isEmpty()) {
                return null;
            }
            // Image may be made on any thread; only showing it is the FX thread's. Decoded at the grid's tile size,
            // so that no frame has to scale a picture down while the grid scrolls.
            Image image = new Image(new ByteArrayInputStream(bytes.get()), DECODED_SIDE, DECODED_SIDE, true, true);
            return image.isError() ? null : image;
        } catch (RuntimeException e) {
            // A thumbnail that cannot be made is "no preview"; the viewer says why when the capture is opened.
            return null;
        }
    }

    /** Forgets a capture's thumbnail (nothing changes a capture, but a test or a new workspace may want a clean slate). */
    void clear() {
        images.clear();
    }

    /** Requests queued or being decoded (tests wait for zero). */
    public int pending() {
        return pending.get();
    }

    int size() {
        return images.size();
    }

    /** Stops the workers (the window is going away): what is queued is dropped, a decode under way finishes. */
    public void shutdown() {
        // No interrupt: an interrupted thread would close the file channel it reads an evidence file through.
        workers.getQueue().clear();
        workers.shutdown();
    }
}

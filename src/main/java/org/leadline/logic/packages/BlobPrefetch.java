package org.leadline.logic.packages;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.leadline.logic.evidence.EvidenceStore;

/**
 * Decrypts an export's evidence blobs on a thread of its own, ahead of the writer, so that decryption overlaps the
 * records' JSON and the hashing and writing of the blob before: the writer takes each blob, in order, already
 * decrypted. Memory stays flat: small blobs (screenshots) are held up to {@link #BUDGET} bytes in all; a blob above
 * {@link #HELD_AT_MOST} is not read ahead but handed over as the store's own stream.
 */
final class BlobPrefetch implements AutoCloseable {
    static final int BUDGET = 32 << 20;
    static final int HELD_AT_MOST = 4 << 20;

    /** One blob, in order: its bytes, or null when the writer streams it itself, or why it could not be read. */
    private record Blob(String sha256, byte[] bytes, IOException failure) {
    }

    private final EvidenceStore store;
    private final BlockingQueue<Blob> ready;
    private final Semaphore budget = new Semaphore(BUDGET);
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Worker<Void> worker;

    /** @param sizes each blob's SHA-256 and its plain size as its capture records it, in the order they are written */
    BlobPrefetch(EvidenceStore store, Map<String, Long> sizes) {
        this.store = store;
        List<Map.Entry<String, Long>> blobs = new ArrayList<>(new LinkedHashMap<>(sizes).entrySet());
        this.ready = new ArrayBlockingQueue<>(Math.max(1, blobs.size()));
        this.worker = Worker.start("leadline-export-blobs", () -> {
            for (Map.Entry<String, Long> blob : blobs) {
                if (stop.get() || !readAhead(blob.getKey(), blob.getValue())) {
                    break;
                }
            }
            return null;
        });
    }

    private boolean readAhead(String sha256, long size) {
        if (size < 0 || size > HELD_AT_MOST) {
            return ready.offer(new Blob(sha256, null, null));
        }
        int permits = (int) size;
        try {
            budget.acquire(permits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (stop.get()) {
            return false;
        }
        try (InputStream in = store.open(sha256)) {
            byte[] bytes = in.readNBytes(HELD_AT_MOST + 1);
            if (bytes.length > HELD_AT_MOST) {
                // The capture's size was wrong: the writer streams this one; the budget is given back.
                budget.release(permits);
                return ready.offer(new Blob(sha256, null, null));
            }
            if (bytes.length != permits) {
                budget.release(permits);
                budget.acquireUninterruptibly(bytes.length);
            }
            return ready.offer(new Blob(sha256, bytes, null));
        } catch (IOException e) {
            budget.release(permits);
            ready.offer(new Blob(sha256, null, e));
            return false;
        }
    }

    /** The next blob's plain content; it must be the one named (blobs are taken in the order given). */
    InputStream next(String sha256) throws IOException {
        Blob blob;
        try {
            blob = ready.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while the evidence was read", e);
        }
        if (!blob.sha256().equals(sha256)) {
            throw new IllegalStateException("Blobs taken out of order: " + sha256 + " asked, " + blob.sha256() + " read");
        }
        if (blob.failure() != null) {
            throw blob.failure();
        }
        if (blob.bytes() == null) {
            return store.open(sha256);
        }
        byte[] bytes = blob.bytes();
        return new ByteArrayInputStream(bytes) {
            private boolean released;

            @Override
            public void close() {
                if (!released) {
                    released = true;
                    budget.release(bytes.length);
                }
            }
        };
    }

    @Override
    public void close() {
        stop.set(true);
        // Wakes a reader waiting for budget; it sees stop and ends.
        budget.release(BUDGET);
        worker.awaitQuietly();
        ready.clear();
    }
}

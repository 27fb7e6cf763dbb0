package org.leadline.logic.packages;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.leadline.logic.evidence.EvidenceStore;
import org.leadline.logic.packages.archive.HashedContent;

/**
 * Decrypts and hashes an export's evidence blobs on a thread of its own, ahead of the writer, so that this work
 * overlaps the records' JSON and the writing of the blob before: the writer takes each blob, in order, decrypted, its
 * SHA-256 checked against the name it is stored under. Memory stays flat: small blobs (screenshots) are held up to
 * {@link #BUDGET} bytes in all; a blob above {@link #HELD_AT_MOST} is not read ahead: the writer streams it from the
 * store and hashes it itself.
 */
final class BlobPrefetch implements AutoCloseable {
    static final int BUDGET = 32 << 20;
    static final int HELD_AT_MOST = 4 << 20;

    /** One blob, in order: its content, or null when the writer streams it itself, or why it could not be read. */
    private record Blob(String sha256, HashedContent content, IOException failure) {
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
        long total = blobs.stream().mapToLong(blob -> Math.max(0, blob.getValue())).sum();
        this.worker = Worker.start("leadline-export-blobs", () -> {
            // A first export in a process would decrypt and hash at a fraction of the speed until the JIT is warm.
            store.warmUpFor(total);
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
            // Straight into an array of the recorded size: readNBytes(int) gathers 8 KiB pieces in a list and copies
            // them again, which cost the first exports in a process about a tenth of this thread's time.
            byte[] bytes = new byte[permits];
            int read = in.readNBytes(bytes, 0, permits);
            if (read == permits && in.read() >= 0) {
                // Longer than its capture says: the writer streams this one; the budget is given back.
                budget.release(permits);
                return ready.offer(new Blob(sha256, null, null));
            }
            if (read != permits) {
                bytes = Arrays.copyOf(bytes, read);
                budget.release(permits - read);
            }
            HashedContent content = HashedContent.of(bytes);
            if (!content.sha256().equals(sha256)) {
                budget.release(bytes.length);
                ready.offer(new Blob(sha256, null, mismatch(sha256)));
                return false;
            }
            return ready.offer(new Blob(sha256, content, null));
        } catch (IOException e) {
            budget.release(permits);
            ready.offer(new Blob(sha256, null, e));
            return false;
        }
    }

    /** The failure of a blob whose decrypted bytes are not the ones its name promises. */
    static DamagedBlob mismatch(String sha256) {
        return new DamagedBlob(sha256);
    }

    /** A blob of the evidence store whose decrypted bytes no longer hash to its name. */
    static final class DamagedBlob extends IOException {
        private final String sha256;

        private DamagedBlob(String sha256) {
            super(sentence("blob " + sha256));
            this.sha256 = sha256;
        }

        /** What is damaged, as the sentence names it: "blob …", or the capture the officer knows it by. */
        static String sentence(String what) {
            return "the evidence store's copy of " + what + " no longer matches its SHA-256 (verify-workspace lists every damaged blob)";
        }

        String sha256() {
            return sha256;
        }
    }

    /** One blob as the writer takes it; closing it gives its bytes back to the budget. */
    static final class Taken implements AutoCloseable {
        private final HashedContent content;
        private final Runnable release;

        private Taken(HashedContent content, Runnable release) {
            this.content = content;
            this.release = release;
        }

        /** The blob's bytes, hashed and checked; null for a blob the writer streams from the store itself. */
        HashedContent content() {
            return content;
        }

        @Override
        public void close() {
            release.run();
        }
    }

    /** The next blob; it must be the one named (blobs are taken in the order given). */
    Taken next(String sha256) throws IOException {
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
        if (blob.content() == null) {
            return new Taken(null, () -> { });
        }
        int size = blob.content().size();
        AtomicBoolean released = new AtomicBoolean();
        return new Taken(blob.content(), () -> {
            if (released.compareAndSet(false, true)) {
                budget.release(size);
            }
        });
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

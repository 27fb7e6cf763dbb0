package org.leadline.logic.evidence;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.leadline.logic.tasks.CancelledException;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Capture;
import org.leadline.persistence.CaptureRepository;
import org.leadline.persistence.CaptureRepository.HashedCapture;

/**
 * verify-workspace: re-reads every capture record and every evidence blob, and reports each that no longer matches
 * the hash taken when it was written. Reads only; changes nothing.
 *
 * <p>The records are streamed from the database into a short queue that one worker per core (at most four) empties:
 * each worker re-hashes the record and, for the first record of each content, decrypts and re-hashes its blob. Memory
 * stays flat however many captures there are: only the queue's records and the set of contents seen are held.
 */
public final class EvidenceVerifier {
    /** Records waiting for a worker, per worker: enough to keep both cores busy, few enough to hold nothing large. */
    private static final int QUEUED_PER_WORKER = 32;
    /** A few hundred captures are tens of megabytes at screenshot sizes: enough to warm the cipher up first. */
    static final long WARM_UP_RECORDS = 256;

    private final Workspace workspace;

    public EvidenceVerifier(Workspace workspace) {
        this.workspace = workspace;
    }

    public enum ProblemKind {
        /** A capture record's fields differ from what was written. */
        RECORD_CHANGED,
        /** A record names bytes that are not in the evidence folder. */
        BLOB_MISSING,
        /** The blob does not decrypt: a byte of it was changed or the file was cut. */
        BLOB_DAMAGED,
        /** The blob decrypts but its content no longer has the SHA-256 taken at capture. */
        BLOB_CHANGED,
        /** A blob that no record names (left by a capture whose transaction failed): harmless, reported for completeness. */
        BLOB_UNREFERENCED
    }

    public record Problem(ProblemKind kind, UUID captureId, String sha256, String sentence) {
    }

    public record Report(long records, long blobs, long bytes, double seconds, List<Problem> problems) {
        /** No record or blob differs; unreferenced blobs do not make a workspace wrong. */
        public boolean intact() {
            return problems.stream().allMatch(problem -> problem.kind() == ProblemKind.BLOB_UNREFERENCED);
        }
    }

    /** A record to re-hash, and whether its blob is to be read too (the first record of that content). */
    private record Check(HashedCapture hashed, boolean readBlob) {
    }

    private static final Check END = new Check(null, false);

    public Report verify(Progress progress) {
        long started = System.nanoTime();
        EvidenceStore store = workspace.evidence();
        // The bar counts records, whose number the table keeps: a sum of their sizes was a whole pass over the records
        // before the first blob was read (a quarter of a second in a fresh process on 11,300 captures).
        long total = workspace.jdbi().withHandle(handle -> new CaptureRepository(handle).countAll());
        if (total >= WARM_UP_RECORDS) {
            store.warmUpOnce();
        }
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        AtomicLong done = new AtomicLong();
        AtomicLong checked = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        int workers = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        BlockingQueue<Check> queue = new ArrayBlockingQueue<>(workers * QUEUED_PER_WORKER);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            Thread thread = new Thread(() -> work(queue, problems, done, checked, total, progress, failure), "leadline-verify-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        Set<String> contents = new HashSet<>();
        long[] records = {0};
        try {
            workspace.jdbi().useHandle(handle -> new CaptureRepository(handle).forEachWithHash(hashed -> {
                if (progress.cancelled() || failure.get() != null) {
                    throw new CancelledException("Verification was cancelled before every blob was read.");
                }
                records[0]++;
                put(queue, new Check(hashed, contents.add(hashed.capture().sha256())));
            }));
        } catch (CancelledException stopped) {
            // The workers finish what is queued; the failure or the cancel is reported below.
        } finally {
            for (int i = 0; i < workers; i++) {
                put(queue, END);
            }
            for (Thread thread : threads) {
                join(thread);
            }
        }
        if (failure.get() != null) {
            throw new IllegalStateException("Verification failed: " + failure.get().getMessage(), failure.get());
        }
        if (progress.cancelled()) {
            throw new CancelledException("Verification was cancelled before every blob was read.");
        }
        Set<Path> named = new HashSet<>();
        for (String sha : contents) {
            named.add(store.pathOf(sha));
        }
        store.forEachBlobFile(file -> {
            if (!named.contains(file)) {
                problems.add(new Problem(ProblemKind.BLOB_UNREFERENCED, null, null,
                        "The evidence file " + file.getFileName() + " is named by no capture record."));
            }
        });
        List<Problem> ordered = new ArrayList<>(problems);
        ordered.sort(Comparator.comparing(Problem::kind).thenComparing(Problem::sentence));
        return new Report(records[0], contents.size(), done.get(), (System.nanoTime() - started) / 1e9, List.copyOf(ordered));
    }

    /** One worker: takes checks until the end mark; a failure is kept for the caller, and the queue still drained. */
    private void work(BlockingQueue<Check> queue, List<Problem> problems, AtomicLong done, AtomicLong checked, long total,
                      Progress progress, AtomicReference<Throwable> failure) {
        EvidenceStore.SequentialReader reader = workspace.evidence().sequentialReader();
        MessageDigest sha = EvidenceStore.sha256();
        while (true) {
            Check check = take(queue);
            if (check == END) {
                return;
            }
            if (failure.get() != null || progress.cancelled()) {
                continue;
            }
            try {
                Capture capture = check.hashed().capture();
                if (!EvidenceService.recordHash(capture).equals(check.hashed().recordHash())) {
                    problems.add(new Problem(ProblemKind.RECORD_CHANGED, capture.id(), capture.sha256(), "The capture record of "
                            + capture.originalName() + " (" + capture.id() + ") was changed after it was written."));
                }
                if (check.readBlob()) {
                    Problem problem = checkBlob(capture, reader, sha, done);
                    if (problem != null) {
                        problems.add(problem);
                    }
                }
                progress.report(checked.incrementAndGet(), total);
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
            }
        }
    }

    private static Problem checkBlob(Capture capture, EvidenceStore.SequentialReader reader, MessageDigest sha, AtomicLong done) {
        String label = capture.originalName() + " (" + capture.id() + ")";
        // A blob that failed part way leaves its bytes in the digest, which is kept for the worker's next blob.
        sha.reset();
        try {
            reader.digest(capture.sha256(), sha, done::addAndGet);
        } catch (NoSuchFileException e) {
            return new Problem(ProblemKind.BLOB_MISSING, capture.id(), capture.sha256(),
                    "The stored bytes of " + label + " are missing from the evidence folder.");
        } catch (IOException | RuntimeException e) {
            return new Problem(ProblemKind.BLOB_DAMAGED, capture.id(), capture.sha256(),
                    "The stored bytes of " + label + " do not decrypt: they were changed or cut.");
        }
        String actual = HexFormat.of().formatHex(sha.digest());
        if (!actual.equals(capture.sha256())) {
            return new Problem(ProblemKind.BLOB_CHANGED, capture.id(), capture.sha256(),
                    "The stored bytes of " + label + " have SHA-256 " + actual + ", not " + capture.sha256() + " as at capture.");
        }
        return null;
    }

    private static void put(BlockingQueue<Check> queue, Check check) {
        try {
            queue.put(check);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException("Verification was interrupted.");
        }
    }

    private static Check take(BlockingQueue<Check> queue) {
        while (true) {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                // Nobody interrupts these threads (an interrupt would close the file channel being read); keep waiting.
            }
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException("Verification was interrupted.");
        }
    }
}

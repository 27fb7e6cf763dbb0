package org.leadline.logic.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.HexFormat;
import org.leadline.logic.tasks.CancelledException;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Capture;
import org.leadline.persistence.CaptureRepository;

/**
 * verify-workspace: re-reads every capture record and every evidence blob, and reports each that no longer matches
 * the hash taken when it was written. Reads only; changes nothing.
 */
public final class EvidenceVerifier {
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

    public Report verify(Progress progress) {
        long started = System.nanoTime();
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        Map<String, Capture> bySha = new LinkedHashMap<>();
        long[] records = {0};
        workspace.jdbi().useHandle(handle -> new CaptureRepository(handle).forEachWithHash(hashed -> {
            records[0]++;
            Capture capture = hashed.capture();
            if (!EvidenceService.recordHash(capture).equals(hashed.recordHash())) {
                problems.add(new Problem(ProblemKind.RECORD_CHANGED, capture.id(), capture.sha256(),
                        "The capture record of " + capture.originalName() + " (" + capture.id() + ") was changed after it was written."));
            }
            bySha.putIfAbsent(capture.sha256(), capture);
        }));
        long total = bySha.values().stream().mapToLong(Capture::size).sum();
        AtomicLong done = new AtomicLong();
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "leadline-verify");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> checks = new ArrayList<>();
            for (Capture capture : bySha.values()) {
                checks.add(pool.submit(() -> {
                    if (progress.cancelled()) {
                        return;
                    }
                    Problem problem = checkBlob(capture, done, total, progress);
                    if (problem != null) {
                        problems.add(problem);
                    }
                }));
            }
            for (Future<?> check : checks) {
                check.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException("Verification was interrupted.");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Verification failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (progress.cancelled()) {
            throw new CancelledException("Verification was cancelled before every blob was read.");
        }
        Set<Path> named = new HashSet<>();
        for (String sha : bySha.keySet()) {
            named.add(workspace.evidence().pathOf(sha));
        }
        workspace.evidence().forEachBlobFile(file -> {
            if (!named.contains(file)) {
                problems.add(new Problem(ProblemKind.BLOB_UNREFERENCED, null, null,
                        "The evidence file " + file.getFileName() + " is named by no capture record."));
            }
        });
        List<Problem> ordered = new ArrayList<>(problems);
        ordered.sort(java.util.Comparator.comparing(Problem::kind).thenComparing(Problem::sentence));
        return new Report(records[0], bySha.size(), done.get(), (System.nanoTime() - started) / 1e9, List.copyOf(ordered));
    }

    private Problem checkBlob(Capture capture, AtomicLong done, long total, Progress progress) {
        MessageDigest sha = EvidenceStore.sha256();
        String label = capture.originalName() + " (" + capture.id() + ")";
        try (InputStream in = workspace.evidence().open(capture.sha256())) {
            byte[] buffer = new byte[1 << 20];
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha.update(buffer, 0, n);
                progress.report(done.addAndGet(n), total);
            }
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
}

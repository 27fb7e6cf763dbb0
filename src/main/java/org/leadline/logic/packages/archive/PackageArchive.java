package org.leadline.logic.packages.archive;

import static org.leadline.logic.packages.archive.Refusals.refuse;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.leadline.logic.packages.PackageLimits;
import org.leadline.logic.packages.PackageRefusedException;
import org.leadline.logic.tasks.CancelledException;

/**
 * A package archive opened for verification: step 1 (archive) of package-format.md is done in {@link #open}, and every
 * read afterwards is held to the same bounds by counting the bytes that come out (see package-info). Whatever goes
 * wrong while opening or reading is a {@link PackageRefusedException} of step 1 with one sentence for the officer;
 * no {@code ZipException} or {@code IOException} leaves this class, not even from the streams it returns.
 *
 * <p>Entries may be read from several threads at once: commons-compress reads a {@link FileChannel} by position, so
 * readers do not share a file pointer. A thread interrupted while reading closes the channel for everyone (the JDK
 * does that to interruptible channels); that read ends in a {@link CancelledException}.
 */
public final class PackageArchive implements AutoCloseable {
    private static final int READ_BUFFER = 1 << 20;
    private static final long PROGRESS_INTERVAL_MILLIS = 100;

    private final ZipFile zip;
    private final ArchiveIndex index;
    private final PackageLimits limits;
    private final EntryInputStream.RunningTotal total;
    private final Map<String, AtomicLong> highestRead = new ConcurrentHashMap<>();

    private PackageArchive(ZipFile zip, ArchiveIndex index, PackageLimits limits) {
        this.zip = zip;
        this.index = index;
        this.limits = limits;
        this.total = new EntryInputStream.RunningTotal(limits.maxTotalBytes());
    }

    /** Opens the file and checks step 1 on its structure; refuses with {@code Step.ARCHIVE} on the first problem. */
    public static PackageArchive open(Path file, PackageLimits limits) {
        FileChannel channel = openChannel(file);
        try {
            ZipDirectoryCheck.check(channel, limits);
            ZipFile zip = ZipFile.builder()
                    .setSeekableByteChannel(channel)
                    .setUseUnicodeExtraFields(false)
                    .get();
            return new PackageArchive(zip, ArchiveIndex.of(zip, channel, limits), limits);
        } catch (PackageRefusedException e) {
            closeQuietly(channel);
            throw e;
        } catch (IOException | RuntimeException e) {
            // Anything a hostile archive makes the ZIP reader throw (EOF, ZipException, IllegalArgumentException).
            closeQuietly(channel);
            throw Refusals.damaged(e);
        }
    }

    private static FileChannel openChannel(Path file) {
        String shown = String.valueOf(file.getFileName());
        if (Files.isDirectory(file)) {
            throw refuse(null, "The package " + shown + " is a folder, not a file.");
        }
        if (!Files.exists(file)) {
            throw refuse(null, "The package file " + shown + " does not exist.");
        }
        try {
            return FileChannel.open(file, StandardOpenOption.READ);
        } catch (AccessDeniedException e) {
            throw refuse(null, "Leadline is not allowed to read the package file " + shown + ".", e);
        } catch (IOException e) {
            throw refuse(null, "The package file " + shown + " cannot be opened.", e);
        }
    }

    /** Entry names in archive order, without the folder entries a ZIP tool may add (they are ignored). */
    public List<String> names() {
        return index.names();
    }

    public boolean contains(String name) {
        return index.get(name) != null;
    }

    /**
     * Reads a small entry fully (manifest, signature, a records file), refusing it as soon as more than
     * {@code maxBytes} come out, whatever its header declared.
     *
     * @throws IllegalArgumentException when there is no such entry: check {@link #contains} first
     */
    public byte[] readAll(String name, long maxBytes) {
        ZipArchiveEntry entry = entry(name);
        long bound = Math.min(Math.min(maxBytes, ArchiveIndex.boundOf(name, limits)), Integer.MAX_VALUE - 8);
        if (entry.getSize() > bound) {
            throw ArchiveIndex.tooLarge(EntryNames.shown(name), bound);
        }
        try (InputStream in = open(entry, name, bound)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.min(entry.getSize(), 64 * 1024));
            byte[] buffer = new byte[(int) Math.min(READ_BUFFER, Math.max(entry.getSize(), 8192))];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                bytes.write(buffer, 0, n);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw Refusals.damagedEntry(EntryNames.shown(name), e);
        }
    }

    /**
     * Streams an entry's bytes with the limits enforced while reading: entry size, running total, compression ratio;
     * at the end of the stream the size and CRC-32 must match the header. Problems are thrown from {@code read} as
     * {@link PackageRefusedException}.
     *
     * @throws IllegalArgumentException when there is no such entry
     */
    public InputStream open(String name) {
        return open(entry(name), name, ArchiveIndex.boundOf(name, limits));
    }

    private InputStream open(ZipArchiveEntry entry, String name, long bound) {
        String shown = EntryNames.shown(name);
        InputStream raw;
        try {
            raw = zip.getRawInputStream(entry);
        } catch (IOException | RuntimeException e) {
            throw Refusals.damagedEntry(shown, e);
        }
        AtomicLong highest = highestRead.computeIfAbsent(name, key -> new AtomicLong());
        if (entry.getMethod() == ZipArchiveEntry.DEFLATED) {
            InflatingInputStream inflating = new InflatingInputStream(raw);
            return new EntryInputStream(inflating, shown, bound, entry.getSize(), entry.getCrc(),
                    inflating::compressedConsumed, limits, total, highest);
        }
        // Stored: the header sizes were checked equal, and the raw stream ends at the compressed size, so the buffer
        // can be no larger than the entry (a package of 100,000 small blobs allocates no 64 KiB per blob).
        int buffer = (int) Math.max(1, Math.min(64 * 1024, entry.getCompressedSize()));
        return new EntryInputStream(new BufferedInputStream(raw, buffer), shown, bound, entry.getSize(), entry.getCrc(),
                null, limits, total, highest);
    }

    /** Reads the entry completely and returns its size and SHA-256 computed from the bytes read. */
    public EntryDigest digest(String name) {
        return digest(name, new byte[READ_BUFFER], bytes -> { }, () -> false);
    }

    /**
     * {@link #digest} of many entries, largest first on as many threads as the machine has cores.
     *
     * @param progressBytes called on the calling thread, about ten times a second, with the bytes hashed since its
     *                      previous call; the calls add up to the bytes of all entries
     * @param cancelled     asked on the calling thread before starting and between progress calls; when it answers
     *                      true the threads stop within one buffer and a {@link CancelledException} is thrown
     * @return the digests in the order of {@code names}
     * @throws PackageRefusedException the first refusal any thread met; the others stop
     */
    public Map<String, EntryDigest> digestAll(Collection<String> names, LongConsumer progressBytes, BooleanSupplier cancelled) {
        List<String> wanted = new ArrayList<>(new LinkedHashSet<>(names));
        if (cancelled.getAsBoolean()) {
            throw new CancelledException("Reading the package was cancelled.");
        }
        List<String> largestFirst = new ArrayList<>(wanted);
        largestFirst.sort(Comparator.comparingLong((String name) -> entry(name).getSize()).reversed());
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), largestFirst.size()));
        AtomicInteger next = new AtomicInteger();
        AtomicLong hashed = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Map<String, EntryDigest> digests = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "leadline-package-digest");
            thread.setDaemon(true);
            return thread;
        });
        boolean wasCancelled = false;
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    byte[] buffer = new byte[READ_BUFFER];
                    int i;
                    while (!stop.get() && (i = next.getAndIncrement()) < largestFirst.size()) {
                        String name = largestFirst.get(i);
                        try {
                            digests.put(name, digest(name, buffer, hashed::addAndGet, stop::get));
                        } catch (RuntimeException e) {
                            if (!(e instanceof Stopped)) {
                                failure.compareAndSet(null, e);
                            }
                            stop.set(true);
                        }
                    }
                }));
            }
            long reported = 0;
            for (Future<?> worker : workers) {
                while (!waitFor(worker)) {
                    reported = report(hashed, reported, progressBytes);
                    if (!wasCancelled && cancelled.getAsBoolean()) {
                        wasCancelled = true;
                        stop.set(true);
                    }
                }
            }
            report(hashed, reported, progressBytes);
        } finally {
            stop.set(true);
            // Never shutdownNow(): an interrupted reader would close the channel that every reader shares.
            pool.shutdown();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        if (wasCancelled) {
            throw new CancelledException("Reading the package was cancelled.");
        }
        Map<String, EntryDigest> ordered = new LinkedHashMap<>();
        for (String name : wanted) {
            ordered.put(name, digests.get(name));
        }
        return ordered;
    }

    /** True when the worker has finished, false after the progress interval. */
    private static boolean waitFor(Future<?> worker) {
        try {
            worker.get(PROGRESS_INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException("Reading the package was interrupted.");
        } catch (ExecutionException e) {
            // Workers catch every RuntimeException; only an Error gets here.
            throw new IllegalStateException("Reading the package failed: " + e.getCause(), e.getCause());
        }
    }

    private static long report(AtomicLong hashed, long reported, LongConsumer progressBytes) {
        long now = hashed.get();
        if (now > reported) {
            progressBytes.accept(now - reported);
        }
        return now;
    }

    /** Thrown inside a worker when another one failed or the officer cancelled: not a refusal. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private EntryDigest digest(String name, byte[] buffer, LongConsumer progress, BooleanSupplier stop) {
        MessageDigest sha = Sha256.create();
        long size = 0;
        try (InputStream in = open(name)) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (stop.getAsBoolean()) {
                    throw new Stopped();
                }
                sha.update(buffer, 0, n);
                size += n;
                progress.accept(n);
            }
        } catch (IOException e) {
            throw Refusals.damagedEntry(EntryNames.shown(name), e);
        }
        return new EntryDigest(name, size, Sha256.hex(sha));
    }

    private ZipArchiveEntry entry(String name) {
        ZipArchiveEntry entry = index.get(name);
        if (entry == null) {
            throw new IllegalArgumentException("The package has no entry " + EntryNames.shown(name));
        }
        return entry;
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // Read-only: nothing is lost when closing fails.
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Already refusing; the refusal is what the officer needs to see.
        }
    }
}

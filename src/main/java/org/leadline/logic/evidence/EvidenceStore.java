package org.leadline.logic.evidence;

import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import com.google.crypto.tink.subtle.AesGcmJce;
import com.google.crypto.tink.subtle.StreamSegmentDecrypter;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The workspace's evidence blobs: content-addressed, each encrypted on its own, each stored once.
 *
 * <ul>
 *   <li>Encryption is Tink's streaming AES-256-GCM-HKDF (64 KiB segments): every blob gets a fresh random salt and
 *       nonce prefix, so a fresh key and nonces, and memory stays flat for a 500 MB file in both directions (the JDK's
 *       own GCM buffers a whole message before it returns a byte of plaintext).</li>
 *   <li>Files are named by HMAC-SHA256 of the content's SHA-256 under a workspace subkey, not by the SHA-256 itself:
 *       someone holding the laptop cannot confirm that a known picture is in it by looking for its hash.</li>
 *   <li>Bytes are written to {@code tmp/} and moved into place only when whole and flushed to disk, so a blob under
 *       its final name is always complete.</li>
 * </ul>
 */
public final class EvidenceStore {
    private static final int SEGMENT_BYTES = 64 * 1024;
    private static final int[] SMALL_SEGMENTS = {4 * 1024, 16 * 1024};
    private static final byte[] BLOB_CONTEXT = "leadline/evidence/blob/v1".getBytes(StandardCharsets.UTF_8);
    private static final byte[] THUMBNAIL_CONTEXT = "leadline/evidence/thumbnail/v1".getBytes(StandardCharsets.UTF_8);
    /** How much of a file's start is kept in memory for inspection: a typical screenshot is inspected without re-reading. */
    static final int HEAD_BYTES = 512 * 1024;
    private static final int TAIL_BYTES = 1024;
    private static final int IO_BUFFER = 64 * 1024;
    private static final int HEADER_BUFFER = 8 * 1024;

    private final Path folder;
    private final AesGcmHkdfStreaming blobs;
    /** The blob cipher with shorter segments, to read blobs shorter than each ({@link #cipherFor}). */
    private final StreamingAead[] smallBlobs = new StreamingAead[SMALL_SEGMENTS.length];
    private final AesGcmJce thumbnails;
    private final byte[] nameKey;
    /** HMAC-SHA256 under the name key, one per thread: getting a Mac from the providers costs more than using it. */
    private final ThreadLocal<Mac> names = ThreadLocal.withInitial(this::newNameMac);
    private volatile boolean tmpReady;

    public EvidenceStore(Path folder, byte[] blobKey, byte[] thumbnailKey, byte[] nameKey) {
        this.folder = folder;
        this.nameKey = nameKey.clone();
        try {
            this.blobs = new AesGcmHkdfStreaming(blobKey, "HmacSha256", 32, SEGMENT_BYTES, 0);
            for (int i = 0; i < SMALL_SEGMENTS.length; i++) {
                smallBlobs[i] = new AesGcmHkdfStreaming(blobKey, "HmacSha256", 32, SMALL_SEGMENTS[i], 0);
            }
            this.thumbnails = new AesGcmJce(thumbnailKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is missing from this Java runtime", e);
        }
    }

    /** Bytes read, hashed and encrypted into a temporary file, not yet under their final name. */
    public record PendingBlob(Path file, String sha256, long size, byte[] head, byte[] tail) {
        private static final byte[] NONE = new byte[0];

        /** The whole content is in {@link #head()}: it can be inspected without decrypting the file again. */
        public boolean headIsWhole() {
            return head.length == size;
        }

        /**
         * The same blob without the bytes kept for inspection, for holding until the commit once it is inspected (or
         * needs no inspection): a batch of 1,000 screenshots otherwise keeps 200 MB of heads alive until its commit,
         * which the garbage collector copies again at every collection meanwhile.
         */
        public PendingBlob withoutContent() {
            return new PendingBlob(file, sha256, size, NONE, NONE);
        }
    }

    /**
     * Streams {@code in} through SHA-256 and the cipher into a temporary file.
     *
     * @param maxBytes  the size limit; a longer stream is refused before it is all read
     * @param onBytes   told how many bytes were read, as they are read (a progress bar)
     */
    public PendingBlob write(InputStream in, String name, long maxBytes, LongConsumer onBytes) throws IOException {
        return write(in, name, maxBytes, -1, onBytes);
    }

    /**
     * As {@link #write(InputStream, String, long, LongConsumer)}, with the size the caller expects (a file's size, -1 if
     * unknown): the start of the content is read straight into the array kept for inspection, which is then made to
     * measure, so a screenshot is copied nowhere on its way through the hash and the cipher.
     */
    public PendingBlob write(InputStream in, String name, long maxBytes, long expectedSize, LongConsumer onBytes) throws IOException {
        Path file = Files.createTempFile(tmpFolder(), "incoming-", ".part");
        MessageDigest sha = sha256();
        byte[] head = new byte[expectedSize >= 0 ? (int) Math.min(Math.max(expectedSize, 1), HEAD_BYTES) : IO_BUFFER];
        byte[] rest = null;
        byte[] tail = new byte[TAIL_BYTES];
        long size = 0;
        boolean complete = false;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
             // Buffered on both sides of the cipher: Tink hands the file small writes, each a system call otherwise.
             OutputStream out = new BufferedOutputStream(blobs.newEncryptingStream(
                     new BufferedOutputStream(Channels.newOutputStream(channel), IO_BUFFER), BLOB_CONTEXT), IO_BUFFER)) {
            while (true) {
                byte[] target;
                int offset;
                if (size < HEAD_BYTES) {
                    if (size == head.length) {
                        head = Arrays.copyOf(head, (int) Math.min(HEAD_BYTES, head.length * 2L));
                    }
                    target = head;
                    offset = (int) size;
                } else {
                    rest = rest != null ? rest : new byte[256 * 1024];
                    target = rest;
                    offset = 0;
                }
                int n = in.read(target, offset, target.length - offset);
                if (n < 0) {
                    break;
                }
                if (size + n > maxBytes) {
                    throw new EvidenceException(name + " is larger than the limit of " + Sizes.readable(maxBytes)
                            + " for one piece of evidence.");
                }
                sha.update(target, offset, n);
                out.write(target, offset, n);
                keepTail(tail, size, target, offset, n);
                size += n;
                onBytes.accept(n);
            }
            out.flush();
            complete = true;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The evidence cipher could not start", e);
        } finally {
            if (!complete) {
                Files.deleteIfExists(file);
            }
        }
        int tailLength = (int) Math.min(size, TAIL_BYTES);
        byte[] lastBytes = new byte[tailLength];
        // The ring holds byte i of the stream at i % TAIL_BYTES.
        for (int i = 0; i < tailLength; i++) {
            lastBytes[i] = tail[(int) ((size - tailLength + i) % TAIL_BYTES)];
        }
        int headLength = (int) Math.min(size, HEAD_BYTES);
        return new PendingBlob(file, HexFormat.of().formatHex(sha.digest()), size,
                head.length == headLength ? head : Arrays.copyOf(head, headLength), lastBytes);
    }

    private Path tmpFolder() throws IOException {
        Path tmp = folder.resolve("tmp");
        if (!tmpReady) {
            Files.createDirectories(tmp);
            tmpReady = true;
        }
        return tmp;
    }

    private static void keepTail(byte[] tail, long position, byte[] buffer, int offset, int n) {
        int from = Math.max(0, n - TAIL_BYTES);
        for (int i = from; i < n; i++) {
            tail[(int) ((position + i) % TAIL_BYTES)] = buffer[offset + i];
        }
    }

    /** Flushes the pending blob to disk and gives it its final name; where that content is stored already, it is dropped. */
    public void commit(PendingBlob pending) throws IOException {
        commitAll(List.of(pending));
    }

    /**
     * Flushes every pending blob to disk, gives each its final name, and flushes the folders that took the names, so
     * that the names are on disk before the transaction that records them commits (blob first, record after). The
     * flushes run side by side: the file system then writes them in a few journal commits instead of one each (about
     * 0.3 ms a file instead of 3 to 5 here).
     */
    public void commitAll(List<PendingBlob> pending) throws IOException {
        List<PendingBlob> fresh = new ArrayList<>();
        for (PendingBlob blob : pending) {
            if (Files.exists(pathOf(blob.sha256()))) {
                Files.deleteIfExists(blob.file());
            } else {
                fresh.add(blob);
            }
        }
        forceAll(fresh.stream().map(PendingBlob::file).toList(), false);
        Set<Path> folders = new LinkedHashSet<>();
        for (PendingBlob blob : fresh) {
            Path target = pathOf(blob.sha256());
            if (Files.exists(target)) {
                // The same content twice in one batch.
                Files.deleteIfExists(blob.file());
                continue;
            }
            Files.createDirectories(target.getParent());
            try {
                Files.move(blob.file(), target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(blob.file(), target);
            }
            folders.add(target.getParent());
        }
        if (!folders.isEmpty()) {
            folders.add(folder);
        }
        forceAll(List.copyOf(folders), true);
    }

    private static void forceAll(List<Path> files, boolean folders) throws IOException {
        if (files.size() <= 1) {
            for (Path file : files) {
                force(file, folders);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(FLUSH_THREADS, files.size()), runnable -> {
            Thread thread = new Thread(runnable, "leadline-evidence-flush");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> flushes = new ArrayList<>();
            for (Path file : files) {
                flushes.add(pool.submit(() -> {
                    force(file, folders);
                    return null;
                }));
            }
            for (Future<?> flush : flushes) {
                flush.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while writing evidence to disk", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private static final int FLUSH_THREADS = 8;

    private static void force(Path file, boolean folder) throws IOException {
        try (FileChannel channel = FileChannel.open(file, folder ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            if (!folder) {
                throw e;
            }
            // Some systems (Windows) cannot flush a folder; their file systems journal the rename themselves.
        }
    }

    /**
     * The JDK's AES-GCM and SHA-256 run on the processor's AES-NI, carry-less multiply and SHA instructions only once
     * the JIT's optimising compiler has compiled their callers, after some 5,000 calls: about 700 screenshots in 64 KiB
     * segments, read at 20 to 50 MB/s meanwhile (several times that on a loaded machine). The same calls on 256-byte
     * segments of a throw-away key take well under a second; a batch or a verification of more than
     * {@link #WARM_UP_ABOVE} bytes runs them first, once per process.
     */
    public void warmUpFor(long bytes) {
        if (bytes >= WARM_UP_ABOVE) {
            warmUpOnce();
        }
    }

    static final long WARM_UP_ABOVE = 32L * 1024 * 1024;

    /** The same warm-up for a caller that knows how much it will read only roughly (a verification's record count). */
    public void warmUpOnce() {
        if (WARMED_UP.compareAndSet(false, true)) {
            warmUp();
        }
    }

    private static final AtomicBoolean WARMED_UP = new AtomicBoolean();

    private void warmUp() {
        try {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            AesGcmHkdfStreaming cipher = new AesGcmHkdfStreaming(key, "HmacSha256", 32, 256, 0);
            byte[] plain = new byte[2 * 1024 * 1024];
            ByteArrayOutputStream sealed = new ByteArrayOutputStream(plain.length + plain.length / 4);
            try (OutputStream out = cipher.newEncryptingStream(sealed, BLOB_CONTEXT)) {
                out.write(plain);
            }
            byte[] ciphertext = sealed.toByteArray();
            MessageDigest sha = sha256();
            byte[] buffer = new byte[256];
            // Through a stream, as a package export and the viewer read blobs...
            try (InputStream in = cipher.newDecryptingStream(new ByteArrayInputStream(ciphertext), BLOB_CONTEXT)) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    sha.update(buffer, 0, n);
                }
            }
            // ...and segment by segment, as verify-workspace does.
            new SequentialReader(cipher).digest(Channels.newChannel(new ByteArrayInputStream(ciphertext)), ciphertext.length, sha,
                    bytes -> { });
        } catch (GeneralSecurityException | IOException e) {
            // Only a warm-up: the evidence is encrypted the same, a little slower.
        }
    }

    public void discard(PendingBlob pending) {
        try {
            Files.deleteIfExists(pending.file());
        } catch (IOException e) {
            // A leftover in tmp/ is removed the next time the workspace opens.
        }
    }

    /** The decrypted content of a pending blob (to inspect a file larger than the head kept in memory). */
    public InputStream openPending(PendingBlob pending) throws IOException {
        return decrypting(pending.file());
    }

    /** The decrypted content of a stored blob; a changed byte fails the read with an IOException. */
    public InputStream open(String sha256) throws IOException {
        // A missing file fails the opening with NoSuchFileException.
        return decrypting(pathOf(sha256));
    }

    private InputStream decrypting(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        boolean opened = false;
        try {
            // Tink reads whole segments, which pass the buffer by; the buffer only gathers the header's small reads.
            InputStream in = cipherFor(channel.size()).newDecryptingStream(
                    new BufferedInputStream(Channels.newInputStream(channel), HEADER_BUFFER), BLOB_CONTEXT);
            opened = true;
            return in;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The evidence cipher could not start", e);
        } finally {
            if (!opened) {
                channel.close();
            }
        }
    }

    /**
     * A reader of many blobs in turn on one thread, for verify-workspace: it decrypts each blob segment by segment into
     * the same buffers, where a stream takes fresh ones for every blob. For 10,000 small screenshots those fresh
     * buffers, and the kernel's zeroing of the new pages they landed in, were half of the bench's verification.
     * It reads the layout Tink's streams write (header, then segments, the last one marked) and decrypts each segment
     * with Tink's own segment decrypter, so a changed, cut or lengthened blob fails as it does through {@link #open}.
     */
    public final class SequentialReader {
        private final AesGcmHkdfStreaming cipher;
        private final ByteBuffer header;
        private final ByteBuffer ciphertext;
        private final ByteBuffer plaintext;

        private SequentialReader(AesGcmHkdfStreaming cipher) {
            this.cipher = cipher;
            header = ByteBuffer.allocate(cipher.getHeaderLength());
            ciphertext = ByteBuffer.allocate(cipher.getCiphertextSegmentSize());
            // Tink's streams give the JDK's GCM a tag's length more room than the plaintext, and so does this.
            plaintext = ByteBuffer.allocate(cipher.getPlaintextSegmentSize() + 16);
        }

        /**
         * Decrypts the stored blob of {@code sha256} into {@code digest}, telling {@code onBytes} each segment's length.
         *
         * @throws NoSuchFileException where no blob holds that content
         * @throws IOException         where the blob does not decrypt: a byte was changed, or bytes were cut or added
         */
        public void digest(String sha256, MessageDigest digest, LongConsumer onBytes) throws IOException {
            try (FileChannel channel = FileChannel.open(pathOf(sha256), StandardOpenOption.READ)) {
                digest(channel, channel.size(), digest, onBytes);
            }
        }

        private void digest(ReadableByteChannel channel, long size, MessageDigest digest, LongConsumer onBytes) throws IOException {
            long remaining = size - header.capacity();
            if (remaining < 0) {
                throw new IOException("The blob is shorter than its header.");
            }
            try {
                readFully(channel, header.clear());
                StreamSegmentDecrypter decrypter = cipher.newStreamSegmentDecrypter();
                decrypter.init(header.flip(), BLOB_CONTEXT);
                int room = cipher.getCiphertextSegmentSize() - cipher.getCiphertextOffset();
                int segment = 0;
                do {
                    int length = (int) Math.min(room, remaining);
                    readFully(channel, ciphertext.clear().limit(length));
                    remaining -= length;
                    decrypter.decryptSegment(ciphertext.flip(), segment++, remaining == 0, plaintext.clear());
                    plaintext.flip();
                    onBytes.accept(plaintext.remaining());
                    digest.update(plaintext);
                    room = cipher.getCiphertextSegmentSize();
                } while (remaining > 0);
            } catch (GeneralSecurityException e) {
                throw new IOException("The blob does not decrypt.", e);
            }
        }
    }

    private static void readFully(ReadableByteChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new IOException("The blob ended while it was read.");
            }
        }
    }

    /** A reader for one thread's blobs in turn ({@link SequentialReader}). */
    public SequentialReader sequentialReader() {
        return new SequentialReader(blobs);
    }

    /**
     * A Tink stream holds a whole segment's buffers (twice 64 KiB) however small the blob, which for 10,000 small
     * screenshots is more work than decrypting them. A blob shorter than one segment is a single, last segment, and
     * decrypts the same under segments of any larger size (the key derivation, the nonces and the header do not depend
     * on it): it is read with the smallest segment size that still holds it whole.
     */
    private StreamingAead cipherFor(long ciphertextBytes) {
        for (int i = 0; i < SMALL_SEGMENTS.length; i++) {
            if (ciphertextBytes < SMALL_SEGMENTS[i]) {
                return smallBlobs[i];
            }
        }
        return blobs;
    }

    public boolean contains(String sha256) {
        return Files.exists(pathOf(sha256));
    }

    /** evidence/ab/cdef…: the keyed name of the content, split so that no folder holds too many files. */
    public Path pathOf(String sha256) {
        String name = keyedName(sha256);
        return folder.resolve(name.substring(0, 2)).resolve(name.substring(2));
    }

    private String keyedName(String sha256) {
        return HexFormat.of().formatHex(names.get().doFinal(HexFormat.of().parseHex(sha256)));
    }

    private Mac newNameMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(nameKey, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this Java runtime", e);
        }
    }

    /** Every blob file under its final name (verify-workspace looks for blobs no record names). */
    public void forEachBlobFile(Consumer<Path> action) {
        try (DirectoryStream<Path> shards = Files.newDirectoryStream(folder, path -> path.getFileName().toString().length() == 2)) {
            for (Path shard : shards) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(shard)) {
                    files.forEach(action);
                }
            }
        } catch (NoSuchFileException e) {
            // No evidence yet.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<byte[]> thumbnail(String sha256, int size) {
        Path file = thumbnailPath(sha256, size);
        try {
            return Optional.of(thumbnails.decrypt(Files.readAllBytes(file), THUMBNAIL_CONTEXT));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | GeneralSecurityException e) {
            // A damaged cache entry is made again from the original.
            return Optional.empty();
        }
    }

    public void putThumbnail(String sha256, int size, byte[] image) {
        Path file = thumbnailPath(sha256, size);
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "thumb-", ".part");
            Files.write(temporary, thumbnails.encrypt(image, THUMBNAIL_CONTEXT));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | GeneralSecurityException e) {
            // Only a cache: the thumbnail is made again next time.
        }
    }

    private Path thumbnailPath(String sha256, int size) {
        return folder.resolve("thumbnails").resolve(keyedName(sha256) + "-" + size);
    }

    /** Removes what an interrupted capture left in tmp/ (no record ever names it). */
    public void removeLeftovers() {
        Path tmp = folder.resolve("tmp");
        if (!Files.isDirectory(tmp)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(tmp)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // Tried again at the next opening.
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}

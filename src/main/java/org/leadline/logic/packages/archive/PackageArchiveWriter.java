package org.leadline.logic.packages.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.leadline.logic.workspace.AtomicFiles;

/**
 * Writes a package archive to a temporary file next to the target and moves it into place only when complete, so a
 * half-written package never carries the final name.
 *
 * <p>Entries are streamed: memory stays flat whatever the blob sizes. commons-compress writes to a seekable channel,
 * so a stored entry needs neither its size nor its CRC in advance: both are written back into the local header when
 * the entry ends (no data descriptor, which some readers mishandle for stored entries); {@link BufferedWriteChannel}
 * makes those patches and small writes cost no system call. Each entry's bytes are counted and hashed as they pass,
 * for the manifest. Not thread-safe: one thread writes one entry at a time.
 */
public final class PackageArchiveWriter implements AutoCloseable {
    private final Path target;
    private final Path temporary;
    private final BufferedWriteChannel channel;
    private final ZipArchiveOutputStream zip;
    private final List<EntryDigest> digests = new ArrayList<>();
    private final Set<String> written = new HashSet<>();
    private EntryStream current;
    private boolean failed;
    private boolean finished;
    private boolean closed;

    private PackageArchiveWriter(Path target, Path temporary, BufferedWriteChannel channel) {
        this.target = target;
        this.temporary = temporary;
        this.channel = channel;
        this.zip = new ZipArchiveOutputStream(channel);
        // Only the records are deflated: the fastest level takes half the time of the default for some 18 % more
        // bytes of records, a fraction of a percent of a package that carries screenshots.
        zip.setLevel(Deflater.BEST_SPEED);
        zip.setUseZip64(Zip64Mode.AsNeeded);
        zip.setEncoding("UTF-8");
        zip.setUseLanguageEncodingFlag(true);
    }

    /** Creates the temporary file ({@code .<name>.<hex>.part}) in the target's folder, so the final move is a rename. */
    public static PackageArchiveWriter create(Path target) throws IOException {
        Path temporary = AtomicFiles.temporarySibling(target);
        FileChannel file = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new PackageArchiveWriter(target, temporary, new BufferedWriteChannel(file));
    }

    /**
     * Starts an entry; bytes written to the returned stream are counted and SHA-256 hashed; its {@code close()} ends
     * the entry.
     *
     * @param compress false: STORED, for blobs (images are compressed already); true: DEFLATED, for records
     * @throws IllegalArgumentException for a name outside the layout, a name already written, or the manifest or
     *                                  signature (those are written by {@link #finish})
     * @throws IllegalStateException    while another entry is open, or after finish, close or a failed write
     */
    public OutputStream entry(String name, boolean compress) throws IOException {
        return listed(name, compress);
    }

    private EntryStream listed(String name, boolean compress) throws IOException {
        EntryNames.requireWritable(name);
        if (name.equals(EntryNames.MANIFEST) || name.equals(EntryNames.SIGNATURE)) {
            throw new IllegalArgumentException(name + " is written by finish(), as the last entries.");
        }
        return start(name, compress, true);
    }

    public void entry(String name, byte[] bytes, boolean compress) throws IOException {
        try (OutputStream out = entry(name, compress)) {
            out.write(bytes);
        }
    }

    /** A STORED entry of content hashed already (on another thread): the manifest lists that digest and this size. */
    public void entry(String name, HashedContent content) throws IOException {
        try (EntryStream out = listed(name, false)) {
            out.writeHashed(content);
        }
    }

    /** The last entry written (name, size, sha256 hex); not leadpack.json or leadpack.sig. */
    public EntryDigest lastDigest() {
        if (digests.isEmpty()) {
            throw new IllegalStateException("No entry has been written yet.");
        }
        return digests.get(digests.size() - 1);
    }

    /** The entries written so far (name, size, sha256 hex), in order; not leadpack.json or leadpack.sig. */
    public List<EntryDigest> digests() {
        return List.copyOf(digests);
    }

    /** Writes leadpack.json and leadpack.sig as the last two entries, flushes, fsyncs and moves the file to the target. */
    public void finish(byte[] manifestJson, byte[] signature) throws IOException {
        try (OutputStream out = start(EntryNames.MANIFEST, true, false)) {
            out.write(manifestJson);
        }
        try (OutputStream out = start(EntryNames.SIGNATURE, false, false)) {
            out.write(signature);
        }
        guarded(zip::finish);
        guarded(channel::force);
        guarded(zip::close);
        guarded(() -> AtomicFiles.commit(temporary, target));
        finished = true;
    }

    /** Without {@link #finish} (cancelled, failed): deletes the temporary file; the target is never touched. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (finished) {
            return;
        }
        try {
            channel.discard();
            zip.close();
        } catch (IOException | RuntimeException e) {
            // Expected: the archive cannot end on a closed channel, and need not; its file is deleted next.
        }
        Files.deleteIfExists(temporary);
    }

    private EntryStream start(String name, boolean compress, boolean listed) throws IOException {
        if (failed || finished || closed) {
            throw new IllegalStateException(failed ? "An earlier write to the package failed." : "The package is already "
                    + (finished ? "finished." : "closed."));
        }
        if (current != null) {
            throw new IllegalStateException("The entry " + current.name + " is still open.");
        }
        if (!written.add(name)) {
            throw new IllegalArgumentException("The entry " + name + " was already written.");
        }
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setMethod(compress ? ZipArchiveEntry.DEFLATED : ZipArchiveEntry.STORED);
        guarded(() -> zip.putArchiveEntry(entry));
        current = new EntryStream(name, listed);
        return current;
    }

    private interface Write {
        void run() throws IOException;
    }

    /** After a failed write the archive's state is unknown: nothing more may be written and finish is refused. */
    private void guarded(Write write) throws IOException {
        try {
            write.run();
        } catch (IOException | RuntimeException e) {
            failed = true;
            throw e;
        }
    }

    private final class EntryStream extends OutputStream {
        private final String name;
        private final boolean listed;
        private final MessageDigest sha = Sha256.create();
        private long size;
        /** The digest of content hashed before it came, the entry's only content; null while bytes are hashed here. */
        private String hashedBefore;
        private boolean ended;

        EntryStream(String name, boolean listed) {
            this.name = name;
            this.listed = listed;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, bytes.length);
            if (ended) {
                throw new IOException("The entry " + name + " is already closed.");
            }
            if (hashedBefore != null) {
                throw new IllegalStateException("The entry " + name + " holds content hashed before; nothing can be added.");
            }
            sha.update(bytes, offset, length);
            size += length;
            guarded(() -> zip.write(bytes, offset, length));
        }

        void writeHashed(HashedContent content) throws IOException {
            if (ended || size > 0) {
                throw new IllegalStateException("Content hashed before must be the whole of a new entry.");
            }
            byte[] bytes = content.bytes();
            guarded(() -> zip.write(bytes, 0, bytes.length));
            size = bytes.length;
            hashedBefore = content.sha256();
        }

        @Override
        public void close() throws IOException {
            if (ended) {
                return;
            }
            ended = true;
            current = null;
            guarded(zip::closeArchiveEntry);
            if (listed) {
                digests.add(new EntryDigest(name, size, hashedBefore != null ? hashedBefore : Sha256.hex(sha)));
            }
        }
    }
}

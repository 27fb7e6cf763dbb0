package org.leadline.persistence.aes;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.crypto.spec.SecretKeySpec;
import org.h2.store.fs.FileBaseDefault;

/**
 * A file in the layout of H2's {@code org.h2.store.fs.encrypt.FileEncrypt}, which {@code CIPHER=AES} uses:
 * <pre>
 * 0      4096-byte header: "H2encrypt\n", the 8-byte salt, zeros
 * 4096   sector 0, sector 1, ... each 4096 bytes under {@link SectorCipher}
 * end    when the size is not a multiple of 4096: its last sector in full, then (size mod 4096) more bytes
 * </pre>
 * so the file's length tells its size: length - 4096, less 4096 more when that is not a multiple of 4096.
 *
 * <p>Like FileEncrypt it reads and writes whole sectors, decrypting the sectors around an unaligned write first, and
 * touches the file only on first use, so that H2 can lock it before. Unlike FileEncrypt it never zeroes the start of
 * the sector after an unaligned write that ends before the last sector, and it keeps the length right when a write
 * or a truncation ends the file on or off a sector boundary (H2's store writes whole sectors, which never meets
 * those cases). Reads may run on several threads at once; H2 writes from one.
 */
final class AesFileChannel extends FileBaseDefault {
    static final int HEADER_LENGTH = SectorCipher.SECTOR;
    private static final int SECTOR = SectorCipher.SECTOR;
    private static final long SECTOR_MASK = SECTOR - 1;
    private static final byte[] MAGIC = "H2encrypt\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final int SALT_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String name;
    private final FileChannel base;
    private final FileKey fileKey;
    private final ConcurrentLinkedQueue<SectorCipher> idle = new ConcurrentLinkedQueue<>();
    private volatile SecretKeySpec key;
    /** The size seen by H2: the file's length less the header and the length marker. */
    private volatile long size;

    AesFileChannel(String name, FileKey fileKey, FileChannel base) {
        this.name = name;
        this.fileKey = fileKey;
        this.base = base;
    }

    /** The size that a file of {@code length} bytes holds. */
    static long sizeOf(long length) {
        long size = Math.max(0, length - HEADER_LENGTH);
        return (size & SECTOR_MASK) == 0 ? size : size - SECTOR;
    }

    private SecretKeySpec key() throws IOException {
        SecretKeySpec k = key;
        return k != null ? k : readOrWriteHeader();
    }

    private synchronized SecretKeySpec readOrWriteHeader() throws IOException {
        if (key != null) {
            return key;
        }
        long length = base.size();
        byte[] salt = new byte[SALT_LENGTH];
        if (length >= HEADER_LENGTH) {
            byte[] magic = new byte[MAGIC.length + SALT_LENGTH];
            readFully(ByteBuffer.wrap(magic), 0);
            if (!Arrays.equals(magic, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
                throw new IOException(name + " is not an H2 encrypted file");
            }
            System.arraycopy(magic, MAGIC.length, salt, 0, SALT_LENGTH);
            size = sizeOf(length);
        } else {
            RANDOM.nextBytes(salt);
            byte[] header = Arrays.copyOf(MAGIC, HEADER_LENGTH);
            System.arraycopy(salt, 0, header, MAGIC.length, SALT_LENGTH);
            writeFully(ByteBuffer.wrap(header), 0);
            size = 0;
        }
        key = fileKey.cipherKey(salt);
        return key;
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        int wanted = dst.remaining();
        if (wanted == 0) {
            return 0;
        }
        SecretKeySpec k = key();
        if (position < 0) {
            throw new IllegalArgumentException("pos: " + position);
        }
        long available = size - position;
        if (available <= 0) {
            return -1;
        }
        int length = (int) Math.min(wanted, available);
        long first = position & ~SECTOR_MASK;
        int skip = (int) (position - first);
        if (skip == 0 && (length & SECTOR_MASK) == 0 && dst.hasArray()) {
            int at = dst.arrayOffset() + dst.position();
            readSectors(k, dst.array(), at, length, first);
            dst.position(dst.position() + length);
        } else {
            byte[] sectors = new byte[roundUp(skip + length)];
            readSectors(k, sectors, 0, sectors.length, first);
            dst.put(sectors, skip, length);
        }
        return length;
    }

    private void readSectors(SecretKeySpec k, byte[] into, int offset, int length, long position) throws IOException {
        readFully(ByteBuffer.wrap(into, offset, length), HEADER_LENGTH + position);
        SectorCipher cipher = borrow(k);
        try {
            cipher.decrypt(position / SECTOR, into, offset, length / SECTOR);
        } finally {
            idle.offer(cipher);
        }
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
        SecretKeySpec k = key();
        if (position < 0) {
            throw new IllegalArgumentException("pos: " + position);
        }
        int length = src.remaining();
        long first = position & ~SECTOR_MASK;
        int skip = (int) (position - first);
        byte[] sectors = new byte[roundUp(skip + length)];
        if (skip != 0 || (length & SECTOR_MASK) != 0) {
            // The sectors already in the file around the new bytes: the whole last one, if it is partly used.
            long existing = roundUp(size) - first;
            if (existing > 0) {
                readSectors(k, sectors, 0, (int) Math.min(sectors.length, existing), first);
            }
        }
        src.get(sectors, skip, length);
        SectorCipher cipher = borrow(k);
        try {
            cipher.encrypt(first / SECTOR, sectors, 0, sectors.length / SECTOR);
        } finally {
            idle.offer(cipher);
        }
        writeFully(ByteBuffer.wrap(sectors), HEADER_LENGTH + first);
        long end = position + length;
        if (end > size) {
            setLength(end, first + sectors.length);
        }
        return length;
    }

    /**
     * Records that the file now ends at {@code newSize}, its sectors written up to {@code sectorsEnd}: writes the
     * length marker after the last sector, or cuts off an old one.
     */
    private void setLength(long newSize, long sectorsEnd) throws IOException {
        int marker = (int) (newSize & SECTOR_MASK);
        if (marker > 0) {
            writeFully(ByteBuffer.allocate(marker), HEADER_LENGTH + sectorsEnd);
        } else if ((size & SECTOR_MASK) != 0) {
            base.truncate(HEADER_LENGTH + newSize);
        }
        size = newSize;
    }

    private SectorCipher borrow(SecretKeySpec k) {
        SectorCipher cipher = idle.poll();
        return cipher != null ? cipher : new SectorCipher(k);
    }

    @Override
    public long size() throws IOException {
        key();
        return size;
    }

    @Override
    protected void implTruncate(long newSize) throws IOException {
        key();
        if (newSize > size) {
            return;
        }
        if (newSize < 0) {
            throw new IllegalArgumentException("newSize: " + newSize);
        }
        if ((newSize & SECTOR_MASK) == 0) {
            base.truncate(HEADER_LENGTH + newSize);
        } else {
            // The last sector stays whole; the marker after it is cut to the new length, or padded out to it.
            long length = HEADER_LENGTH + roundUp(newSize) + (newSize & SECTOR_MASK);
            base.truncate(length);
            long have = base.size();
            if (have < length) {
                writeFully(ByteBuffer.allocate((int) (length - have)), have);
            }
        }
        size = newSize;
    }

    private static int roundUp(int n) {
        return (int) roundUp((long) n);
    }

    private static long roundUp(long n) {
        return (n + SECTOR_MASK) & ~SECTOR_MASK;
    }

    private void readFully(ByteBuffer dst, long position) throws IOException {
        while (dst.hasRemaining()) {
            int n = base.read(dst, position);
            if (n < 0) {
                throw new EOFException(name + " ends inside a sector at " + position);
            }
            position += n;
        }
    }

    private void writeFully(ByteBuffer src, long position) throws IOException {
        while (src.hasRemaining()) {
            position += base.write(src, position);
        }
    }

    @Override
    public void force(boolean metaData) throws IOException {
        base.force(metaData);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return base.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        base.close();
    }

    @Override
    public String toString() {
        return name;
    }
}

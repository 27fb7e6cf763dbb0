package org.leadline.logic.packages.archive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.SeekableByteChannel;

/**
 * A write-only channel over a file that gathers writes in a 1 MiB buffer. ZipArchiveOutputStream writes an entry's
 * local header and data, then goes back to patch the CRC and sizes into the header with six small writes; while the
 * header is still in the buffer those patches are copies in memory. The file sees about one system call per MiB
 * whatever the number of entries (eight per entry without it), and a write larger than the buffer goes straight
 * through.
 */
final class BufferedWriteChannel implements SeekableByteChannel {
    private static final int BUFFER = 1 << 20;

    private final FileChannel file;
    /** The file's bytes from {@code bufferStart} on, {@code buffer.position()} of them, not yet written. */
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER);
    private long bufferStart;
    private long position;
    private long size;

    BufferedWriteChannel(FileChannel file) {
        this.file = file;
    }

    @Override
    public int write(ByteBuffer source) throws IOException {
        if (!file.isOpen()) {
            throw new ClosedChannelException();
        }
        int length = source.remaining();
        if (position < bufferStart) {
            // A patch of bytes already written out: straight to the file, up to where the buffer begins.
            int before = (int) Math.min(source.remaining(), bufferStart - position);
            writeFully(source.slice(source.position(), before), position);
            source.position(source.position() + before);
            position += before;
        }
        while (source.hasRemaining()) {
            long offset = position - bufferStart;
            if (offset > buffer.position() || offset == BUFFER) {
                // Past the buffered bytes (a gap) or at the end of a full buffer: start a new buffer here.
                flush();
                bufferStart = position;
                offset = 0;
            }
            if (offset == 0 && buffer.position() == 0 && source.remaining() >= BUFFER) {
                int direct = source.remaining();
                writeFully(source, position);
                position += direct;
                bufferStart = position;
                continue;
            }
            int n = (int) Math.min(source.remaining(), BUFFER - offset);
            buffer.put((int) offset, source, source.position(), n);
            source.position(source.position() + n);
            position += n;
            buffer.position((int) Math.max(buffer.position(), offset + n));
        }
        size = Math.max(size, position);
        return length;
    }

    /** Writes the buffered bytes to the file. */
    void flush() throws IOException {
        if (buffer.position() > 0) {
            int length = buffer.position();
            writeFully(buffer.flip(), bufferStart);
            buffer.clear();
            bufferStart += length;
        }
    }

    /** Flushes and waits until the file's bytes are on the disk. */
    void force() throws IOException {
        flush();
        file.force(true);
    }

    private void writeFully(ByteBuffer bytes, long at) throws IOException {
        long next = at;
        while (bytes.hasRemaining()) {
            next += file.write(bytes, next);
        }
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public SeekableByteChannel position(long newPosition) {
        if (newPosition < 0) {
            throw new IllegalArgumentException("Negative position " + newPosition);
        }
        position = newPosition;
        return this;
    }

    @Override
    public long size() {
        return Math.max(size, bufferStart + buffer.position());
    }

    @Override
    public int read(ByteBuffer destination) {
        throw new NonReadableChannelException();
    }

    @Override
    public SeekableByteChannel truncate(long newSize) {
        throw new UnsupportedOperationException("A package archive is only ever appended to");
    }

    @Override
    public boolean isOpen() {
        return file.isOpen();
    }

    /** Closes the file without writing what is buffered: the archive is abandoned and its file deleted next. */
    void discard() throws IOException {
        buffer.clear();
        file.close();
    }

    @Override
    public void close() throws IOException {
        if (file.isOpen()) {
            try {
                flush();
            } finally {
                file.close();
            }
        }
    }
}

package org.leadline.logic.packages.archive;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Raw deflate with a 64 KiB input buffer (commons-compress and the JDK's default read compressed bytes 512 at a time),
 * ending its inflater on close. Like the JDK's ZipFile, it feeds the inflater one extra zero byte at the end of the
 * compressed data, which the "nowrap" mode of zlib requires.
 */
final class InflatingInputStream extends InflaterInputStream {
    private static final int INPUT_BUFFER = 64 * 1024;
    private boolean inputEnded;
    private boolean closed;

    InflatingInputStream(InputStream compressed) {
        super(compressed, new Inflater(true), INPUT_BUFFER);
    }

    /** Compressed bytes the inflater has consumed: what the compression ratio is measured against. */
    long compressedConsumed() {
        return inf.getBytesRead();
    }

    @Override
    protected void fill() throws IOException {
        if (inputEnded) {
            throw new EOFException("The deflated data ends before its end marker");
        }
        len = in.read(buf, 0, buf.length);
        if (len < 0) {
            buf[0] = 0;
            len = 1;
            inputEnded = true;
        }
        inf.setInput(buf, 0, len);
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            inf.end();
            super.close();
        }
    }
}

package org.leadline.logic.packages.archive;

import static org.leadline.logic.packages.archive.Refusals.refuse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.ClosedByInterruptException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.zip.CRC32;
import org.leadline.logic.evidence.Sizes;
import org.leadline.logic.packages.PackageLimits;
import org.leadline.logic.packages.PackageRefusedException;
import org.leadline.logic.tasks.CancelledException;

/**
 * An entry's bytes as they come out of the archive, held to the bounds of step 1 by counting them, whatever the headers
 * say: the entry's size, the package's running total and, for a deflated entry, the bytes produced per compressed byte
 * consumed. At the end the count and the CRC-32 must be what the header declared. Every problem is a
 * {@link PackageRefusedException}, thrown from {@code read}.
 */
final class EntryInputStream extends InputStream {
    /** Unpacked bytes of all entries together; an entry read twice counts once. */
    static final class RunningTotal {
        private final AtomicLong total = new AtomicLong();
        private final long max;

        RunningTotal(long max) {
            this.max = max;
        }

        void reached(AtomicLong entryHighest, long count) {
            long before = entryHighest.getAndAccumulate(count, Math::max);
            if (count > before && total.addAndGet(count - before) > max) {
                throw refuse(null, "The package unpacks to more than the " + Sizes.readable(max) + " allowed in total.");
            }
        }
    }

    private final InputStream in;
    private final String shown;
    private final long bound;
    private final long declaredSize;
    private final long declaredCrc;
    private final LongSupplier compressedConsumed;
    private final PackageLimits limits;
    private final RunningTotal total;
    private final AtomicLong entryHighest;
    private final CRC32 crc = new CRC32();
    private long count;
    private boolean ended;

    /**
     * @param compressedConsumed compressed bytes the inflater has taken so far, or null for a stored entry
     * @param entryHighest       the most bytes of this entry read so far by any stream, for the running total
     */
    EntryInputStream(InputStream in, String shown, long bound, long declaredSize, long declaredCrc,
                     LongSupplier compressedConsumed, PackageLimits limits, RunningTotal total, AtomicLong entryHighest) {
        this.in = in;
        this.shown = shown;
        this.bound = bound;
        this.declaredSize = declaredSize;
        this.declaredCrc = declaredCrc;
        this.compressedConsumed = compressedConsumed;
        this.limits = limits;
        this.total = total;
        this.entryHighest = entryHighest;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        int n = readUnder(buffer, offset, length);
        if (n < 0) {
            end();
            return -1;
        }
        count += n;
        crc.update(buffer, offset, n);
        if (count > bound) {
            throw ArchiveIndex.tooLarge(shown, bound);
        }
        total.reached(entryHighest, count);
        if (compressedConsumed != null && count > ArchiveIndex.RATIO_GRACE_BYTES
                && count > compressedConsumed.getAsLong() * limits.maxCompressionRatio()) {
            throw ArchiveIndex.zipBomb(shown, limits);
        }
        return n;
    }

    private int readUnder(byte[] buffer, int offset, int length) {
        try {
            return in.read(buffer, offset, length);
        } catch (ClosedByInterruptException e) {
            // The thread was interrupted (a cancelled task): the JDK closed the file under every reader.
            throw new CancelledException("Reading the package was interrupted.");
        } catch (IOException | RuntimeException e) {
            throw Refusals.damagedEntry(shown, e);
        }
    }

    private void end() {
        if (ended) {
            return;
        }
        ended = true;
        if (count != declaredSize) {
            throw refuse(shown, "The entry " + shown + " holds " + count + " bytes where its header says "
                    + declaredSize + ": the package was altered or damaged.");
        }
        if (crc.getValue() != declaredCrc) {
            throw refuse(shown, "The entry " + shown + " is damaged: its bytes do not match their ZIP checksum.");
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

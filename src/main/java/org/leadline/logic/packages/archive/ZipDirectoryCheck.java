package org.leadline.logic.packages.archive;

import static org.leadline.logic.packages.archive.Refusals.refuse;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import org.leadline.logic.packages.PackageLimits;
import org.leadline.logic.packages.PackageRefusedException;

/**
 * Reads the end of a ZIP file and walks its central directory before commons-compress does. Commons-compress loads
 * every central directory record into memory, as many as there are, so the entry count is bounded here first, from
 * the records actually present and not only from the count the end record claims. It also checks that the archive
 * fills the file: no bytes before it or after it, so a package cannot also be a picture or a program.
 */
final class ZipDirectoryCheck {
    static final int LOCAL_HEADER_SIGNATURE = 0x04034b50;
    private static final int CENTRAL_HEADER_SIGNATURE = 0x02014b50;
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
    private static final int ZIP64_END_SIGNATURE = 0x06064b50;
    private static final int END_LENGTH = 22;
    private static final int ZIP64_LOCATOR_LENGTH = 20;
    private static final int ZIP64_END_LENGTH = 56;
    private static final int CENTRAL_HEADER_LENGTH = 46;
    private static final int MAX_COMMENT = 0xFFFF;

    private ZipDirectoryCheck() {
    }

    static void check(FileChannel channel, PackageLimits limits) throws IOException {
        long fileSize = channel.size();
        int tailLength = (int) Math.min(fileSize, END_LENGTH + MAX_COMMENT);
        ByteBuffer tail = read(channel, fileSize - tailLength, tailLength);
        int end = -1;
        for (int i = tailLength - END_LENGTH; i >= 0; i--) {
            if (tail.getInt(i) == END_SIGNATURE) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw notAnArchive(channel, fileSize);
        }
        if (end + END_LENGTH + unsigned16(tail, end + 20) != tailLength) {
            throw refuse(null, "The package file has bytes after the end of its ZIP archive: it was altered or damaged.");
        }
        long endOffset = fileSize - tailLength + end;
        long disk = unsigned16(tail, end + 4);
        long directoryDisk = unsigned16(tail, end + 6);
        long entriesOnDisk = unsigned16(tail, end + 8);
        long entries = unsigned16(tail, end + 10);
        long directorySize = unsigned32(tail, end + 12);
        long directoryOffset = unsigned32(tail, end + 16);
        long directoryEnd = endOffset;
        // The same test commons-compress makes: a ZIP64 locator right before the end record means ZIP64 values.
        if (endOffset >= ZIP64_LOCATOR_LENGTH
                && read(channel, endOffset - ZIP64_LOCATOR_LENGTH, 4).getInt(0) == ZIP64_LOCATOR_SIGNATURE) {
            ByteBuffer locator = read(channel, endOffset - ZIP64_LOCATOR_LENGTH, ZIP64_LOCATOR_LENGTH);
            long zip64EndOffset = locator.getLong(8);
            if (zip64EndOffset < 0 || zip64EndOffset > endOffset - ZIP64_LOCATOR_LENGTH - ZIP64_END_LENGTH) {
                throw Refusals.damaged(null);
            }
            ByteBuffer zip64End = read(channel, zip64EndOffset, ZIP64_END_LENGTH);
            if (zip64End.getInt(0) != ZIP64_END_SIGNATURE || locator.getInt(16) != 1) {
                throw Refusals.damaged(null);
            }
            disk = Integer.toUnsignedLong(zip64End.getInt(16));
            directoryDisk = Integer.toUnsignedLong(zip64End.getInt(20));
            entriesOnDisk = zip64End.getLong(24);
            entries = zip64End.getLong(32);
            directorySize = zip64End.getLong(40);
            directoryOffset = zip64End.getLong(48);
            directoryEnd = zip64EndOffset;
        }
        if (disk != 0 || directoryDisk != 0 || entriesOnDisk != entries) {
            throw refuse(null, "The package is split into several ZIP parts, which Leadline does not accept.");
        }
        if (entries < 0 || entries > limits.maxEntries()) {
            throw tooManyEntries(limits);
        }
        if (directoryOffset < 0 || directorySize < 0 || directoryOffset + directorySize != directoryEnd) {
            throw refuse(null, "The package file is damaged: its ZIP directory is not where the archive's end record says.");
        }
        long records = countRecords(channel, directoryOffset, directoryEnd, limits);
        if (records != entries) {
            throw refuse(null, "The package file is damaged: its ZIP directory holds " + records
                    + " entries where the archive's end record says " + entries + ".");
        }
    }

    /** The central directory records between its start and its end, refusing as soon as there are too many. */
    private static long countRecords(FileChannel channel, long start, long end, PackageLimits limits) throws IOException {
        channel.position(start);
        // Not closed: closing a stream from Channels closes the channel under it.
        InputStream in = new BufferedInputStream(Channels.newInputStream(channel), 64 * 1024);
        byte[] header = new byte[CENTRAL_HEADER_LENGTH];
        ByteBuffer fields = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        long position = start;
        long records = 0;
        while (position < end) {
            if (in.readNBytes(header, 0, header.length) != header.length || fields.getInt(0) != CENTRAL_HEADER_SIGNATURE) {
                throw Refusals.damaged(null);
            }
            if (++records > limits.maxEntries()) {
                throw tooManyEntries(limits);
            }
            int variable = unsigned16(fields, 28) + unsigned16(fields, 30) + unsigned16(fields, 32);
            in.skipNBytes(variable);
            position += CENTRAL_HEADER_LENGTH + variable;
        }
        if (position != end) {
            throw Refusals.damaged(null);
        }
        return records;
    }

    private static PackageRefusedException tooManyEntries(PackageLimits limits) {
        return refuse(null, "The package holds more than the " + limits.maxEntries() + " entries allowed.");
    }

    /** A ZIP that starts as one but has no end was cut short; anything else is another kind of file. */
    private static PackageRefusedException notAnArchive(FileChannel channel, long fileSize) throws IOException {
        if (fileSize >= 4 && read(channel, 0, 4).getInt(0) == LOCAL_HEADER_SIGNATURE) {
            return refuse(null, "The package file ends before its ZIP archive does: it was cut short, perhaps by an interrupted copy.");
        }
        return refuse(null, "The file is not a lead package: it is not a ZIP archive.");
    }

    /** Exactly {@code length} bytes at {@code position}, little-endian, read without moving the channel. */
    static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new EOFException("The file ends at " + (position + buffer.position()));
            }
        }
        return buffer.clear();
    }

    static int unsigned16(ByteBuffer buffer, int index) {
        return Short.toUnsignedInt(buffer.getShort(index));
    }

    static long unsigned32(ByteBuffer buffer, int index) {
        return Integer.toUnsignedLong(buffer.getInt(index));
    }
}

package org.leadline.logic.packages.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A ZIP archive written byte by byte, so that a test can make any header say anything: each entry's local header and
 * central directory record are made from fields the test may change one by one.
 */
final class CraftedZip {
    static final int STORED = 0;
    static final int DEFLATED = 8;

    /** One entry: what its central directory record says, and what its local header says where that differs. */
    static final class Entry {
        byte[] name;
        byte[] data;
        int method;
        int flags = 0x0800;
        long crc;
        long size;
        long compressedSize;
        int versionMadeBy = 20;
        long externalAttributes;
        byte[] localName;
        Integer localMethod;
        Long localCrc;
        /** False: no local header or data is written; {@link #offset} says where the directory points. */
        boolean written = true;
        long offset;

        Entry name(String value) {
            name = value.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        Entry size(long value) {
            size = value;
            return this;
        }

        Entry crc(long value) {
            crc = value;
            return this;
        }

        Entry method(int value) {
            method = value;
            return this;
        }

        Entry flags(int value) {
            flags = value;
            return this;
        }

        Entry unixMode(int mode) {
            versionMadeBy = 3 << 8 | 20;
            externalAttributes = (long) mode << 16;
            return this;
        }

        Entry externalAttributes(long value) {
            externalAttributes = value;
            return this;
        }

        Entry localName(String value) {
            localName = value.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        Entry localMethod(int value) {
            localMethod = value;
            return this;
        }

        Entry localCrc(long value) {
            localCrc = value;
            return this;
        }

        /** Only a directory record, pointing at a local header already somewhere in the file. */
        Entry pointingAt(long value) {
            written = false;
            offset = value;
            return this;
        }

        /** The local header and data as they stand in the file. */
        byte[] local() {
            byte[] header = localName != null ? localName : name;
            ByteBuffer out = little(30 + header.length + data.length);
            out.putInt(0x04034b50).putShort((short) 20).putShort((short) flags)
                    .putShort((short) (localMethod != null ? localMethod : method)).putShort((short) 0).putShort((short) 0x21)
                    .putInt((int) (localCrc != null ? localCrc : crc)).putInt((int) compressedSize).putInt((int) size)
                    .putShort((short) header.length).putShort((short) 0).put(header).put(data);
            return out.array();
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private byte[] before = new byte[0];
    private boolean beforeCounted;
    private byte[] after = new byte[0];
    private Integer declaredCount;

    static Entry stored(String name, byte[] data) {
        return raw(name.getBytes(StandardCharsets.UTF_8), STORED, data, data);
    }

    static Entry deflated(String name, byte[] data) {
        return raw(name.getBytes(StandardCharsets.UTF_8), DEFLATED, data, deflate(data));
    }

    /** An entry of that raw name whose header describes {@code content} and whose stored bytes are {@code data}. */
    static Entry raw(byte[] name, int method, byte[] content, byte[] data) {
        Entry entry = new Entry();
        entry.name = name;
        entry.method = method;
        entry.data = data;
        entry.size = content.length;
        entry.compressedSize = data.length;
        entry.crc = crc(content);
        return entry;
    }

    CraftedZip add(Entry entry) {
        entries.add(entry);
        return this;
    }

    /**
     * Bytes ahead of the archive (a script, a picture); {@code counted}: the offsets count them, as a tool that builds
     * the two files together would write them; otherwise the offsets are those of the archive alone.
     */
    CraftedZip before(byte[] bytes, boolean counted) {
        before = bytes;
        beforeCounted = counted;
        return this;
    }

    CraftedZip after(byte[] bytes) {
        after = bytes;
        return this;
    }

    /** What the end record says about the number of entries, whatever the directory holds. */
    CraftedZip declaredCount(int count) {
        declaredCount = count;
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before);
        int base = beforeCounted ? 0 : before.length;
        for (Entry entry : entries) {
            if (entry.written) {
                entry.offset = out.size() - base;
                out.writeBytes(entry.local());
            }
        }
        long directoryOffset = out.size() - base;
        for (Entry entry : entries) {
            ByteBuffer record = little(46 + entry.name.length);
            record.putInt(0x02014b50).putShort((short) entry.versionMadeBy).putShort((short) 20).putShort((short) entry.flags)
                    .putShort((short) entry.method).putShort((short) 0).putShort((short) 0x21).putInt((int) entry.crc)
                    .putInt((int) entry.compressedSize).putInt((int) entry.size).putShort((short) entry.name.length)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                    .putInt((int) entry.externalAttributes).putInt((int) entry.offset).put(entry.name);
            out.writeBytes(record.array());
        }
        long directorySize = out.size() - base - directoryOffset;
        int count = declaredCount != null ? declaredCount : entries.size();
        ByteBuffer end = little(22);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) count).putShort((short) count)
                .putInt((int) directorySize).putInt((int) directoryOffset).putShort((short) 0);
        out.writeBytes(end.array());
        out.writeBytes(after);
        return out.toByteArray();
    }

    Path write(Path file) {
        try {
            return Files.write(file, bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A zip bomb: {@code mebibytes} MiB of zeros in about a thousandth of that. One MiB of zeros is deflated with a
     * full flush, which makes a block that refers to nothing before it, repeated, then closed by an empty final block.
     */
    static Entry zeros(String name, int mebibytes) {
        byte[] zeros = new byte[1 << 20];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(zeros);
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH)) > 0) {
            block.write(buffer, 0, n);
        }
        deflater.end();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        CRC32 crc = new CRC32();
        for (int i = 0; i < mebibytes; i++) {
            data.writeBytes(block.toByteArray());
            crc.update(zeros);
        }
        data.writeBytes(deflate(new byte[0]));
        Entry entry = raw(name.getBytes(StandardCharsets.UTF_8), DEFLATED, new byte[0], data.toByteArray());
        return entry.size((long) mebibytes << 20).crc(crc.getValue());
    }

    static byte[] deflate(byte[] content) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(content);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    static long crc(byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        return crc.getValue();
    }

    private static ByteBuffer little(int length) {
        return ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    }
}

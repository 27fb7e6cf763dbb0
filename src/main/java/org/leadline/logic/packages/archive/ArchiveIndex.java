package org.leadline.logic.packages.archive;

import static org.leadline.logic.packages.archive.Refusals.refuse;
import static org.leadline.logic.packages.archive.ZipDirectoryCheck.unsigned16;
import static org.leadline.logic.packages.archive.ZipDirectoryCheck.unsigned32;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.leadline.logic.evidence.Sizes;
import org.leadline.logic.packages.PackageLimits;
import org.leadline.logic.packages.PackageRefusedException;

/**
 * The entries of an opened archive once step 1 has found nothing wrong with them: checked one by one in directory
 * order (name, kind of file, encryption, method, declared sizes), then against their local headers, then against each
 * other (no two share bytes). The first problem found refuses the whole package.
 */
final class ArchiveIndex {
    /** Entries smaller than this are never refused for their ratio: a tiny file of one repeated byte is innocent. */
    static final long RATIO_GRACE_BYTES = 64 * 1024;
    /** Packages smaller than this unpacked are never refused for their ratio as a whole. */
    private static final long ARCHIVE_RATIO_GRACE_BYTES = 1024 * 1024;
    private static final int LOCAL_HEADER_LENGTH = 30;
    private static final int FLAG_ENCRYPTED = 0x0001;
    private static final int FLAG_DATA_DESCRIPTOR = 0x0008;
    private static final int FLAG_STRONG_ENCRYPTION = 0x0040;
    private static final long UNKNOWN_32 = 0xFFFFFFFFL;
    private static final int UNIX_FILE_TYPE = 0170000;
    private static final int UNIX_FILE = 0100000;
    private static final int UNIX_FOLDER = 0040000;
    private static final int UNIX_SYMLINK = 0120000;
    private static final int DOS_FOLDER = 0x10;

    private final List<String> names;
    private final Map<String, ZipArchiveEntry> entries;

    private ArchiveIndex(Map<String, ZipArchiveEntry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
        this.names = List.copyOf(entries.keySet());
    }

    List<String> names() {
        return names;
    }

    /** The entry of that name, or null; layout folders are not entries here. */
    ZipArchiveEntry get(String name) {
        return entries.get(name);
    }

    static ArchiveIndex of(ZipFile zip, FileChannel channel, PackageLimits limits) throws IOException {
        Map<String, String> byFoldedName = new HashMap<>();
        Map<String, ZipArchiveEntry> files = new LinkedHashMap<>();
        List<ZipArchiveEntry> all = new ArrayList<>();
        long declaredTotal = 0;
        for (Enumeration<ZipArchiveEntry> directory = zip.getEntries(); directory.hasMoreElements(); ) {
            ZipArchiveEntry entry = directory.nextElement();
            String name = checkName(entry, byFoldedName);
            String shown = EntryNames.shown(name);
            checkKind(entry, name, shown);
            all.add(entry);
            if (EntryNames.isLayoutFolder(name)) {
                if (entry.getSize() != 0 || entry.getCompressedSize() > 2) {
                    throw refuse(shown, "The folder entry " + shown + " carries data, which a folder never does.");
                }
                continue;
            }
            checkMethodAndSizes(entry, name, shown, limits);
            declaredTotal += entry.getSize();
            if (declaredTotal > limits.maxTotalBytes()) {
                throw refuse(null, "The package unpacks to more than the " + Sizes.readable(limits.maxTotalBytes())
                        + " allowed in total.");
            }
            files.put(name, entry);
        }
        // Many small entries, each under the ratio's grace, could still make a small file unpack to gigabytes.
        if (declaredTotal > ARCHIVE_RATIO_GRACE_BYTES && declaredTotal > channel.size() * limits.maxCompressionRatio()) {
            throw refuse(null, "The package expands to more than " + limits.maxCompressionRatio()
                    + " times its own size: it may be a zip bomb.");
        }
        for (ZipArchiveEntry entry : all) {
            checkLocalHeader(channel, entry);
        }
        checkNoSharedBytes(all);
        return new ArchiveIndex(files);
    }

    /** The raw name as strict UTF-8, once in the archive whatever the case, and a name of the layout. */
    private static String checkName(ZipArchiveEntry entry, Map<String, String> byFoldedName) {
        // The raw bytes of the central directory, never a name from a Unicode extra field that could say otherwise.
        byte[] raw = entry.getRawName();
        String name = EntryNames.decode(raw);
        if (name == null) {
            String shown = EntryNames.shown(raw);
            throw refuse(shown, "The name of the entry " + shown + " is not valid UTF-8 text.");
        }
        String shown = EntryNames.shown(name);
        String earlier = byFoldedName.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
        if (earlier != null) {
            throw refuse(shown, earlier.equals(name)
                    ? "The entry " + shown + " appears twice in the package."
                    : "The entry " + shown + " differs only in upper and lower case from the entry "
                            + EntryNames.shown(earlier) + ", which would make one overwrite the other on Windows and macOS.");
        }
        if (!EntryNames.isLayoutFolder(name)) {
            String problem = EntryNames.problem(name);
            if (problem != null) {
                throw refuse(shown, problem);
            }
        }
        return name;
    }

    /**
     * Only plain files and the two folders. The unix file type is read whatever system the entry says made it: an
     * extracting tool that honours it would otherwise create a link or a device.
     */
    private static void checkKind(ZipArchiveEntry entry, String name, String shown) {
        long attributes = entry.getExternalAttributes();
        int unixType = (int) (attributes >>> 16) & UNIX_FILE_TYPE;
        if (unixType == UNIX_SYMLINK) {
            throw refuse(shown, "The entry " + shown + " is a symbolic link, which a package never holds.");
        }
        if (unixType != 0 && unixType != UNIX_FILE && unixType != UNIX_FOLDER) {
            throw refuse(shown, "The entry " + shown + " is a special file (a device, pipe or socket), which a package never holds.");
        }
        boolean markedFolder = unixType == UNIX_FOLDER || (attributes & DOS_FOLDER) != 0;
        if (markedFolder && !name.endsWith("/")) {
            throw refuse(shown, "The entry " + shown + " is marked as a folder but named as a file.");
        }
    }

    private static void checkMethodAndSizes(ZipArchiveEntry entry, String name, String shown, PackageLimits limits) {
        if ((entry.getRawFlag() & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) != 0) {
            throw refuse(shown, "The entry " + shown + " is encrypted, which a lead package never is.");
        }
        int method = entry.getMethod();
        if (method != ZipArchiveEntry.STORED && method != ZipArchiveEntry.DEFLATED) {
            throw refuse(shown, "The entry " + shown + " is compressed with a method Leadline does not read"
                    + " (only stored and deflated entries are allowed).");
        }
        if (method == ZipArchiveEntry.STORED && entry.getSize() != entry.getCompressedSize()) {
            throw refuse(shown, "The entry " + shown + " is stored uncompressed but its header gives two different sizes.");
        }
        long bound = boundOf(name, limits);
        if (entry.getSize() > bound) {
            throw tooLarge(shown, bound);
        }
        if (entry.getSize() > RATIO_GRACE_BYTES && entry.getSize() > entry.getCompressedSize() * limits.maxCompressionRatio()) {
            throw zipBomb(shown, limits);
        }
    }

    /** The local header repeats the name, method, flags, checksum and sizes; a crafted archive can make them differ. */
    private static void checkLocalHeader(FileChannel channel, ZipArchiveEntry entry) throws IOException {
        byte[] name = entry.getRawName();
        ByteBuffer local = ZipDirectoryCheck.read(channel, entry.getLocalHeaderOffset(), LOCAL_HEADER_LENGTH + name.length);
        int flags = unsigned16(local, 6);
        int encryption = FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION;
        boolean agree = local.getInt(0) == ZipDirectoryCheck.LOCAL_HEADER_SIGNATURE
                && (flags & encryption) == (entry.getRawFlag() & encryption)
                && unsigned16(local, 8) == entry.getMethod()
                && unsigned16(local, 26) == name.length
                && Arrays.equals(local.array(), LOCAL_HEADER_LENGTH, LOCAL_HEADER_LENGTH + name.length, name, 0, name.length);
        if (agree && (flags & FLAG_DATA_DESCRIPTOR) == 0) {
            long compressedSize = unsigned32(local, 18);
            long size = unsigned32(local, 22);
            agree = unsigned32(local, 14) == entry.getCrc()
                    && (compressedSize == UNKNOWN_32 || compressedSize == entry.getCompressedSize())
                    && (size == UNKNOWN_32 || size == entry.getSize());
        }
        if (!agree) {
            String shown = EntryNames.shown(name);
            throw refuse(shown, "The entry " + shown + " is described differently by the ZIP directory and by its own header.");
        }
    }

    /**
     * Each entry's header and data lie after the previous one's end: the overlapping entries of a crafted archive can
     * make a few kilobytes unpack to gigabytes, or show one tool other bytes than another.
     */
    private static void checkNoSharedBytes(List<ZipArchiveEntry> all) {
        List<ZipArchiveEntry> byOffset = new ArrayList<>(all);
        byOffset.sort(Comparator.comparingLong(ZipArchiveEntry::getLocalHeaderOffset));
        if (!byOffset.isEmpty() && byOffset.get(0).getLocalHeaderOffset() != 0) {
            throw refuse(null, "The package file has bytes before its first entry: it was altered or damaged.");
        }
        for (int i = 1; i < byOffset.size(); i++) {
            ZipArchiveEntry previous = byOffset.get(i - 1);
            ZipArchiveEntry entry = byOffset.get(i);
            if (entry.getLocalHeaderOffset() < previous.getDataOffset() + previous.getCompressedSize()) {
                String shown = EntryNames.shown(entry.getRawName());
                throw refuse(shown, "The entries " + EntryNames.shown(previous.getRawName()) + " and " + shown
                        + " share bytes in the file, which only a crafted package does.");
            }
        }
    }

    static long boundOf(String name, PackageLimits limits) {
        return EntryNames.isReadWhole(name) ? limits.maxRecordFileBytes() : limits.maxEntryBytes();
    }

    static PackageRefusedException tooLarge(String shown, long bound) {
        return refuse(shown, "The entry " + shown + " is larger than the " + Sizes.readable(bound) + " allowed for it.");
    }

    static PackageRefusedException zipBomb(String shown, PackageLimits limits) {
        return refuse(shown, "The entry " + shown + " expands more than " + limits.maxCompressionRatio()
                + " times: the package may be a zip bomb.");
    }
}

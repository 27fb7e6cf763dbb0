package org.leadline.logic.packages.archive;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The entry names of package-format.md, and how a name is shown in a refusal. Every allowed name is plain ASCII, so a
 * refused name is shown byte by byte with anything outside printable ASCII escaped: a hostile name cannot break the
 * sentence an officer reads with a line break, a right-to-left mark or a thousand characters.
 */
final class EntryNames {
    static final String MANIFEST = "leadpack.json";
    static final String SIGNATURE = "leadpack.sig";
    private static final String RECORDS_FOLDER = "records/";
    private static final String BLOBS_FOLDER = "blobs/";
    private static final Pattern LAYOUT = Pattern.compile(
            "leadpack\\.json|leadpack\\.sig|records/[a-z][a-z0-9-]{0,40}\\.jsonl|blobs/[0-9a-f]{64}");
    private static final Pattern DRIVE_LETTER = Pattern.compile("^[A-Za-z]:");
    private static final int SHOWN_BYTES = 100;

    private EntryNames() {
    }

    /** The two folders of the layout: a ZIP tool may add an entry for each, which says nothing and is ignored. */
    static boolean isLayoutFolder(String name) {
        return name.equals(RECORDS_FOLDER) || name.equals(BLOBS_FOLDER);
    }

    /** The manifest, the signature and the records are read whole into memory, so they have the smaller bound. */
    static boolean isReadWhole(String name) {
        return !name.startsWith(BLOBS_FOLDER);
    }

    /** Null when the name is one of the layout; otherwise the sentence that refuses it. */
    static String problem(String name) {
        String shown = shown(name);
        if (name.indexOf('\\') >= 0) {
            return "The entry " + shown + " contains a backslash, which could place a file outside the package folder.";
        }
        if (name.startsWith("/")) {
            return "The entry " + shown + " is an absolute path, which could place a file anywhere on the computer.";
        }
        if (DRIVE_LETTER.matcher(name).find()) {
            return "The entry " + shown + " names a drive letter, which could place a file anywhere on the computer.";
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) {
                return "The entry " + shown + " climbs out of the package folder with '..'.";
            }
        }
        if (name.endsWith("/")) {
            return "The entry " + shown + " is a folder that the package layout does not have.";
        }
        if (!LAYOUT.matcher(name).matches()) {
            return "The entry " + shown + " is not part of the package layout"
                    + " (leadpack.json, leadpack.sig, records/<type>.jsonl, blobs/<sha256>).";
        }
        return null;
    }

    /** The name for the writer: one that the reader would refuse is a programming error, not a package to write. */
    static void requireWritable(String name) {
        String problem = problem(name);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** The name as UTF-8, or null when the bytes are not UTF-8 (a lenient decoder would turn them into another name). */
    static String decode(byte[] raw) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static String shown(String name) {
        return shown(name.getBytes(StandardCharsets.UTF_8));
    }

    /** Printable ASCII as it is, every other byte as \xNN, at most 100 bytes of it. */
    static String shown(byte[] raw) {
        StringBuilder shown = new StringBuilder();
        int length = Math.min(raw.length, SHOWN_BYTES);
        for (int i = 0; i < length; i++) {
            int b = raw[i] & 0xFF;
            if (b >= 0x20 && b < 0x7F) {
                shown.append((char) b);
            } else {
                shown.append(String.format("\\x%02X", b));
            }
        }
        if (raw.length > length) {
            shown.append('…');
        }
        return shown.toString();
    }
}

package org.leadline.ui.firstrun;

/** A fingerprint in groups of four, four groups a line: 64 hex digits read as four short lines. */
public final class FingerprintLines {
    private FingerprintLines() {
    }

    public static String of(String groups) {
        String[] parts = groups.split(" ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.append(i % 4 == 0 ? "\n" : "   ");
            }
            out.append(parts[i]);
        }
        return out.toString();
    }
}

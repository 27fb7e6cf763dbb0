package org.leadline.model;

import java.util.Locale;

/** What a face recognition system answered for an image. */
public enum FaceCheckResult {
    PENDING, NO_HIT, POSSIBLE_HIT, HIT;

    /** pending, no-hit, possible-hit, hit: the command line's and JSON's spelling. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static FaceCheckResult fromWireName(String value) {
        String wanted = value == null ? "" : value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (FaceCheckResult result : values()) {
            if (result.name().equals(wanted)) {
                return result;
            }
        }
        throw new IllegalArgumentException("The face-check result '" + value + "' is not one of pending, no-hit, possible-hit or hit.");
    }
}

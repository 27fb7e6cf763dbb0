package org.leadline.logic.packages;

import java.util.Locale;

/** What a package is for (package-format.md). Training kinds never mix with real operations. */
public enum PackageKind {
    OFFICER, MERGED, EXERCISE, SUBMISSION;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean training() {
        return this == EXERCISE || this == SUBMISSION;
    }

    /** The kind of a manifest's "kind" field, or null when it names none. */
    public static PackageKind fromWireName(String name) {
        for (PackageKind kind : values()) {
            if (kind.wireName().equals(name)) {
                return kind;
            }
        }
        return null;
    }
}

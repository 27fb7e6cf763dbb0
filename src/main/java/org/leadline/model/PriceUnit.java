package org.leadline.model;

/** What one price pays for. */
public enum PriceUnit {
    PER_PERSON, PER_GROUP, PER_CHILD, PER_DOCUMENT, UNKNOWN;

    public String wireName() {
        return WireNames.of(this);
    }

    /** Accepts "per-person" and the short "person". */
    public static PriceUnit fromWireName(String name) {
        String wanted = name == null ? "" : name.strip();
        if (!wanted.isEmpty() && !wanted.regionMatches(true, 0, "per", 0, 3) && !wanted.equalsIgnoreCase("unknown")) {
            wanted = "per-" + wanted;
        }
        try {
            return WireNames.parse(PriceUnit.class, wanted, "unit");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The unit '" + name + "' is not one of per-person, per-group, per-child, per-document, unknown.");
        }
    }
}

package org.leadline.logic.links;

import java.util.Locale;

/** Why two leads are linked on the chart. */
public enum LinkReason {
    /** Both were seen in the same source post. */
    POST,
    /** One offer names both. */
    OFFER,
    /** One capture (or a redacted or cropped copy of it) is evidence for both. */
    ATTACHMENT,
    /** A document record yields one and its images are evidence for the other. */
    DOCUMENT,
    /** An officer merged one into the other by hand. */
    HAND_MERGE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static LinkReason fromWireName(String name) {
        String wanted = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (LinkReason reason : values()) {
            if (reason.name().equals(wanted)) {
                return reason;
            }
        }
        throw new IllegalArgumentException("Unknown link reason '" + name + "'.");
    }
}

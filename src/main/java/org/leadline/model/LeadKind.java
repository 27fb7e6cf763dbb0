package org.leadline.model;

import java.util.Locale;

/** What kind of hard identifier a lead is (see the selectors contract). */
public enum LeadKind {
    PHONE, URL, HANDLE, EMAIL, DOCUMENT, IBAN, CRYPTO;

    /** The lower-case name used in packages, JSON output and on the command line. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LeadKind fromWireName(String name) {
        for (LeadKind kind : values()) {
            if (kind.wireName().equalsIgnoreCase(name.trim())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown lead kind '" + name + "': use one of phone, url, handle, email, document, iban, crypto.");
    }
}

package org.leadline.model;

import java.util.Locale;

/**
 * What kind of travel or ID document a record is. The record keeps the officer's finer word (a residence permit is
 * not an ID card to them); the document lead uses the selectors contract's coarser type, so that the same document
 * read from its zone and typed by hand meets on one canonical value.
 */
public enum DocumentType {
    PASSPORT("passport"),
    ID_CARD("idcard"),
    VISA("visa"),
    /** Residence permits carry I, A or C document codes in their zone, which the contract calls {@code idcard}. */
    RESIDENCE_PERMIT("idcard"),
    OTHER("document");

    private final String selectorType;

    DocumentType(String selectorType) {
        this.selectorType = selectorType;
    }

    /** The type part of the {@code document} selector, {@code <type>:<issuer>:<number>}. */
    public String selectorType() {
        return selectorType;
    }

    /** The lower-case name used on the command line and in JSON: passport, id-card, visa, residence-permit, other. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads a wire name, an ICAO document code letter (P, I, ID, V) or the contract's selector type. */
    public static DocumentType parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return switch (v) {
            case "passport", "p" -> PASSPORT;
            case "id-card", "idcard", "id", "i" -> ID_CARD;
            case "visa", "v" -> VISA;
            case "residence-permit", "residence", "permit", "r" -> RESIDENCE_PERMIT;
            case "other", "document" -> OTHER;
            default -> throw new IllegalArgumentException("The document type '" + value
                    + "' is not one of passport, id-card, visa, residence-permit or other.");
        };
    }

    /** The type of a zone's document code: P passport, I/A/C ID card, V visa, anything else other. */
    public static DocumentType ofMrzCode(String documentCode) {
        if (documentCode == null || documentCode.isEmpty()) {
            return OTHER;
        }
        return switch (documentCode.charAt(0)) {
            case 'P' -> PASSPORT;
            case 'I', 'A', 'C' -> ID_CARD;
            case 'V' -> VISA;
            default -> OTHER;
        };
    }
}

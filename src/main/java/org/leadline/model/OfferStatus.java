package org.leadline.model;

/** Where an offer stands: as reported by the officer, confirmed (e.g. by a test call), or dismissed. */
public enum OfferStatus {
    REPORTED, CONFIRMED, DISMISSED;

    public String wireName() {
        return WireNames.of(this);
    }

    public static OfferStatus fromWireName(String name) {
        return WireNames.parse(OfferStatus.class, name, "status");
    }
}

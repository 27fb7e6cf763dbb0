package org.leadline.model;

/** What an offer sells: the incident types of the action day's reporting (stats' {@code incidents}). */
public enum OfferType {
    TRAVEL, DOCUMENTS, GUIDANCE, OTHER;

    public String wireName() {
        return WireNames.of(this);
    }

    public static OfferType fromWireName(String name) {
        return WireNames.parse(OfferType.class, name, "type");
    }
}

package org.leadline.model;

import java.util.Locale;

/** The categories officers sort leads into on an action day (the INTERPOL/Europol reporting categories). */
public enum Category {
    POSSIBLE_FACILITATOR,
    INCIDENT_TRAVEL,
    INCIDENT_DOCUMENTS,
    INCIDENT_GUIDANCE,
    INCIDENT_OTHER,
    PHONE_NUMBER,
    USER_HANDLE,
    URL,
    TRAVEL_DOCUMENT,
    FACE_IMAGE,
    OTHER;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Category fromWireName(String name) {
        String wanted = name.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Category category : values()) {
            if (category.name().equals(wanted)) {
                return category;
            }
        }
        throw new IllegalArgumentException("Unknown category '" + name + "'.");
    }

    /** The category a new lead gets before the officer says more. */
    public static Category defaultFor(LeadKind kind) {
        return switch (kind) {
            case PHONE -> PHONE_NUMBER;
            case HANDLE -> USER_HANDLE;
            case URL -> URL;
            case DOCUMENT -> TRAVEL_DOCUMENT;
            case EMAIL, IBAN, CRYPTO -> OTHER;
        };
    }
}

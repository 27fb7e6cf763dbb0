package org.leadline.logic.reports;

import java.util.Locale;
import java.util.UUID;

/**
 * The Traffic Light Protocol 2.0 label a report is handed on under, chosen at export and printed on every page, in every
 * CSV file and as the STIX bundle's marking. The default is AMBER: an action day's leads go to the participants'
 * agencies and no further, unless the team lead decides otherwise.
 */
public enum HandlingLabel {
    CLEAR("TLP:CLEAR", "94868c89-83c2-464b-929b-a1a8aa3c8487", "#ffffff", "#000000",
            "Disclosure is not limited."),
    GREEN("TLP:GREEN", "bab4a63c-aed9-4cf5-a766-dfca5abac2bb", "#33ff00", "#000000",
            "Limited disclosure: the recipients may share it within their community, not publicly."),
    AMBER("TLP:AMBER", "55d920b0-5e8b-4f79-9ee9-91f868d9b421", "#ffc000", "#000000",
            "Limited disclosure: the recipients may share it within their organisation and its clients on a need-to-know basis."),
    AMBER_STRICT("TLP:AMBER+STRICT", "939a9414-2ddd-4d32-a0cd-375ea402b003", "#ffc000", "#000000",
            "Limited disclosure: the recipients may share it only within their own organisation, on a need-to-know basis."),
    RED("TLP:RED", "e828b379-4e03-4974-9ac4-e53a884c97c1", "#ff2b2b", "#000000",
            "For the eyes and ears of the individual recipients only, no further.");

    public static final HandlingLabel DEFAULT = AMBER;

    private final String text;
    private final UUID markingId;
    private final String colour;
    private final String ink;
    private final String meaning;

    HandlingLabel(String text, String markingId, String colour, String ink, String meaning) {
        this.text = text;
        this.markingId = UUID.fromString(markingId);
        this.colour = colour;
        this.ink = ink;
        this.meaning = meaning;
    }

    /** As printed: {@code TLP:AMBER+STRICT}. */
    public String text() {
        return text;
    }

    /** The id of the TLP 2.0 marking definition STIX 2.1 tools know (FIRST's TLP 2.0 extension). */
    public UUID markingId() {
        return markingId;
    }

    /** The label's background colour on a black badge, as FIRST's TLP 2.0 prescribes. */
    public String colour() {
        return colour;
    }

    public String ink() {
        return ink;
    }

    public String meaning() {
        return meaning;
    }

    /** The level alone in lower case, as STIX's TLP 2.0 extension writes it: {@code amber+strict}. */
    public String level() {
        return text.substring(4).toLowerCase(Locale.ROOT);
    }

    /** Reads {@code amber}, {@code TLP:AMBER}, {@code amber+strict}, {@code AMBER_STRICT}; refuses anything else in one sentence. */
    public static HandlingLabel parse(String written) {
        String value = written == null ? "" : written.strip().toUpperCase(Locale.ROOT);
        if (value.startsWith("TLP:") || value.startsWith("TLP ")) {
            value = value.substring(4).strip();
        }
        value = value.replace('+', '_').replace('-', '_').replace(' ', '_');
        if (value.equals("WHITE")) {
            value = "CLEAR";
        }
        for (HandlingLabel label : values()) {
            if (label.name().equals(value)) {
                return label;
            }
        }
        throw new IllegalArgumentException("The handling label '" + written
                + "' is not one of TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED.");
    }
}

package org.leadline.logic.workspace;

/** What an officer types on first run. */
public record NewOfficer(String name, String agency, String country) {
    public NewOfficer {
        name = requireText(name, "name");
        agency = requireText(agency, "agency");
        country = Countries.requireAlpha2(country, "country");
    }

    static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The officer's " + what + " is missing.");
        }
        return value.strip();
    }
}

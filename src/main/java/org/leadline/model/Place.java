package org.leadline.model;

/**
 * A point of a route: an ISO 3166-1 alpha-2 country and, optionally, a place in it (the gazetteer's name).
 * Written {@code CC} or {@code CC/place} on the command line and in JSON.
 */
public record Place(String country, String name) {

    public static Place country(String country) {
        return new Place(country, null);
    }

    public boolean hasName() {
        return name != null && !name.isBlank();
    }

    /** Splits "LY/Zuwara" into its parts without checking them (the gazetteer does that). */
    public static Place parse(String written) {
        String value = written == null ? "" : written.strip();
        int slash = value.indexOf('/');
        if (slash < 0) {
            return new Place(value, null);
        }
        String name = value.substring(slash + 1).strip();
        return new Place(value.substring(0, slash).strip(), name.isEmpty() ? null : name);
    }

    @Override
    public String toString() {
        return hasName() ? country + "/" + name : country;
    }
}

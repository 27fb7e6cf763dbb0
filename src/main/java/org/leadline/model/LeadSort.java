package org.leadline.model;

import java.util.List;

/** The lead table's sort orders, each in the direction an officer wants first (newest, most seen, A to Z). */
public enum LeadSort {
    LAST_SEEN(List.of("last_seen"), true),
    FIRST_SEEN(List.of("first_seen"), true),
    VALUE(List.of("canonical", "kind"), false),
    KIND(List.of("kind", "-last_seen"), false),
    CATEGORY(List.of("category", "-last_seen"), false),
    SIGHTINGS(List.of("sightings"), true),
    OFFICERS(List.of("officers"), true);

    private final List<String> columns;
    private final boolean descending;

    /** Columns in order; a leading '-' means the opposite direction of the first column. */
    LeadSort(List<String> columns, boolean descending) {
        this.columns = columns;
        this.descending = descending;
    }

    public List<String> columns() {
        return columns;
    }

    public boolean descending() {
        return descending;
    }
}

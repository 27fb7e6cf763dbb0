package org.leadline.logic.selectors;

import java.util.List;
import org.leadline.model.LeadKind;

/** Turns one typed value into its canonical selector(s). Full rules arrive with issue [2]. */
public final class SelectorNormalizer {

    private SelectorNormalizer() {
    }

    /**
     * Normalises a value typed or pasted as a single selector.
     *
     * @param value         the value as typed
     * @param kind          the kind the officer picked, or null to detect it
     * @param defaultRegion region for phone numbers without a country prefix
     * @return the selector itself first, then any it yields (a profile URL yields its handle)
     */
    public static List<Selector> normalize(String value, LeadKind kind, String defaultRegion) {
        String trimmed = value.strip();
        LeadKind detected = kind != null ? kind : LeadKind.URL;
        return List.of(new Selector(detected, trimmed, value, 0, value.length(), true, null, null, null));
    }
}

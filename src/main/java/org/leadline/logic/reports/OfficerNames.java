package org.leadline.logic.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leadline.model.Officer;

/**
 * The officers' names as a report prints them: as they are, or masked by a stable pseudonym ("Officer 1", "Officer 2"…
 * in the order of their key fingerprints, so the same officer is the same pseudonym in every report of an operation).
 * A masking report also replaces a name wherever it appears in free text (notes, offered texts).
 */
public final class OfficerNames {
    private final boolean masked;
    private final Map<String, String> byFingerprint = new LinkedHashMap<>();
    private final Pattern names;
    private final Map<String, String> pseudonymOfName = new LinkedHashMap<>();

    public OfficerNames(List<Officer> officers, boolean masked) {
        this.masked = masked;
        List<Officer> ordered = new ArrayList<>(officers);
        ordered.sort(Comparator.comparing(Officer::fingerprint));
        int n = 0;
        for (Officer officer : ordered) {
            String pseudonym = "Officer " + ++n;
            byFingerprint.put(officer.fingerprint(), masked ? pseudonym : officer.name());
            if (officer.name() != null && !officer.name().isBlank()) {
                pseudonymOfName.putIfAbsent(officer.name().strip().toLowerCase(Locale.ROOT), pseudonym);
            }
        }
        // Longest names first, so that "Claire Martin-Dubois" is not half replaced by "Claire Martin".
        List<String> alternatives = new ArrayList<>(pseudonymOfName.keySet());
        alternatives.sort(Comparator.comparingInt(String::length).reversed());
        names = !masked || alternatives.isEmpty() ? null : Pattern.compile(String.join("|", alternatives.stream().map(Pattern::quote).toList()),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public boolean masked() {
        return masked;
    }

    /** The name (or pseudonym) of the officer with this key fingerprint; a short fingerprint for an unknown one. */
    public String of(String fingerprint) {
        String name = byFingerprint.get(fingerprint);
        if (name != null) {
            return name;
        }
        return masked ? "Officer ?" : "key " + (fingerprint == null ? "?" : fingerprint.substring(0, Math.min(8, fingerprint.length())));
    }

    /** Free text with every officer's name replaced by their pseudonym when masking. */
    public String text(String text) {
        if (names == null || text == null || text.isEmpty()) {
            return text;
        }
        Matcher matcher = names.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(pseudonymOfName.get(matcher.group().toLowerCase(Locale.ROOT))));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}

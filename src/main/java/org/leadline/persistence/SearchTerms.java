package org.leadline.persistence;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.leadline.model.LeadKind;

/** The words under which a lead is found by free-text search. */
public final class SearchTerms {
    static final int MAX_TERM = 128;
    private static final int MIN_PHONE_SUFFIX = 7;

    private SearchTerms() {
    }

    /** Lower-cases and splits on anything that is not a letter or digit. */
    public static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null) {
            return words;
        }
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(clip(word));
            }
        }
        return words;
    }

    /** The value itself, its words, and for phones the trailing digits, so that "912345678" finds "+218912345678". */
    public static Set<String> forValue(LeadKind kind, String canonical) {
        Set<String> terms = new LinkedHashSet<>();
        terms.add(clip(canonical.toLowerCase(Locale.ROOT)));
        terms.addAll(words(canonical));
        if (kind == LeadKind.PHONE) {
            String digits = canonical.replaceAll("\\D", "");
            for (int length = MIN_PHONE_SUFFIX; length < digits.length(); length++) {
                terms.add(digits.substring(digits.length() - length));
            }
        }
        return terms;
    }

    public static String forTag(String tag) {
        return clip("#" + tag.toLowerCase(Locale.ROOT));
    }

    private static String clip(String term) {
        return term.length() <= MAX_TERM ? term : term.substring(0, MAX_TERM);
    }
}

package org.leadline.persistence;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.leadline.model.LeadKind;

/**
 * The words under which a lead is found by free-text search: every query word must start one of them.
 * Kept few per lead, because each is an index entry written with the lead.
 */
public final class SearchTerms {
    static final int MAX_TERM = 128;
    /** Words that nearly every URL or address has: they would find everything and cost a row each. */
    private static final Set<String> STOP_WORDS = Set.of("https", "http", "www", "com", "org", "net", "html", "php", "me");

    private SearchTerms() {
    }

    /** Lower-cases and splits on anything that is not a letter or digit. */
    public static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null) {
            return words;
        }
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !STOP_WORDS.contains(word)) {
                words.add(clip(word));
            }
        }
        return words;
    }

    /** The words of a query: a run of digits also matches without its leading zeros (trunk or 00 prefix). */
    public static Set<String> queryWords(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : words(text)) {
            words.add(word.chars().allMatch(Character::isDigit) && word.length() > 1 ? stripLeadingZeros(word) : word);
        }
        return words;
    }

    /** The value's words, and for phones the national number, so that "0912345678" finds "+218912345678". */
    public static Set<String> forValue(LeadKind kind, String canonical) {
        Set<String> terms = words(canonical);
        if (kind == LeadKind.PHONE) {
            try {
                terms.add(String.valueOf(PhoneNumberUtil.getInstance().parse(canonical, "ZZ").getNationalNumber()));
            } catch (NumberParseException notAPhoneAfterAll) {
                // An unverified phone keeps just its digits.
            }
        }
        return terms;
    }

    public static String forTag(String tag) {
        return clip("#" + tag.toLowerCase(Locale.ROOT));
    }

    private static String stripLeadingZeros(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }

    private static String clip(String term) {
        return term.length() <= MAX_TERM ? term : term.substring(0, MAX_TERM);
    }
}

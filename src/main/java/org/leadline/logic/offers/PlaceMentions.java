package org.leadline.logic.offers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.leadline.logic.places.Gazetteer;
import org.leadline.logic.places.PlaceNames;

/**
 * Every country and place a text names, longest name first ("Velika Kladuša" before a shorter match), and emoji
 * flags. Words are compared in {@link PlaceNames} form, so accents, case, hyphens and Arabic spelling variants do not
 * matter; an Arabic word may carry the prefix و (and), ب (in, by) or ل (to). Linear in the text: each word starts
 * at most {@link Gazetteer#longestName()} lookups.
 */
final class PlaceMentions {
    /** Place names that are also everyday words, accepted only when written with a capital: "a nice trip". */
    private static final Set<String> CAPITALISED_ONLY = Set.of("nice", "van", "sid", "kas", "gao", "mali", "chad", "jordan",
            "niger", "roma", "augusta", "reggio", "kos", "homs");

    private record Word(String normalized, int start, int end, boolean capitalised) {
    }

    private PlaceMentions() {
    }

    static List<PlaceMention> find(String text) {
        Gazetteer gazetteer = Gazetteer.get();
        List<Word> words = new ArrayList<>();
        List<PlaceMention> flags = new ArrayList<>();
        tokenize(text, words, flags, gazetteer);
        List<PlaceMention> mentions = new ArrayList<>();
        int longest = Math.max(1, gazetteer.longestName());
        int w = 0;
        while (w < words.size()) {
            int matched = 0;
            for (int size = Math.min(longest, words.size() - w); size >= 1 && matched == 0; size--) {
                if (!adjacent(text, words, w, size)) {
                    continue;
                }
                StringBuilder key = new StringBuilder();
                for (int k = w; k < w + size; k++) {
                    key.append(k == w ? "" : " ").append(words.get(k).normalized());
                }
                Optional<Gazetteer.Entry> entry = lookup(gazetteer, key.toString(), size == 1);
                if (entry.isPresent() && (!CAPITALISED_ONLY.contains(key.toString()) || words.get(w).capitalised())) {
                    String first = words.get(w).normalized();
                    boolean arabicTo = size == 1 && first.startsWith("ل") && gazetteer.lookup(first).isEmpty();
                    mentions.add(new PlaceMention(entry.get().asPlace(), words.get(w).start(), words.get(w + size - 1).end(), arabicTo));
                    matched = size;
                }
            }
            w += Math.max(1, matched);
        }
        mentions.addAll(flags);
        mentions.sort(java.util.Comparator.comparingInt(PlaceMention::start));
        return mentions;
    }

    /** A name, or an Arabic word with a one-letter prefix (وليبيا, لإيطاليا, بتركيا). */
    private static Optional<Gazetteer.Entry> lookup(Gazetteer gazetteer, String key, boolean singleWord) {
        Optional<Gazetteer.Entry> entry = gazetteer.lookup(key);
        if (entry.isEmpty() && singleWord && key.length() > 4 && "ولب".indexOf(key.charAt(0)) >= 0) {
            entry = gazetteer.lookup(key.substring(1));
        }
        return entry;
    }

    /** The words of a multi-word name are separated by spaces, hyphens or an apostrophe only. */
    private static boolean adjacent(String text, List<Word> words, int first, int size) {
        for (int k = first + 1; k < first + size; k++) {
            int gapStart = words.get(k - 1).end();
            int gapEnd = words.get(k).start();
            if (gapEnd - gapStart > 2) {
                return false;
            }
            for (int c = gapStart; c < gapEnd; c++) {
                char ch = text.charAt(c);
                if (ch != ' ' && ch != '-' && ch != '\'' && ch != '’' && ch != '.' && ch != '\u00A0') {
                    return false;
                }
            }
        }
        return true;
    }

    private static void tokenize(String text, List<Word> words, List<PlaceMention> flags, Gazetteer gazetteer) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int codePoint = text.codePointAt(i);
            if (Gazetteer.isRegionalIndicator(codePoint) && i + 4 <= n) {
                String pair = text.substring(i, i + 4);
                Optional<org.leadline.logic.places.Country> country = gazetteer.flag(pair);
                if (country.isPresent()) {
                    flags.add(new PlaceMention(org.leadline.model.Place.country(country.get().alpha2()), i, i + 4, false));
                    i += 4;
                    continue;
                }
            }
            if (Character.isLetterOrDigit(codePoint)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || isMark(text.charAt(i)))) {
                    i++;
                }
                String raw = text.substring(start, i);
                String normalized = PlaceNames.normalize(raw);
                if (!normalized.isEmpty()) {
                    words.add(new Word(normalized, start, i, Character.isUpperCase(raw.charAt(0))));
                }
                continue;
            }
            i += Character.charCount(codePoint);
        }
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || c == '\u0640';
    }
}

package org.leadline.logic.places;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The form in which names are compared: words of letters and digits in lower case, accents dropped, Arabic letters
 * folded (hamza forms of alef, taa marbuta, alef maqsura; tashkeel dropped), joined by single spaces. "Côte d'Ivoire",
 * "cote-d'ivoire" and "COTE D IVOIRE" are all "cote d ivoire"; "إيطاليا" and "ايطاليا" are one word.
 */
public final class PlaceNames {
    private PlaceNames() {
    }

    public static String normalize(CharSequence name) {
        return String.join(" ", words(name));
    }

    /** The words of a name in compared form. */
    public static List<String> words(CharSequence name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (isWordChar(c)) {
                appendFolded(word, c);
            } else if (!isIgnorableInWord(c) && !word.isEmpty()) {
                words.add(finish(word));
            }
        }
        if (!word.isEmpty()) {
            words.add(finish(word));
        }
        words.removeIf(String::isEmpty);
        return words;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** Marks inside a word that do not split it: Arabic tashkeel and tatweel, combining accents, joiners. */
    static boolean isIgnorableInWord(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || c == '\u0640'
                || c == '\u200C' || c == '\u200D';
    }

    private static void appendFolded(StringBuilder word, char c) {
        switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> word.append('ا');
            case 'ة' -> word.append('ه');
            case 'ى' -> word.append('ي');
            case 'ı' -> word.append('i');
            case 'ß' -> word.append("ss");
            default -> word.append(c);
        }
    }

    private static String finish(StringBuilder word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (!isIgnorableInWord(c)) {
                out.append(c);
            }
        }
        word.setLength(0);
        return out.toString().toLowerCase(Locale.ROOT);
    }
}

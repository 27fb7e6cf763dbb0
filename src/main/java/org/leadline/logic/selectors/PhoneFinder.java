package org.leadline.logic.selectors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.leadline.model.LeadKind;

/**
 * Finds phone numbers in free text.
 *
 * <p>Hand-written rather than libphonenumber's {@code findNumbers}: that matcher misses numbers in
 * Eastern Arabic digits next to Arabic words, cannot report the invalid-but-prefixed numbers the
 * contract wants kept, and is several times slower than the throughput target allows.
 *
 * <p>The scanner collects a <em>run</em>: digits joined by single separators (space, dot, dash,
 * brackets). A run is cut into space-separated groups; the whole run is tried first, then the
 * longest valid numbers from left to right, so "0612345678 0698765432" yields two numbers and
 * "Prix 2500 0612345678" one. Runs longer than {@value #MAX_RUN_DIGITS} digits are skipped whole,
 * which keeps the work linear on megabytes of digits.
 *
 * <p>Not phones: dates (2025-10-17, 17.10.2025), dotted quads (IP addresses), amounts next to a
 * currency, numbers after words such as "order", "ref", "commande", "tracking", and numbers glued
 * to letters or slashes. Numbers without a country prefix must be valid for the default region;
 * with a prefix ({@code +}, {@code 00}, {@code 011}, {@code tel:}) they need only be possible.
 */
final class PhoneFinder {

    static final int MAX_RUN_DIGITS = 48;
    private static final int MIN_DIGITS = 7;
    private static final int MAX_DIGITS = 17;
    private static final int MAX_GROUPS_TO_SPLIT = 12;

    private static final Pattern DATE = Pattern.compile(
            "(?<!\\d)(?:(?:19|20)\\d\\d([-./])(?:0?[1-9]|1[0-2])\\1(?:0?[1-9]|[12]\\d|3[01])"
                    + "|(?:0?[1-9]|[12]\\d|3[01])([-./])(?:0?[1-9]|1[0-2])\\2(?:19|20)\\d\\d)(?!\\d)");
    /** Exactly four dotted groups of at most three digits: "07.98.76.54.32" is a French number, not an address. */
    private static final Pattern DOTTED_QUAD = Pattern.compile("(?<![\\d.])(?:\\d{1,3}\\.){3}\\d{1,3}(?!\\.?\\d)");
    /** Words after which a number is a reference, an amount or a code, not a phone ("commande n° 0612345678"). */
    private static final Set<String> REFERENCE_WORDS = Set.of(
            "order", "commande", "cmd", "ref", "réf", "reference", "référence", "invoice", "facture", "tracking", "suivi",
            "colis", "parcel", "sipariş", "bestellung", "ordine", "pedido", "transaction", "txn", "iban", "account",
            "compte", "pin", "code", "id", "isbn", "ean", "sku", "prix", "price", "tarif");
    /** Words between such a word and the number: "n°", "no.", "number", "numéro". */
    private static final Set<String> NUMBER_WORDS = Set.of("n", "no", "nr", "nº", "number", "numéro", "numero", "num");
    private static final Set<String> CURRENCY_WORDS = Set.of(
            "eur", "euro", "euros", "usd", "usdt", "dollar", "dollars", "gbp", "chf", "dh", "dhs", "mad", "dzd", "da", "tnd",
            "dt", "lyd", "lbp", "egp", "sdg", "try", "tl", "iqd", "syp", "jod", "sar", "aed", "qar", "kwd", "irr", "afn",
            "pkr", "xof", "xaf", "cfa", "ngn", "etb", "rsd", "bam", "mkd", "lek", "bgn", "ron", "pln", "huf", "czk",
            "dinar", "dinars", "dirham", "dirhams", "livre", "livres", "lira", "lire", "pound", "pounds",
            "دينار", "درهم", "دولار", "يورو", "ليرة", "جنيه");
    private static final String CURRENCY_SYMBOLS = "€$£¥₺₾﷼";
    private static final String WORD_SEPARATORS = " \t:#.°-";

    private PhoneFinder() {
    }

    /** Receives what the finder decides. */
    interface Sink {
        boolean isFree(int start, int end);

        boolean claimedAt(int index);

        void phone(Selector selector);
    }

    private record Group(int start, int end, int digits) {
    }

    static void find(String text, String region, Sink sink) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            boolean startsRun = PhoneRules.digitValue(c) >= 0
                    || (c == '+' || c == '\uFF0B' || c == '(') && i + 1 < n
                    && (PhoneRules.digitValue(text.charAt(i + 1)) >= 0 || c == '(' && text.charAt(i + 1) == '+');
            if (!startsRun || sink.claimedAt(i)) {
                i++;
                continue;
            }
            i = run(text, i, region, sink);
        }
    }

    /** Reads the run starting at {@code start}, reports what it holds, returns where scanning resumes. */
    private static int run(String text, int start, String region, Sink sink) {
        int n = text.length();
        int j = start;
        boolean plus = false;
        if (text.charAt(j) == '(') {
            j++;
        }
        if (text.charAt(j) == '+' || text.charAt(j) == '\uFF0B') {
            plus = true;
            j++;
        }
        List<Group> groups = new ArrayList<>();
        int groupStart = start;
        int groupDigits = 0;
        int lastDigitEnd = -1;
        int totalDigits = 0;
        int separators = 0;
        boolean bracket = false;
        while (j < n && !sink.claimedAt(j)) {
            char ch = text.charAt(j);
            if (PhoneRules.digitValue(ch) >= 0) {
                groupDigits++;
                totalDigits++;
                lastDigitEnd = j + 1;
                separators = 0;
            } else if (ch == '(' && totalDigits > 0 && !closesSoon(text, j)) {
                break; // "0043664123456 (24/7)": a bracket that does not close around an area code ends the number
            } else if (ch == '(' || ch == ')') {
                bracket = true;
            } else if (ch == ' ' || ch == '\u00A0' || ch == '\u202F' || ch == '\u2009' || ch == '\u2007') {
                if (separators++ > 0) {
                    break;
                }
                if (groupDigits > 0) {
                    groups.add(new Group(groupStart, lastDigitEnd, groupDigits));
                    groupDigits = 0;
                    groupStart = j + 1;
                }
            } else if (ch == '.' || ch == '-' || ch == '\u2010' || ch == '\u2011' || ch == '\u2013') {
                if (separators++ > 0) {
                    break;
                }
            } else if (!(ch == '\u200E' || ch == '\u200F' || ch >= '\u202A' && ch <= '\u202E' || ch >= '\u2066' && ch <= '\u2069')) {
                break; // bidirectional marks wrap numbers in Arabic text; anything else ends the run
            }
            j++;
        }
        if (groupDigits > 0) {
            groups.add(new Group(groupStart, lastDigitEnd, groupDigits));
        }
        int resume = Math.max(j, start + 1);
        if (lastDigitEnd < 0 || totalDigits < MIN_DIGITS || totalDigits > MAX_RUN_DIGITS) {
            return resume;
        }
        if (!boundaryOk(text, start, lastDigitEnd)) {
            return resume;
        }
        // The first group starts at the bracket or plus; later groups at their first character after a space.
        Group first = groups.get(0);
        int spanStart = start;
        if (text.charAt(start) == '(' && !closes(text, start, lastDigitEnd)) {
            spanStart = start + 1; // an opening bracket never closed inside the number is not part of it
        }
        if (spanStart >= 4 && text.regionMatches(true, spanStart - 4, "tel:", 0, 4)) {
            spanStart -= 4; // the tel: scheme belongs to the raw text of the number
        }
        groups.set(0, new Group(spanStart, first.end(), first.digits()));
        report(text, groups, plus, region, sink, bracket);
        return resume;
    }

    /** Whether the bracket at {@code open} closes within a few digits, as around "(0)" or "(020)". */
    private static boolean closesSoon(String text, int open) {
        for (int k = open + 1; k < text.length() && k <= open + 6; k++) {
            char c = text.charAt(k);
            if (c == ')') {
                return k > open + 1;
            }
            if (PhoneRules.digitValue(c) < 0) {
                return false;
            }
        }
        return false;
    }

    private static boolean closes(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == ')') {
                return true;
            }
        }
        return false;
    }

    private static boolean boundaryOk(String text, int start, int end) {
        if (start > 0) {
            char p = text.charAt(start - 1);
            if (p < 128 && (Character.isLetterOrDigit(p) || "_@\\#&=%*".indexOf(p) >= 0)) {
                return false;
            }
            if (p == '/' && !(start >= 2 && PhoneRules.digitValue(text.charAt(start - 2)) >= 0)) {
                return false; // a path or a date; "0612345678/0698765432" lists two numbers
            }
            if ((p == '.' || p == ',' || p == '-' || p == '+') && start >= 2 && PhoneRules.digitValue(text.charAt(start - 2)) >= 0) {
                return false;
            }
        }
        if (end < text.length()) {
            char a = text.charAt(end);
            if (a < 128 && (Character.isLetter(a) || "_@%".indexOf(a) >= 0)) {
                return false;
            }
            if (a == '/' && !(end + 1 < text.length() && (PhoneRules.digitValue(text.charAt(end + 1)) >= 0 || text.charAt(end + 1) == '+'))) {
                return false;
            }
        }
        return true;
    }

    /** Words and currencies around a candidate number that make it an amount or a reference instead. */
    private static boolean contextOk(String text, int start, int end) {
        if (start > 0) {
            char p = text.charAt(start - 1);
            if (CURRENCY_SYMBOLS.indexOf(p) >= 0 || start >= 2 && p == ' ' && CURRENCY_SYMBOLS.indexOf(text.charAt(start - 2)) >= 0) {
                return false;
            }
            if (referenceBefore(text, start)) {
                return false;
            }
        }
        return !currencyAfter(text, end);
    }

    /** Whether a reference word ("order", "commande n°", "Tracking number:") stands right before {@code start}. */
    private static boolean referenceBefore(String text, int start) {
        int i = skipBack(text, start);
        int wordEnd = i;
        i = wordStart(text, i);
        String word = text.substring(i, wordEnd).toLowerCase(Locale.ROOT);
        if (REFERENCE_WORDS.contains(word)) {
            return true;
        }
        if (!NUMBER_WORDS.contains(word)) {
            return false;
        }
        int before = skipBack(text, i);
        String previous = text.substring(wordStart(text, before), before).toLowerCase(Locale.ROOT);
        return REFERENCE_WORDS.contains(previous);
    }

    private static int skipBack(String text, int i) {
        int limit = Math.max(0, i - 6);
        while (i > limit && WORD_SEPARATORS.indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        return i;
    }

    private static int wordStart(String text, int end) {
        int i = end;
        while (i > 0 && end - i < 20 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Whether a currency symbol, code or word follows {@code end} (after at most one space). */
    private static boolean currencyAfter(String text, int end) {
        int i = end;
        if (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        if (CURRENCY_SYMBOLS.indexOf(c) >= 0 || (c == 'k' || c == 'K') && i + 1 < text.length() && text.charAt(i + 1) == '€') {
            return true;
        }
        int wordEnd = i;
        while (wordEnd < text.length() && wordEnd - i < 12 && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        return wordEnd > i && (wordEnd == text.length() || !Character.isLetter(text.charAt(wordEnd)))
                && CURRENCY_WORDS.contains(text.substring(i, wordEnd).toLowerCase(Locale.ROOT));
    }

    /**
     * Decides what a run holds: the whole run when it is a valid number; otherwise the longest valid
     * numbers from left to right; otherwise, for a run written like a phone number, the whole run as a
     * possible-but-invalid number (valid=false) or, when it does not even normalise, as unverified.
     */
    private static void report(String text, List<Group> groups, boolean plus, String region, Sink sink, boolean bracket) {
        int g = groups.size();
        PhoneRules.Outcome whole = evaluate(text, groups, 0, g - 1, plus, region);
        if (whole != null && whole.valid()) {
            emit(text, groups, 0, g - 1, whole, sink);
            return;
        }
        int firstTaken = -1;
        if (g > 1 && g <= MAX_GROUPS_TO_SPLIT) {
            int from = 0;
            while (from < g) {
                int taken = -1;
                for (int to = g - 1; to >= from; to--) {
                    if (from == 0 && to == g - 1) {
                        continue; // the whole run was tried above
                    }
                    PhoneRules.Outcome o = evaluate(text, groups, from, to, from == 0 && plus, region);
                    if (o != null && o.valid()) {
                        emit(text, groups, from, to, o, sink);
                        taken = to;
                        break;
                    }
                }
                if (taken >= 0 && firstTaken < 0) {
                    firstTaken = from;
                }
                from = taken >= 0 ? taken + 1 : from + 1;
            }
        }
        if (firstTaken > 0 && (plus || startsWithExitCode(text, groups.get(0)))) {
            // "+44 7700 900123 0612345678": what precedes the valid number is a prefixed number of its own
            PhoneRules.Outcome head = evaluate(text, groups, 0, firstTaken - 1, plus, region);
            if (head != null && head.normalised()) {
                emit(text, groups, 0, firstTaken - 1, head, sink);
            }
        }
        if (firstTaken >= 0 || whole == null || !looksLikePhone(text, groups, plus, bracket)) {
            return;
        }
        if (whole.normalised()) {
            emit(text, groups, 0, g - 1, whole, sink); // a possible number, kept with valid=false
            return;
        }
        Group a = groups.get(0);
        Group b = groups.get(g - 1);
        if (sink.isFree(a.start(), b.end())) {
            String raw = text.substring(a.start(), b.end());
            sink.phone(new Selector(LeadKind.PHONE, digitsOf(raw, plus), raw, a.start(), b.end(), false, whole.reason(), null, null));
        }
    }

    private static boolean startsWithExitCode(String text, Group first) {
        String digits = digitsOf(text.substring(first.start(), first.end()), false);
        return digits.startsWith("00");
    }

    /** A run that is formatted like a phone number though no reading of it is valid: kept as unverified. */
    private static boolean looksLikePhone(String text, List<Group> groups, boolean plus, boolean bracket) {
        Group a = groups.get(0);
        Group b = groups.get(groups.size() - 1);
        String raw = text.substring(a.start(), b.end());
        String digits = digitsOf(raw, false);
        if (digits.length() < MIN_DIGITS || digits.length() > MAX_DIGITS || isDateOrAddress(ascii(raw))) {
            return false;
        }
        if (plus || digits.startsWith("00")) {
            return true;
        }
        int separators = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            separators += c == ' ' || c == '.' || c == '-' || c == '\u00A0' ? 1 : 0;
        }
        return digits.startsWith("0") && digits.length() >= 9 && digits.length() <= 13 && (separators >= 1 || bracket);
    }

    private static PhoneRules.Outcome evaluate(String text, List<Group> groups, int from, int to, boolean plus, String region) {
        int digitCount = 0;
        for (int k = from; k <= to; k++) {
            digitCount += groups.get(k).digits();
        }
        if (digitCount < MIN_DIGITS || digitCount > MAX_DIGITS) {
            return null;
        }
        int start = groups.get(from).start();
        int end = groups.get(to).end();
        String raw = text.substring(start, end);
        if (isDateOrAddress(ascii(raw)) || !contextOk(text, start, end)) {
            return null;
        }
        if (plus) {
            raw = raw.replace("(0)", "").replace("(\u0660)", "").replace("(\u06F0)", ""); // "+44 (0)20 ...": the trunk zero is not dialled from abroad
        }
        return PhoneRules.fromDigits(digitsOf(raw, false), plus, region);
    }

    private static boolean isDateOrAddress(String ascii) {
        if (ascii.indexOf('.') < 0 && ascii.indexOf('-') < 0 && ascii.indexOf('/') < 0) {
            return false; // dates and addresses need their separators; most numbers are written with spaces
        }
        return DATE.matcher(ascii).find() || DOTTED_QUAD.matcher(ascii).find();
    }

    private static void emit(String text, List<Group> groups, int from, int to, PhoneRules.Outcome o, Sink sink) {
        int start = groups.get(from).start();
        int end = groups.get(to).end();
        if (!sink.isFree(start, end)) {
            return;
        }
        sink.phone(new Selector(LeadKind.PHONE, o.e164(), text.substring(start, end), start, end, true, null, o.details(), null));
    }

    /** The ASCII digits of {@code s} (Arabic-Indic ones converted); a leading + when {@code plus}. */
    static String digitsOf(String s, boolean plus) {
        StringBuilder b = new StringBuilder(s.length());
        if (plus) {
            b.append('+');
        }
        int skip = s.regionMatches(true, 0, "tel:", 0, 4) ? 4 : 0;
        for (int i = skip; i < s.length(); i++) {
            int d = PhoneRules.digitValue(s.charAt(i));
            if (d >= 0) {
                b.append((char) ('0' + d));
            }
        }
        return b.toString();
    }

    private static String ascii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = PhoneRules.digitValue(c);
            b.append(d >= 0 ? (char) ('0' + d) : c);
        }
        return b.toString();
    }
}

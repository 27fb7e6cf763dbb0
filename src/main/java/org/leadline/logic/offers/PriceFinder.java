package org.leadline.logic.offers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.leadline.logic.places.PlaceNames;

/**
 * Finds prices in free text: a number with a currency before or after it ("12000€", "€ 1 400", "$3,500", "2500 euros",
 * "٣٥٠٠ دينار", "5k€", "2,5 millions de dinars"), a number with a thousands suffix ("5k"), or a number right after a
 * price word ("prix 1400"). Everything else with digits is not a price: phone numbers (a leading + or 0, or groups of
 * two digits), dates and times (a / : or - between digits), years and counts (no currency), percentages, order
 * numbers (after #, n°, no.).
 *
 * <p>Separators: a '.', ',' or space followed by exactly three digits groups thousands ("1.400", "3,500", "1 400");
 * otherwise '.' or ',' is the decimal mark ("2,5", "12.50"); with both, the last one is the decimal mark.
 *
 * <p>A bare "dinar" is resolved from the countries named in the same text (Libya, Tunisia, Algeria), else from the
 * operation's region, else read as the Libyan dinar, the dinar of the central Mediterranean route; the suggestion's
 * {@code currencyNote} says which rule decided. A price without any currency word takes the region's currency
 * (EUR by default) and says so too. One pass over the text with bounded look-around: linear, and it never throws.
 */
public final class PriceFinder {
    private static final int MAX_DIGITS = 9;
    private static final int SPACE = 0;
    private static final int DOT = 1;
    private static final int COMMA = 2;
    private static final int ARABIC_DECIMAL = 3;
    private static final int ARABIC_THOUSANDS = 4;

    /** Currency words and symbols (in PlaceNames form for words) and their ISO 4217 codes; "dinar" is resolved later. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("eur", "EUR"), Map.entry("euro", "EUR"), Map.entry("euros", "EUR"), Map.entry("يورو", "EUR"),
            Map.entry("اورو", "EUR"), Map.entry("evro", "EUR"), Map.entry("avro", "EUR"),
            Map.entry("usd", "USD"), Map.entry("dollar", "USD"), Map.entry("dollars", "USD"), Map.entry("dollari", "USD"),
            Map.entry("dollaro", "USD"), Map.entry("دولار", "USD"), Map.entry("دولارات", "USD"), Map.entry("dolar", "USD"),
            Map.entry("gbp", "GBP"), Map.entry("pound", "GBP"), Map.entry("pounds", "GBP"), Map.entry("livre", "GBP"),
            Map.entry("livres", "GBP"), Map.entry("sterling", "GBP"), Map.entry("sterlina", "GBP"), Map.entry("sterline", "GBP"),
            Map.entry("استرليني", "GBP"),
            Map.entry("lira", "TRY"), Map.entry("liras", "TRY"), Map.entry("lire", "TRY"), Map.entry("ليرة", "TRY"),
            Map.entry("lyd", "LYD"), Map.entry("tnd", "TND"), Map.entry("dzd", "DZD"), Map.entry("egp", "EGP"),
            Map.entry("جنيه", "EGP"), Map.entry("dirham", "MAD"), Map.entry("dirhams", "MAD"), Map.entry("درهم", "MAD"),
            Map.entry("dinar", "DINAR"), Map.entry("dinars", "DINAR"), Map.entry("dinari", "DINAR"), Map.entry("دينار", "DINAR"),
            Map.entry("دنانير", "DINAR"));
    /** Codes that are also ordinary words or syllables, accepted only in capitals: "DA" is Italian for "from". */
    private static final Map<String, String> CAPITALS = Map.of("TRY", "TRY", "TL", "TRY", "DT", "TND", "DA", "DZD",
            "LD", "LYD", "DH", "MAD", "DHS", "MAD", "LE", "EGP", "MAD", "MAD");
    private static final Map<Character, String> SYMBOLS = Map.of('€', "EUR", '$', "USD", '£', "GBP", '₺', "TRY");
    /** The word after a currency word that changes it: "livres égyptiennes", "dinars tunisiens", "ليرة سورية". */
    private static final Map<String, String> QUALIFIERS = Map.ofEntries(
            Map.entry("egyptian", "EGP"), Map.entry("egyptiennes", "EGP"), Map.entry("egiziane", "EGP"), Map.entry("مصري", "EGP"),
            Map.entry("libyan", "LYD"), Map.entry("libyens", "LYD"), Map.entry("libici", "LYD"), Map.entry("ليبي", "LYD"),
            Map.entry("tunisian", "TND"), Map.entry("tunisiens", "TND"), Map.entry("tunisini", "TND"), Map.entry("تونسي", "TND"),
            Map.entry("algerian", "DZD"), Map.entry("algeriens", "DZD"), Map.entry("algerini", "DZD"), Map.entry("جزائري", "DZD"),
            Map.entry("turkish", "TRY"), Map.entry("turques", "TRY"), Map.entry("turche", "TRY"), Map.entry("تركية", "TRY"),
            Map.entry("syrian", "SYP"), Map.entry("syriennes", "SYP"), Map.entry("سوريه", "SYP"), Map.entry("سوري", "SYP"),
            Map.entry("lebanese", "LBP"), Map.entry("libanaises", "LBP"), Map.entry("لبنانيه", "LBP"),
            Map.entry("iraqi", "IQD"), Map.entry("irakiens", "IQD"), Map.entry("عراقي", "IQD"),
            Map.entry("sterling", "GBP"), Map.entry("استرليني", "GBP"));
    private static final Map<String, Integer> MULTIPLIERS = Map.ofEntries(
            Map.entry("k", 1_000), Map.entry("mille", 1_000), Map.entry("mila", 1_000), Map.entry("thousand", 1_000),
            Map.entry("الف", 1_000), Map.entry("الاف", 1_000), Map.entry("million", 1_000_000), Map.entry("millions", 1_000_000),
            Map.entry("milioni", 1_000_000), Map.entry("milione", 1_000_000), Map.entry("mln", 1_000_000), Map.entry("m", 1_000_000),
            Map.entry("مليون", 1_000_000));
    /** Words after a multiplier and before the currency: "millions de dinars", "milioni di euro". */
    private static final Set<String> LINKS = Set.of("de", "d", "di", "of", "en");
    private static final Set<String> PRICE_WORDS = Set.of("prix", "price", "prezzo", "costo", "cost", "tarif", "tarifs",
            "سعر", "السعر", "بسعر", "fiyat", "fiyati", "cout");
    /** Words right before a number that make it an order or reference number. */
    private static final Set<String> REFERENCE_WORDS = Set.of("no", "n", "nr", "ref", "order", "commande", "ordine", "id",
            "numero", "number", "tel", "phone", "whatsapp", "code");
    private static final Map<String, String> DINAR_COUNTRIES = Map.of("LY", "LYD", "TN", "TND", "DZ", "DZD", "IQ", "IQD",
            "JO", "JOD", "KW", "KWD", "RS", "RSD");

    private final String regionCurrency;
    private final String region;

    /**
     * @param region the operation's default region (ISO 3166 alpha-2), which decides a bare dinar or a missing
     *               currency when the text does not; may be null
     */
    public PriceFinder(String region) {
        this.region = region == null ? "" : region.toUpperCase(Locale.ROOT);
        this.regionCurrency = currencyOfRegion(this.region);
    }

    /** The currency of a few regions that matter here; EUR for every other. */
    static String currencyOfRegion(String region) {
        return switch (region) {
            case "GB" -> "GBP";
            case "TR" -> "TRY";
            case "MA" -> "MAD";
            case "TN" -> "TND";
            case "LY" -> "LYD";
            case "DZ" -> "DZD";
            case "EG" -> "EGP";
            case "US" -> "USD";
            case "CH" -> "CHF";
            default -> "EUR";
        };
    }

    /**
     * Every price in the text, in order.
     *
     * @param countriesNamed the countries the text names (alpha-2, in order of appearance), for a bare dinar
     */
    public List<PriceSuggestion> find(CharSequence input, List<String> countriesNamed) {
        List<PriceSuggestion> prices = new ArrayList<>();
        if (input == null) {
            return prices;
        }
        String text = input.toString();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (digit(text.charAt(i)) < 0) {
                i++;
                continue;
            }
            int next;
            try {
                next = candidate(text, i, countriesNamed, prices);
            } catch (RuntimeException unexpected) {
                next = i + 1; // a suggestion is never worth an exception in the officer's paste
            }
            i = Math.max(next, i + 1);
        }
        return prices;
    }

    /** Any decimal digit: ASCII, Arabic-Indic (٣٥٠٠), Eastern Arabic, full-width. */
    static int digit(char c) {
        return Character.digit(c, 10);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\t';
    }

    /** Reads the number starting at {@code start}; returns where to go on. */
    private int candidate(String text, int start, List<String> countriesNamed, List<PriceSuggestion> prices) {
        int n = text.length();
        // A letter or digit right before: part of a word, a code or a longer number ("A320", "n12").
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        if (Character.isLetter(before) && !SYMBOLS.containsKey(before) && !isCapitalCodeEnd(text, start)) {
            return skipRun(text, start);
        }
        if (before == '+' || before == '#' || before == '№' || before == '°' || before == 'º') {
            return skipPhoneLike(text, start);
        }
        // The tail of a longer digit sequence written in groups of two ("06 12 34 56 78").
        if (start >= 2 && isSpace(before) && digit(text.charAt(start - 2)) >= 0 && countDigits(text, start) <= 2) {
            return skipRun(text, start);
        }
        if ((before == '/' || before == ':' || before == '.' || before == ',') && start >= 2
                && digit(text.charAt(start - 2)) >= 0) {
            return skipRun(text, start);
        }
        // Digits and separators.
        StringBuilder digits = new StringBuilder();
        List<int[]> separators = new ArrayList<>(); // {position in digits, kind}
        int j = start;
        int groupStart = 0;
        while (j < n) {
            int d = digit(text.charAt(j));
            if (d >= 0) {
                digits.append((char) ('0' + d));
                j++;
                continue;
            }
            char c = text.charAt(j);
            int kind = isSpace(c) ? SPACE : c == '.' ? DOT : c == ',' ? COMMA : c == '\u066B' ? ARABIC_DECIMAL
                    : c == '\u066C' ? ARABIC_THOUSANDS : -1;
            if (kind < 0 || j + 1 >= n || digit(text.charAt(j + 1)) < 0) {
                break;
            }
            int group = countDigits(text, j + 1);
            if ((kind == SPACE || kind == ARABIC_THOUSANDS) && (group != 3 || digits.length() - groupStart > 3)) {
                break; // a space only groups thousands
            }
            separators.add(new int[] {digits.length(), kind});
            groupStart = digits.length();
            j++;
        }
        int end = j;
        if (digits.length() > MAX_DIGITS) {
            return end;
        }
        char after = end < n ? text.charAt(end) : ' ';
        boolean digitAfterNext = end + 1 < n && digit(text.charAt(end + 1)) >= 0;
        if (after == '%' || (after == '/' || after == ':' || after == 'h' || after == '.' || after == ',') && digitAfterNext
                || after == '-' && digitAfterNext && digits.length() <= 2) {
            return skipRun(text, end); // a percentage, a date, a time, a version
        }
        if (digits.length() > 1 && digits.charAt(0) == '0' && (separators.isEmpty() || separators.get(0)[0] > 1)) {
            return end; // a leading zero: a phone or a code, not a price
        }
        BigDecimal amount = amount(digits, separators);
        if (amount == null || amount.signum() <= 0) {
            return end;
        }
        // Currency after, with an optional multiplier in between.
        int k = skipSpaces(text, end);
        int multiplier = 1;
        boolean suffixK = false;
        Word word = wordAt(text, k);
        if (word != null && MULTIPLIERS.containsKey(word.normalized) && (k == end || !word.normalized.equals("m"))) {
            boolean thousandsSuffix = word.normalized.equals("k");
            multiplier = MULTIPLIERS.get(word.normalized);
            int m = skipSpaces(text, word.end);
            Word link = wordAt(text, m);
            int afterLink = link != null && LINKS.contains(link.normalized) ? skipSpaces(text, link.end) : -1;
            if (afterLink >= 0 && currencyAt(text, afterLink) != null) {
                m = afterLink;
            }
            k = m;
            end = word.end;
            suffixK = thousandsSuffix;
        }
        Currency written = currencyAt(text, k);
        Currency leading = written == null ? currencyBefore(text, start) : null;
        int priceStart = start;
        int priceEnd = end;
        String currency;
        String note = null;
        if (written != null) {
            currency = written.code;
            priceEnd = written.end;
        } else if (leading != null) {
            currency = leading.code;
            priceStart = leading.start;
        } else if (suffixK || priceWordBefore(text, start)) {
            currency = regionCurrency;
            note = "no currency written: " + regionCurrency + ", the currency of the operation's region, assumed";
        } else {
            return end;
        }
        if (currency.equals("DINAR")) {
            String[] resolved = dinar(countriesNamed);
            currency = resolved[0];
            note = resolved[1];
        }
        BigDecimal value = amount.multiply(BigDecimal.valueOf(multiplier)).stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        prices.add(new PriceSuggestion(value, currency, note, text.substring(priceStart, priceEnd), priceStart, priceEnd));
        return priceEnd;
    }

    private String[] dinar(List<String> countriesNamed) {
        for (String country : countriesNamed) {
            String code = DINAR_COUNTRIES.get(country);
            if (code != null) {
                return new String[] {code, "\"dinar\" read as " + code + ": the text names " + country};
            }
        }
        String code = DINAR_COUNTRIES.get(region);
        if (code != null) {
            return new String[] {code, "\"dinar\" read as " + code + ": the operation's region is " + region};
        }
        return new String[] {"LYD", "\"dinar\" read as LYD, the dinar of the central Mediterranean route: the text names no dinar country"};
    }

    private static BigDecimal amount(CharSequence digits, List<int[]> separators) {
        if (digits.isEmpty()) {
            return null;
        }
        // The decimal mark: an explicit Arabic one; else the last '.' or ',' unless three digits follow it and it is
        // the only separator of its kind (then it groups thousands).
        int decimal = -1;
        for (int s = 0; s < separators.size(); s++) {
            if (separators.get(s)[1] == ARABIC_DECIMAL) {
                decimal = s;
            }
        }
        if (decimal < 0 && !separators.isEmpty()) {
            int[] last = separators.get(separators.size() - 1);
            if (last[1] == DOT || last[1] == COMMA) {
                long sameKind = separators.stream().filter(s -> s[1] == last[1]).count();
                boolean otherKind = separators.stream().anyMatch(s -> s[1] != last[1] && (s[1] == DOT || s[1] == COMMA));
                boolean threeAfter = digits.length() - last[0] == 3;
                if (otherKind || !threeAfter && sameKind == 1) {
                    decimal = separators.size() - 1;
                }
            }
        }
        // Every other separator groups thousands: three digits after it, at most three before the first.
        for (int s = 0; s < separators.size(); s++) {
            if (s == decimal) {
                continue;
            }
            int groupEnd = s + 1 < separators.size() ? separators.get(s + 1)[0] : digits.length();
            if (groupEnd - separators.get(s)[0] != 3 || s == 0 && separators.get(0)[0] > 3 || decimal >= 0 && s > decimal) {
                return null; // "12.03.2024", "1.2.3": a date or a version
            }
        }
        int decimalAt = decimal < 0 ? -1 : separators.get(decimal)[0];
        String whole = decimalAt < 0 ? digits.toString() : digits.subSequence(0, decimalAt) + "." + digits.subSequence(decimalAt, digits.length());
        return new BigDecimal(whole);
    }

    private static int countDigits(String text, int from) {
        int k = from;
        while (k < text.length() && digit(text.charAt(k)) >= 0) {
            k++;
        }
        return k - from;
    }

    private static int skipRun(String text, int from) {
        int k = from;
        while (k < text.length() && (digit(text.charAt(k)) >= 0 || Character.isLetter(text.charAt(k)))) {
            k++;
        }
        return k;
    }

    /** Past a phone number or reference written in groups: digits, spaces, dots and dashes between digits. */
    private static int skipPhoneLike(String text, int from) {
        int k = from;
        while (k < text.length()) {
            char c = text.charAt(k);
            if (digit(c) >= 0 || (isSpace(c) || c == '.' || c == '-' || c == '(' || c == ')') && k + 1 < text.length()
                    && digit(text.charAt(k + 1)) >= 0) {
                k++;
            } else {
                break;
            }
        }
        return k;
    }

    private static int skipSpaces(String text, int from) {
        int k = from;
        while (k < text.length() && k - from < 3 && isSpace(text.charAt(k))) {
            k++;
        }
        return k;
    }

    private record Word(String raw, String normalized, int start, int end) {
    }

    /** The word of letters starting at {@code from} (none if it does not start one). */
    private static Word wordAt(String text, int from) {
        if (from >= text.length() || !Character.isLetter(text.charAt(from))) {
            return null;
        }
        int k = from;
        while (k < text.length() && k - from < 24 && (Character.isLetter(text.charAt(k)) || isMark(text.charAt(k)))) {
            k++;
        }
        if (k < text.length() && Character.isLetterOrDigit(text.charAt(k))) {
            return null;
        }
        String raw = text.substring(from, k);
        return new Word(raw, PlaceNames.normalize(raw), from, k);
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || c == '\u0640';
    }

    private record Currency(String code, int start, int end) {
    }

    /** A currency symbol, code or word at {@code from}, with the qualifier word that may follow it. */
    private static Currency currencyAt(String text, int from) {
        if (from >= text.length()) {
            return null;
        }
        char c = text.charAt(from);
        if (SYMBOLS.containsKey(c)) {
            return new Currency(SYMBOLS.get(c), from, from + 1);
        }
        if (text.startsWith("US$", from)) {
            return new Currency("USD", from, from + 3);
        }
        if (c == 'د' && from + 2 < text.length() && text.charAt(from + 1) == '.') {
            String code = switch (text.charAt(from + 2)) {
                case 'ل' -> "LYD";
                case 'ت' -> "TND";
                case 'ج' -> "DZD";
                default -> null;
            };
            if (code != null) {
                return new Currency(code, from, from + 3);
            }
        }
        Word word = wordAt(text, from);
        if (word == null) {
            return null;
        }
        String code = CAPITALS.get(word.raw);
        if (code == null && word.raw.length() == 3 && word.raw.equals(word.raw.toUpperCase(Locale.ROOT))
                && DefaultRates.isKnown(word.raw)) {
            code = word.raw;
        }
        if (code == null) {
            code = WORDS.get(word.normalized);
        }
        if (code == null) {
            return null;
        }
        int end = word.end;
        Word qualifier = wordAt(text, skipSpaces(text, end));
        if (qualifier != null && QUALIFIERS.containsKey(qualifier.normalized)) {
            code = QUALIFIERS.get(qualifier.normalized);
            end = qualifier.end;
        }
        return new Currency(code, from, end);
    }

    /** A currency symbol or code right before the number ("€ 1 400", "$3,500", "EUR 1.400", "US$ 900"). */
    private static Currency currencyBefore(String text, int numberStart) {
        int k = numberStart;
        int spaces = 0;
        while (k > 0 && isSpace(text.charAt(k - 1)) && spaces < 2) {
            k--;
            spaces++;
        }
        if (k == 0) {
            return null;
        }
        char c = text.charAt(k - 1);
        if (SYMBOLS.containsKey(c)) {
            int symbolStart = k >= 3 && text.startsWith("US$", k - 3) ? k - 3 : k - 1;
            return new Currency(SYMBOLS.get(c), symbolStart, k);
        }
        int w = k;
        while (w > 0 && k - w < 24 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        if (w == k || w > 0 && Character.isLetterOrDigit(text.charAt(w - 1))) {
            return null;
        }
        String raw = text.substring(w, k);
        if (raw.length() == 3 && raw.equals(raw.toUpperCase(Locale.ROOT)) && DefaultRates.isKnown(raw)) {
            return new Currency(raw, w, k);
        }
        String code = WORDS.get(PlaceNames.normalize(raw));
        return code != null && !code.equals("DINAR") && raw.length() == 3 ? new Currency(code, w, k) : null;
    }

    /** "EUR1400": letters before the number that are a capital currency code. */
    private static boolean isCapitalCodeEnd(String text, int numberStart) {
        return numberStart >= 3 && DefaultRates.isKnown(text.substring(numberStart - 3, numberStart))
                && (numberStart == 3 || !Character.isLetterOrDigit(text.charAt(numberStart - 4)));
    }

    /** A price word ("prix", "price", "سعر") among the two words before the number, and no reference word. */
    private static boolean priceWordBefore(String text, int numberStart) {
        int from = Math.max(0, numberStart - 24);
        List<String> words = PlaceNames.words(text.substring(from, numberStart));
        if (from > 0 && !words.isEmpty() && from < text.length() && Character.isLetterOrDigit(text.charAt(from - 1))) {
            words = words.subList(1, words.size()); // the first word was cut
        }
        int last = words.size();
        for (int w = last - 1; w >= Math.max(0, last - 2); w--) {
            String word = words.get(w);
            if (REFERENCE_WORDS.contains(word)) {
                return false;
            }
            if (PRICE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }
}

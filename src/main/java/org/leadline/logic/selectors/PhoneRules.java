package org.leadline.logic.selectors;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Phone numbers: the contract's rules on top of libphonenumber.
 *
 * <p>Canonical form is E.164. Region is the number's region when libphonenumber calls it valid,
 * otherwise the main region of its country calling code with {@code valid=false}. A number that
 * libphonenumber cannot even call "possible" (wrong length, unknown country code) does not normalise.
 *
 * <p>Results are cached by (digits, region): posts repeat the same numbers over and over, and
 * validation walks libphonenumber's metadata regexes, which is the slowest step of extraction.
 */
final class PhoneRules {

    static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private static final int CACHE_LIMIT = 20_000;
    private static final Map<String, Outcome> CACHE = new ConcurrentHashMap<>();

    private PhoneRules() {
    }

    /** What a string of digits amounts to as a phone number. */
    record Outcome(String e164, PhoneDetails details, String reason) {
        boolean normalised() {
            return e164 != null;
        }

        boolean valid() {
            return details != null && details.valid();
        }
    }

    /**
     * Converts Arabic-Indic (U+0660–0669) and Eastern Arabic / Persian (U+06F0–06F9) digits, and
     * full-width digits, to ASCII; returns -1 for anything that is not a digit.
     */
    static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return c - '\u0660';
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return c - '\u06F0';
        }
        if (c >= '\uFF10' && c <= '\uFF19') {
            return c - '\uFF10';
        }
        return -1;
    }

    /**
     * Normalises a value typed as one phone number: {@code tel:} URIs, {@code +}, {@code 00} and
     * {@code 011} prefixes, any of the usual separators, a "(0)" trunk hint after the country code.
     */
    static Outcome parseTyped(String value, String defaultRegion) {
        String s = value.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        for (String scheme : new String[] {"tel:", "callto:", "sms:", "whatsapp:"}) {
            if (lower.startsWith(scheme)) {
                s = s.substring(scheme.length());
                break;
            }
        }
        int q = s.indexOf('?');
        if (q >= 0) {
            s = s.substring(0, q); // tel:+123;ext=4?body=... : parameters are not part of the number
        }
        StringBuilder digits = new StringBuilder(s.length());
        boolean plus = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digitValue(c);
            if (d >= 0) {
                digits.append((char) ('0' + d));
            } else if ((c == '+' || c == '\uFF0B') && digits.length() == 0 && !plus) {
                plus = true;
            } else if (c == '(' && plus && s.startsWith("(0)", i) && digits.length() > 0) {
                i += 2; // "+44 (0)20 ..." : the bracketed trunk zero is dropped when dialling from abroad
            } else if (Character.isLetter(c)) {
                if (digits.length() > 0 && (s.regionMatches(true, i, "ext", 0, 3) || c == 'x' || c == 'X')) {
                    break; // an extension ("ext. 12", "x12") is not part of the selector
                }
                return new Outcome(null, null, "A phone number cannot contain the letter '" + c + "'.");
            } else if (c == ';') {
                break;
            }
        }
        if (digits.length() == 0) {
            return new Outcome(null, null, "There are no digits in this phone number.");
        }
        return fromDigits(digits.toString(), plus, defaultRegion);
    }

    /**
     * Interprets ASCII digits that were written with ({@code international}) or without a leading
     * {@code +}. Leading {@code 00} always means an international call; {@code 011} (the North
     * American exit code) does when what follows is a valid international number.
     */
    static Outcome fromDigits(String digits, boolean international, String defaultRegion) {
        String region = defaultRegion == null ? "ZZ" : defaultRegion.toUpperCase(Locale.ROOT);
        String key = (international ? "+" : "") + digits + "|" + region;
        Outcome cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        Outcome outcome = compute(digits, international, region);
        if (CACHE.size() >= CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(key, outcome);
        return outcome;
    }

    private static Outcome compute(String digits, boolean international, String region) {
        if (international) {
            return parse("+" + digits, region);
        }
        if (digits.startsWith("00")) {
            return parse("+" + digits.substring(2), region);
        }
        if (digits.startsWith("011") && digits.length() > 3) {
            Outcome abroad = parse("+" + digits.substring(3), region);
            if (abroad.valid()) {
                return abroad;
            }
            Outcome national = parse(digits, region);
            return national.normalised() ? national : abroad;
        }
        if ("ZZ".equals(region)) {
            return new Outcome(null, null, "The number has no country prefix and the operation has no default region.");
        }
        return parse(digits, region);
    }

    private static Outcome parse(String number, String region) {
        PhoneNumber parsed;
        try {
            parsed = UTIL.parse(number, region);
        } catch (NumberParseException e) {
            return new Outcome(null, null, parseFailure(e, number, region));
        }
        int countryCode = parsed.getCountryCode();
        String mainRegion = UTIL.getRegionCodeForCountryCode(countryCode);
        PhoneNumberUtil.ValidationResult possible = UTIL.isPossibleNumberWithReason(parsed);
        if (possible != PhoneNumberUtil.ValidationResult.IS_POSSIBLE
                && possible != PhoneNumberUtil.ValidationResult.IS_POSSIBLE_LOCAL_ONLY) {
            return new Outcome(null, null, impossible(possible, countryCode, mainRegion));
        }
        // libphonenumber calls a number valid exactly when it can give it a line type: asking for the type
        // once answers both questions and spares a second walk over the metadata patterns.
        PhoneNumberUtil.PhoneNumberType type = UTIL.getNumberType(parsed);
        boolean valid = type != PhoneNumberUtil.PhoneNumberType.UNKNOWN;
        if (!valid && !number.startsWith("+") && keptTrunkPrefix(parsed, region)) {
            // "06 12 34 56 7": libphonenumber keeps the trunk 0 when stripping it leaves too few digits;
            // "+33061234567" would be a canonical value nobody could dial.
            return new Outcome(null, null, "Not a valid number for " + region + "; a digit may be missing or extra.");
        }
        String numberRegion = valid ? UTIL.getRegionCodeForNumber(parsed) : mainRegion;
        String lineType = type.name().toLowerCase(Locale.ROOT);
        String e164 = UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164);
        return new Outcome(e164, new PhoneDetails(numberRegion, valid, lineType), null);
    }

    private static boolean keptTrunkPrefix(PhoneNumber parsed, String region) {
        String trunk = UTIL.getNddPrefixForRegion(region, true);
        return trunk != null && !trunk.isEmpty() && UTIL.getNationalSignificantNumber(parsed).startsWith(trunk);
    }

    private static String parseFailure(NumberParseException e, String number, String region) {
        return switch (e.getErrorType()) {
            case INVALID_COUNTRY_CODE -> number.startsWith("+")
                    ? "No country uses the calling code at the start of " + number + "."
                    : "The number has no country prefix and '" + region + "' is not a known region.";
            case TOO_SHORT_NSN, TOO_SHORT_AFTER_IDD -> "The number is too short to be a phone number.";
            case TOO_LONG -> "The number is too long to be a phone number.";
            case NOT_A_NUMBER -> "This is not a phone number.";
        };
    }

    private static String impossible(PhoneNumberUtil.ValidationResult why, int countryCode, String region) {
        String where = "+" + countryCode + " (" + region + ")";
        return switch (why) {
            case TOO_SHORT -> "The number is too short for " + where + ".";
            case TOO_LONG -> "The number is too long for " + where + ".";
            case INVALID_COUNTRY_CODE -> "No country uses the calling code +" + countryCode + ".";
            default -> "The number has a length that " + where + " does not use.";
        };
    }
}

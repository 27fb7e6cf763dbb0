package org.leadline.logic.selectors;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * IBANs: upper case without spaces, ISO 13616 mod-97 check, and the length each country uses.
 *
 * <p>The length table is the SWIFT IBAN registry plus the national IBAN-like formats of several
 * African countries (Algeria, Morocco, Senegal, Mali...) that appear in payment instructions along
 * the routes. A country missing from the table is still accepted when the mod-97 check holds.
 */
final class IbanRules {

    static final Map<String, Integer> LENGTHS = new HashMap<>();

    static {
        String table = "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27"
                + " DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 HU28 IE22"
                + " IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20"
                + " MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24"
                + " SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30"
                // IBAN-like national formats, not in the SWIFT registry
                + " DZ26 MA28 SN28 ML28 BF28 BJ28 CI28 NE28 TG28 GW25 CM27 CF27 CG27 GA27 GQ27 TD27 MG27 AO25 CV25"
                + " MZ25 IR26 KM27";
        for (String entry : table.trim().split("\\s+")) {
            LENGTHS.put(entry.substring(0, 2), Integer.parseInt(entry.substring(2)));
        }
    }

    private IbanRules() {
    }

    record Outcome(String canonical, String reason) {
        boolean verified() {
            return reason == null;
        }
    }

    /** Removes spaces, dashes and dots, upper-cases, then checks shape, length and mod-97. */
    static Outcome normalize(String value) {
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '.') {
                continue;
            }
            b.append(Character.toUpperCase(c));
        }
        String iban = b.toString();
        if (iban.startsWith("IBAN")) {
            iban = iban.substring(4);
            if (iban.startsWith(":")) {
                iban = iban.substring(1);
            }
        }
        return check(iban);
    }

    static Outcome check(String iban) {
        if (iban.length() < 5 || !isLetter(iban.charAt(0)) || !isLetter(iban.charAt(1))
                || !isDigit(iban.charAt(2)) || !isDigit(iban.charAt(3))) {
            return new Outcome(iban, "An IBAN starts with a two-letter country code and two check digits.");
        }
        for (int i = 4; i < iban.length(); i++) {
            char c = iban.charAt(i);
            if (!isLetter(c) && !isDigit(c)) {
                return new Outcome(iban, "An IBAN holds only letters and digits, not '" + c + "'.");
            }
        }
        String country = iban.substring(0, 2);
        Integer expected = LENGTHS.get(country);
        if (expected != null && iban.length() != expected) {
            return new Outcome(iban, country + " IBANs have " + expected + " characters, this one has " + iban.length() + ".");
        }
        if (iban.length() < 15 || iban.length() > 34) {
            return new Outcome(iban, "An IBAN has 15 to 34 characters, this one has " + iban.length() + ".");
        }
        if (mod97(iban) != 1) {
            return new Outcome(iban, "The IBAN's check digits do not match (mod-97 check fails).");
        }
        return new Outcome(iban, null);
    }

    /** ISO 7064 mod 97-10 over the IBAN with its first four characters moved to the end, letters as 10–35. */
    static int mod97(String iban) {
        int remainder = 0;
        int n = iban.length();
        for (int k = 0; k < n; k++) {
            char c = iban.charAt((k + 4) % n);
            int v = isDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = v >= 10 ? (remainder * 100 + v) % 97 : (remainder * 10 + v) % 97;
        }
        return remainder;
    }

    static boolean isKnownCountry(String code) {
        return LENGTHS.containsKey(code.toUpperCase(Locale.ROOT));
    }

    static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

package org.leadline.logic.workspace;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 checks, from the JDK's own list. */
public final class Countries {
    private static final Set<String> ALPHA2 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private Countries() {
    }

    public static String requireAlpha2(String code, String what) {
        String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!ALPHA2.contains(upper)) {
            throw new IllegalArgumentException("The " + what + " '" + code + "' is not a two-letter ISO country code (e.g. FR, IT, TR).");
        }
        return upper;
    }
}

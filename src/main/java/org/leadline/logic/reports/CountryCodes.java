package org.leadline.logic.reports;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Between the alpha-2 codes of phones and routes and the ICAO (alpha-3) codes of documents, and the countries' names. */
public final class CountryCodes {
    private static final Map<String, String> ALPHA2_OF_ICAO = new HashMap<>();

    static {
        for (String alpha2 : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)) {
            ALPHA2_OF_ICAO.put(new Locale("", alpha2).getISO3Country(), alpha2);
        }
        // ICAO 9303's own codes for states that ISO writes otherwise.
        ALPHA2_OF_ICAO.put("D", "DE");
        for (String british : new String[] {"GBD", "GBN", "GBO", "GBP", "GBS"}) {
            ALPHA2_OF_ICAO.put(british, "GB");
        }
        ALPHA2_OF_ICAO.put("RKS", "XK");
    }

    private CountryCodes() {
    }

    /** The alpha-2 code of a document's issuer, or null for an organisation, a stateless code or an unknown one. */
    public static String alpha2OfIcao(String icao) {
        return icao == null ? null : ALPHA2_OF_ICAO.get(icao.toUpperCase(Locale.ROOT));
    }

    /** The English name of an alpha-2 code ("Libya"), the code itself when the JDK knows none. */
    public static String name(String alpha2) {
        if (alpha2 == null || alpha2.isBlank()) {
            return "";
        }
        String name = new Locale("", alpha2).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() || name.equalsIgnoreCase(alpha2) ? alpha2 : name;
    }
}

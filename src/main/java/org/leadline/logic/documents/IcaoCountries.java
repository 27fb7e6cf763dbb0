package org.leadline.logic.documents;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The codes a document may name as issuing state or nationality: ISO 3166-1 alpha-3 from the JDK, plus the codes
 * ICAO 9303 part 3 adds outside ISO 3166 (D for Germany, the stateless and refugee codes, organisations, specimens).
 */
final class IcaoCountries {
    private static final Set<String> CODES = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

    static {
        CODES.addAll(Set.of("D", "UTO", "XXA", "XXB", "XXC", "XXX", "EUE", "UNO", "UNA", "UNK", "XBA", "XIM", "XCC", "XCE",
                "XCO", "XEC", "XPO", "XES", "XMP", "XOM", "XDC", "XAA", "RKS", "GBD", "GBN", "GBO", "GBP", "GBS"));
    }

    private IcaoCountries() {
    }

    static boolean isKnown(String code) {
        return CODES.contains(code);
    }
}

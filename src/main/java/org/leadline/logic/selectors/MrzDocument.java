package org.leadline.logic.selectors;

import java.time.LocalDate;
import java.util.List;

/**
 * The fields of an ICAO 9303 machine-readable zone, fillers removed.
 *
 * @param format       "TD1" (3×30), "TD2" (2×36) or "TD3" (2×44)
 * @param documentCode the two-character document code as printed, fillers removed (e.g. "P", "ID", "V")
 * @param type         the canonical type: passport, idcard, visa or document
 * @param issuer       the issuing state or organisation code as printed (D, UTO, XXA kept as they are)
 * @param number       the document number, fillers removed, long numbers (TD1/TD2 extension) joined
 * @param surname      primary identifier, fillers turned into spaces
 * @param givenNames   secondary identifier, fillers turned into spaces; empty when absent
 * @param nationality  nationality code as printed
 * @param birthDate    date of birth, null when unknown or not a date; the century is the most recent one that
 *                     does not put the birth in the future
 * @param sex          F, M or X (the filler, meaning unspecified)
 * @param expiryDate   date of expiry, null when unknown or not a date
 * @param optionalData the optional data (personal number), fillers removed; empty when absent
 * @param checks       every check digit of the zone, in the order of the zone
 */
public record MrzDocument(
        String format,
        String documentCode,
        String type,
        String issuer,
        String number,
        String surname,
        String givenNames,
        String nationality,
        LocalDate birthDate,
        String sex,
        LocalDate expiryDate,
        String optionalData,
        List<MrzCheck> checks) {

    public MrzDocument {
        checks = List.copyOf(checks);
    }

    /** The document selector's canonical value, {@code <type>:<issuer>:<number>}. */
    public String canonical() {
        return type + ":" + issuer + ":" + number;
    }

    /** Whether every check digit agrees. */
    public boolean allChecksPass() {
        return checks.stream().allMatch(MrzCheck::ok);
    }

    /** The first field whose check digit fails, or null when all agree. */
    public String firstFailingField() {
        return checks.stream().filter(c -> !c.ok()).map(MrzCheck::field).findFirst().orElse(null);
    }
}

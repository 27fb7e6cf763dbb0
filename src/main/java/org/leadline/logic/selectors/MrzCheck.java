package org.leadline.logic.selectors;

/**
 * One check digit of a machine-readable zone.
 *
 * @param field    the field it protects ("document number", "birth date", "expiry date", "personal number",
 *                 "optional data", "composite")
 * @param written  the check digit as printed in the zone
 * @param computed the digit ICAO 9303's 7-3-1 rule gives for the field
 * @param ok       whether they agree
 */
public record MrzCheck(String field, char written, int computed, boolean ok) {
}

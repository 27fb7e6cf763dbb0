package org.leadline.model;

/**
 * One check digit of a document's machine-readable zone, as read when the record was made.
 *
 * @param field    the field it protects ("document number", "birth date", "expiry date", "personal number", "composite")
 * @param written  the digit printed in the zone ('<' for a filler)
 * @param computed the digit ICAO 9303's 7-3-1 rule gives
 */
public record CheckDigit(String field, char written, int computed) {

    public boolean ok() {
        int value = written == '<' ? 0 : (written >= '0' && written <= '9' ? written - '0' : -1);
        return value == computed;
    }
}

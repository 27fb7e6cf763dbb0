package org.leadline.logic.selectors;

/**
 * What {@link MrzParser} made of a zone.
 *
 * @param document     the fields read from the zone; null only when the text is not laid out as a TD1, TD2 or TD3 zone
 * @param failingField the first field whose check digit failed ("layout" when the zone could not be read), null when valid
 * @param reason       one sentence an officer can read; null when valid
 */
public record MrzResult(MrzDocument document, String failingField, String reason) {

    /** Whether the zone was read and every check digit agrees. */
    public boolean valid() {
        return document != null && failingField == null;
    }
}

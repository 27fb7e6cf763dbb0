package org.leadline.logic.offers;

import org.leadline.model.Place;

/**
 * A country or place named in a text (by a name in one of the gazetteer's languages, or by an emoji flag).
 *
 * @param arabicTo the name carries the Arabic prefix ل ("to"), as in لإيطاليا
 */
public record PlaceMention(Place place, int start, int end, boolean arabicTo) {
}

package org.leadline.logic.offers;

import org.leadline.model.OfferType;
import org.leadline.model.PriceUnit;
import org.leadline.model.Transport;

/**
 * An offer proposed from a pasted post, for the officer to confirm, correct or drop; nothing is stored.
 *
 * @param price null when the post names a route but no price
 * @param route null when no route was found near the price
 * @param transport null when the post does not say
 * @param offeredText the line the offer was read from, in the seller's words
 */
public record OfferSuggestion(OfferType type, PriceSuggestion price, PriceUnit unit, RouteSuggestion route, Transport transport,
                              String offeredText, int start, int end) {
}

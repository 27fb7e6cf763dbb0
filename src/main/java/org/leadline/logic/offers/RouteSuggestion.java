package org.leadline.logic.offers;

import java.util.List;
import org.leadline.model.Place;

/** A route found in a text: origin, the places in between and the destination, each resolved by the gazetteer. */
public record RouteSuggestion(Place from, List<Place> via, Place to, String raw, int start, int end) {

    public RouteSuggestion {
        via = List.copyOf(via);
    }
}

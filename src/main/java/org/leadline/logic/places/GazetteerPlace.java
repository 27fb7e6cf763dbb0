package org.leadline.logic.places;

import java.util.List;

/**
 * A place on the routes: a port, beach, island, border town, transit city or city, with its country and coordinates.
 *
 * @param kind port, beach, island, border, transit or city
 */
public record GazetteerPlace(String name, String country, double latitude, double longitude, String kind, List<String> aliases) {

    public GazetteerPlace {
        aliases = List.copyOf(aliases);
    }
}

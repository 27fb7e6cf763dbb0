package org.leadline.logic.links;

import java.util.List;
import java.util.Map;

/**
 * A cluster of the link chart: leads more linked to each other than to the rest, a possible facilitator network.
 *
 * @param cluster        the cluster's number on the chart (0 is the first of {@link LinkGraph#networks()})
 * @param members        its leads, possible facilitators first, then by value
 * @param facilitators   how many of them are categorised as possible facilitators
 * @param phoneCountries the countries of its phones with how many phones each, most first
 * @param links          the links inside the cluster
 */
public record Network(int cluster, List<LinkNode> members, int facilitators, Map<String, Integer> phoneCountries, int links) {

    public int size() {
        return members.size();
    }
}

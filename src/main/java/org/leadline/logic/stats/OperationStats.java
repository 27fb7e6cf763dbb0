package org.leadline.logic.stats;

import java.util.List;
import java.util.Map;

/**
 * The counters a press release quotes, for one operation (see the command line's {@code stats --json}).
 * {@code leads} counts entities: a selector found by three officers counts once.
 */
public record OperationStats(
        String operation,
        int leads,
        Map<String, Integer> byKind,
        int uniqueHandlesAndUrls,
        int phones,
        int phoneCountries,
        int facilitators,
        Map<String, Integer> incidents,
        int documents,
        int documentCountries,
        int faceImagesChecked,
        int attachments,
        int offers,
        List<RouteStats> routes,
        int officers,
        int packagesImported,
        int conflicts) {

    /** Offers along one route with their prices in EUR. */
    public record RouteStats(String from, String to, int offers, double minEur, double medianEur, double maxEur) {
    }
}

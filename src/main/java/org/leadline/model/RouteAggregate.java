package org.leadline.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/**
 * The live offers of an operation along one route, origin country to destination country: how many, their EUR prices,
 * the platforms they were seen on and how many were seen each day (UTC), for a trend.
 */
public record RouteAggregate(String from, String to, int offers, BigDecimal minEur, BigDecimal medianEur, BigDecimal maxEur,
                             List<String> platforms, SortedMap<LocalDate, Integer> perDay) {

    public RouteAggregate {
        platforms = List.copyOf(platforms);
        perDay = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(perDay));
    }
}

package org.leadline.logic.picture;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.leadline.logic.stats.OperationStats;
import org.leadline.model.LeadScope;

/**
 * The operation picture: the counters of {@code stats} as tiles and the charts of the dashboard, every number with the
 * scope of the leads behind it (null where a number does not count leads: offers, packages, conflicts).
 *
 * @param leadsPerHour    live leads by the hour (UTC) they were first seen, oldest first, hours without leads as 0
 *                        while the span is at most {@link PictureService#MAX_FILLED_HOURS}
 * @param leadsPerOfficer live leads each officer has a live record of, most first
 * @param phonesByCountry live phone numbers per region (ISO alpha-2), most first
 * @param documentsByCountry live document leads per issuing state, most first
 * @param platforms       live leads per platform, most first
 * @param incidents       incidents per offer type, as stats counts them (offers, and incident leads no offer names)
 * @param routes          travel offers per route with their prices in EUR, most offers first
 * @param sightings       sightings over time, in buckets chosen from the span
 */
public record OperationPicture(
        UUID operationId,
        Instant computedAt,
        OperationStats stats,
        List<Tile> tiles,
        List<Bar> leadsPerHour,
        List<Bar> leadsPerOfficer,
        List<Bar> phonesByCountry,
        List<Bar> documentsByCountry,
        List<Bar> platforms,
        List<Bar> incidents,
        List<OperationStats.RouteStats> routes,
        Timeline sightings) {

    public OperationPicture {
        tiles = List.copyOf(tiles);
        leadsPerHour = List.copyOf(leadsPerHour);
        leadsPerOfficer = List.copyOf(leadsPerOfficer);
        phonesByCountry = List.copyOf(phonesByCountry);
        documentsByCountry = List.copyOf(documentsByCountry);
        platforms = List.copyOf(platforms);
        incidents = List.copyOf(incidents);
        routes = List.copyOf(routes);
    }

    /**
     * One counter of stats. {@code name} is the counter's field in {@code stats --json} ({@code leads},
     * {@code uniqueHandlesAndUrls}, {@code incidents.travel}, {@code byKind.email} …); {@code value} is that counter.
     * Where the counter counts something other than leads (countries, images, incidents) the scope holds the leads
     * behind it, and {@code countsLeads} is false: the drill-down's count then differs from the value.
     */
    public record Tile(String name, int value, LeadScope scope, boolean countsLeads) {
        public Optional<LeadScope> drilldown() {
            return Optional.ofNullable(scope);
        }
    }

    /**
     * One bar of a chart: {@code key} is what it stands for (an hour's ISO instant, a fingerprint, a country code, a
     * platform, an offer type's wire name), {@code label} what to print under it, {@code value} its height.
     */
    public record Bar(String key, String label, int value, LeadScope scope) {
    }

    /** Sightings per time bucket, oldest first, empty buckets as 0. */
    public record Timeline(Duration bucket, List<Bucket> buckets) {
        public Timeline {
            buckets = List.copyOf(buckets);
        }

        public int total() {
            return buckets.stream().mapToInt(Bucket::sightings).sum();
        }
    }

    public record Bucket(Instant start, int sightings) {
    }

    /** The tile of a counter, by its name. */
    public Optional<Tile> tile(String name) {
        return tiles.stream().filter(tile -> tile.name().equals(name)).findFirst();
    }
}

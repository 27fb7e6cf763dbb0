package org.leadline.logic.picture;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.leadline.logic.stats.OperationStats;
import org.leadline.logic.stats.StatsService;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.LeadKind;
import org.leadline.model.LeadScope;
import org.leadline.model.OfferType;
import org.leadline.model.Officer;
import org.leadline.persistence.OfficerRepository;
import org.leadline.persistence.PictureRepository;

/**
 * The operation picture (issue [6]): what the press release quotes, each number one click from the leads behind it.
 * The counters come from StatsService and the charts (hours, platforms, officers, the sightings timeline) from running
 * tallies that every write keeps (V3, V10, V11): the picture costs the same for a thousand leads as for a million.
 */
public final class PictureService {
    /** Leads per hour fills its empty hours while the operation spans at most two weeks; beyond, only hours with leads. */
    public static final int MAX_FILLED_HOURS = 14 * 24;
    /** The timeline aims at no more than this many buckets. */
    static final int MAX_BUCKETS = 120;
    private static final List<Duration> BUCKETS = List.of(Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(3),
            Duration.ofHours(6), Duration.ofHours(12), Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(30));

    private final Workspace workspace;

    public PictureService(Workspace workspace) {
        this.workspace = workspace;
    }

    public OperationPicture picture(UUID operationId) {
        OperationStats stats = new StatsService(workspace).stats(operationId, StatsService.Detail.WITH_ROUTES);
        return workspace.jdbi().withHandle(handle -> {
            PictureRepository picture = new PictureRepository(handle);
            List<PictureRepository.HourPlatform> cells = picture.entitiesByHourAndPlatform(operationId);
            return new OperationPicture(operationId, workspace.clock().instant(), stats, tiles(stats),
                    perHour(cells), perOfficer(handle, picture.entitiesByOrigin(operationId)),
                    countries(picture.tallyBy(operationId, LeadKind.PHONE, "region"), LeadScope::phoneCountry),
                    countries(picture.tallyBy(operationId, LeadKind.DOCUMENT, "issuer"), LeadScope::documentCountry),
                    platforms(cells), incidents(stats), stats.routes(), timeline(picture, operationId));
        });
    }

    /** How many live leads a scope holds: exactly the leads the lead table shows for it. */
    public int count(UUID operationId, LeadScope scope) {
        return workspace.jdbi().withHandle(handle -> new PictureRepository(handle).count(operationId, scope));
    }

    /** The ids of the live leads a scope holds, in no particular order. */
    public List<UUID> leadIds(UUID operationId, LeadScope scope) {
        return workspace.jdbi().withHandle(handle -> new PictureRepository(handle).ids(operationId, scope));
    }

    /** Every counter of stats in the order the dashboard shows them; routes are a table of their own. */
    static List<OperationPicture.Tile> tiles(OperationStats stats) {
        List<OperationPicture.Tile> tiles = new ArrayList<>();
        tiles.add(leads("leads", stats.leads(), LeadScope.all()));
        tiles.add(leads("uniqueHandlesAndUrls", stats.uniqueHandlesAndUrls(), LeadScope.of(LeadScope.Kind.HANDLES_AND_URLS)));
        tiles.add(leads("phones", stats.phones(), LeadScope.leadKind(LeadKind.PHONE)));
        tiles.add(other("phoneCountries", stats.phoneCountries(), LeadScope.of(LeadScope.Kind.PHONES_WITH_COUNTRY)));
        tiles.add(leads("facilitators", stats.facilitators(), LeadScope.of(LeadScope.Kind.FACILITATORS)));
        for (OfferType type : OfferType.values()) {
            tiles.add(other("incidents." + type.wireName(), stats.incidents().getOrDefault(type.wireName(), 0),
                    LeadScope.incident(type)));
        }
        tiles.add(leads("documents", stats.documents(), LeadScope.leadKind(LeadKind.DOCUMENT)));
        tiles.add(other("documentCountries", stats.documentCountries(), LeadScope.of(LeadScope.Kind.DOCUMENTS_WITH_COUNTRY)));
        tiles.add(other("faceImagesChecked", stats.faceImagesChecked(), LeadScope.of(LeadScope.Kind.FACE_IMAGES_CHECKED)));
        tiles.add(other("attachments", stats.attachments(), LeadScope.of(LeadScope.Kind.WITH_ATTACHMENTS)));
        for (LeadKind kind : List.of(LeadKind.HANDLE, LeadKind.URL, LeadKind.EMAIL, LeadKind.IBAN, LeadKind.CRYPTO)) {
            tiles.add(leads("byKind." + kind.wireName(), stats.byKind().getOrDefault(kind.wireName(), 0), LeadScope.leadKind(kind)));
        }
        tiles.add(other("officers", stats.officers(), null));
        tiles.add(other("offers", stats.offers(), null));
        tiles.add(other("packagesImported", stats.packagesImported(), null));
        tiles.add(other("conflicts", stats.conflicts(), null));
        return tiles;
    }

    private static OperationPicture.Tile leads(String name, int value, LeadScope scope) {
        return new OperationPicture.Tile(name, value, scope, true);
    }

    private static OperationPicture.Tile other(String name, int value, LeadScope scope) {
        return new OperationPicture.Tile(name, value, scope, false);
    }

    private static List<OperationPicture.Bar> perHour(List<PictureRepository.HourPlatform> cells) {
        TreeMap<Instant, Integer> hours = new TreeMap<>();
        cells.forEach(cell -> hours.merge(cell.hour(), cell.leads(), Integer::sum));
        if (!hours.isEmpty() && Duration.between(hours.firstKey(), hours.lastKey()).toHours() < MAX_FILLED_HOURS) {
            for (Instant hour = hours.firstKey(); hour.isBefore(hours.lastKey()); hour = hour.plus(Duration.ofHours(1))) {
                hours.putIfAbsent(hour, 0);
            }
        }
        List<OperationPicture.Bar> bars = new ArrayList<>();
        hours.forEach((hour, n) -> bars.add(new OperationPicture.Bar(hour.toString(), hour.toString(), n, LeadScope.firstSeenHour(hour))));
        return bars;
    }

    private static List<OperationPicture.Bar> platforms(List<PictureRepository.HourPlatform> cells) {
        Map<String, Integer> platforms = new HashMap<>();
        cells.stream().filter(cell -> !cell.platform().isEmpty())
                .forEach(cell -> platforms.merge(cell.platform(), cell.leads(), Integer::sum));
        return platforms.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> new OperationPicture.Bar(entry.getKey(), entry.getKey(), entry.getValue(), LeadScope.platform(entry.getKey())))
                .toList();
    }

    /** Officers by name (and country) where the workspace knows their key, else by the start of the fingerprint. */
    private static List<OperationPicture.Bar> perOfficer(Handle handle, Map<String, Integer> byOrigin) {
        Map<String, Officer> known = new HashMap<>();
        new OfficerRepository(handle).all().forEach(officer -> known.put(officer.fingerprint(), officer));
        return byOrigin.entrySet().stream().map(entry -> {
            Officer officer = known.get(entry.getKey());
            String label = officer == null ? entry.getKey().substring(0, Math.min(8, entry.getKey().length()))
                    : officer.name() + " (" + officer.country() + ")";
            return new OperationPicture.Bar(entry.getKey(), label, entry.getValue(), LeadScope.officer(entry.getKey()));
        }).toList();
    }

    private static List<OperationPicture.Bar> countries(Map<String, Integer> counts, java.util.function.Function<String, LeadScope> scope) {
        return counts.entrySet().stream()
                .map(entry -> new OperationPicture.Bar(entry.getKey(), entry.getKey(), entry.getValue(), scope.apply(entry.getKey())))
                .toList();
    }

    private static List<OperationPicture.Bar> incidents(OperationStats stats) {
        List<OperationPicture.Bar> bars = new ArrayList<>();
        for (OfferType type : OfferType.values()) {
            bars.add(new OperationPicture.Bar(type.wireName(), type.wireName(), stats.incidents().getOrDefault(type.wireName(), 0),
                    LeadScope.incident(type)));
        }
        return bars;
    }

    private static OperationPicture.Timeline timeline(PictureRepository picture, UUID operationId) {
        List<PictureRepository.SightingMinute> minutes = picture.sightingsPerMinute(operationId);
        if (minutes.isEmpty()) {
            return new OperationPicture.Timeline(Duration.ofHours(1), List.of());
        }
        // The span is taken between the first and the last minute: the bucket it picks is within a minute of exact.
        Instant firstMinute = minutes.stream().map(PictureRepository.SightingMinute::minute).min(Comparator.naturalOrder()).orElseThrow();
        Instant lastMinute = minutes.stream().map(PictureRepository.SightingMinute::minute).max(Comparator.naturalOrder()).orElseThrow();
        Duration bucket = bucketFor(Duration.between(firstMinute, lastMinute));
        long seconds = bucket.toSeconds();
        // Every bucket is a whole number of minutes from the epoch, so a minute lies in one bucket only.
        Map<Instant, Integer> counts = new TreeMap<>();
        minutes.forEach(minute -> counts.merge(Instant.ofEpochSecond(Math.floorDiv(minute.minute().getEpochSecond(), seconds) * seconds),
                minute.sightings(), Integer::sum));
        List<OperationPicture.Bucket> buckets = new ArrayList<>();
        Instant first = counts.keySet().stream().min(Comparator.naturalOrder()).orElseThrow();
        Instant last = counts.keySet().stream().max(Comparator.naturalOrder()).orElseThrow();
        for (Instant start = first; !start.isAfter(last); start = start.plusSeconds(seconds)) {
            buckets.add(new OperationPicture.Bucket(start, counts.getOrDefault(start, 0)));
        }
        return new OperationPicture.Timeline(bucket, buckets);
    }

    /** The smallest bucket that cuts the span into at most {@link #MAX_BUCKETS}. */
    static Duration bucketFor(Duration span) {
        for (Duration bucket : BUCKETS) {
            if (span.toSeconds() / bucket.toSeconds() < MAX_BUCKETS) {
                return bucket;
            }
        }
        return BUCKETS.get(BUCKETS.size() - 1);
    }
}

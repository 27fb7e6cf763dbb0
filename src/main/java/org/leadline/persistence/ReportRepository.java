package org.leadline.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.leadline.model.LeadKind;
import org.leadline.model.LeadSummary;
import org.leadline.model.Offer;

/**
 * What a report reads beyond the counters: the most seen entities of a kind per country (bounded in the database, so a
 * report of 300,000 leads reads a few thousand rows), every live entity streamed for the CSV and STIX files, and the
 * lead entities that offers name.
 */
public final class ReportRepository {
    private final Handle handle;

    public ReportRepository(Handle handle) {
        this.handle = handle;
    }

    /**
     * The {@code perRegion} most seen live phone entities of each region named (with its count of phones), most seen
     * first, ties by id. Regions with more phones than that fill up within the first few thousand phones down the
     * sightings index (a ranking over every phone took seconds at 300,000 leads): the walk reads four times as far
     * each time some region is still short. Regions with fewer phones are read whole, in one pass over the phones.
     */
    public Map<String, List<LeadSummary>> topPhonesByRegion(UUID operationId, Map<String, Integer> phonesPerRegion, int perRegion) {
        return topPhonesByRegion(operationId, phonesPerRegion, perRegion, FIRST_REACH);
    }

    /** With the walk's first reach given (tests make it short, to read further more than once). */
    Map<String, List<LeadSummary>> topPhonesByRegion(UUID operationId, Map<String, Integer> phonesPerRegion, int perRegion, long firstReach) {
        Map<String, List<LeadSummary>> out = new LinkedHashMap<>();
        List<String> few = phonesPerRegion.entrySet().stream().filter(entry -> entry.getValue() <= perRegion).map(Map.Entry::getKey).toList();
        if (!few.isEmpty()) {
            handle.createQuery("""
                            SELECT * FROM lead_entity e USE INDEX (ix_entity_kind)
                            WHERE e.operation_id = :op AND e.kind = 'phone' AND e.live AND e.region IN (<regions>)""")
                    .bind("op", operationId).bindList("regions", few)
                    .map((rs, ctx) -> Map.entry(rs.getString("region"), LeadRepository.mapSummary(rs)))
                    .forEach(row -> out.computeIfAbsent(row.getKey(), key -> new ArrayList<>()).add(row.getValue()));
            out.values().forEach(phones -> phones.sort(MOST_SEEN));
        }
        Set<String> filling = new HashSet<>(phonesPerRegion.keySet());
        few.forEach(filling::remove);
        for (long reach = firstReach; !filling.isEmpty(); reach *= 4) {
            Map<String, List<LeadSummary>> found = new HashMap<>();
            Set<String> stillShort = new HashSet<>(filling);
            List<Map.Entry<String, LeadSummary>> phones = handle.createQuery("""
                            SELECT * FROM lead_entity e USE INDEX (ix_entity_sightings)
                            WHERE e.operation_id = :op AND e.live AND e.kind = 'phone'
                            ORDER BY e.operation_id, e.sightings DESC, e.id DESC LIMIT :reach""")
                    .bind("op", operationId).bind("reach", reach)
                    .map((rs, ctx) -> Map.entry(String.valueOf(rs.getString("region")), LeadRepository.mapSummary(rs))).list();
            for (Map.Entry<String, LeadSummary> phone : phones) {
                if (stillShort.contains(phone.getKey())) {
                    List<LeadSummary> kept = found.computeIfAbsent(phone.getKey(), key -> new ArrayList<>());
                    kept.add(phone.getValue());
                    if (kept.size() == perRegion) {
                        stillShort.remove(phone.getKey());
                    }
                }
            }
            if (stillShort.isEmpty() || phones.size() < reach) {
                out.putAll(found);
                break;
            }
        }
        return out;
    }

    private static final long FIRST_REACH = 4_000;

    /** As the sightings index orders them: most seen first, then by id, descending. */
    private static final Comparator<LeadSummary> MOST_SEEN = Comparator.comparingInt(LeadSummary::sightings)
            .thenComparing(LeadSummary::id, LeadRepository::compareAsH2).reversed();

    /** The {@code limit} most seen live entities of a category (through the sightings index). */
    public List<LeadSummary> mostSeen(UUID operationId, String category, int limit) {
        return handle.createQuery("""
                        SELECT * FROM lead_entity e USE INDEX (ix_entity_sightings)
                        WHERE e.operation_id = :op AND e.live AND (:category IS NULL OR e.category = :category)
                        ORDER BY e.operation_id, e.sightings DESC, e.id DESC LIMIT :n""")
                .bind("op", operationId).bind("category", category).bind("n", limit)
                .map((rs, ctx) -> LeadRepository.mapSummary(rs)).list();
    }

    /** Every live entity of a kind, in value order, streamed to the consumer (CSV and STIX files hold them all). */
    public void eachLive(UUID operationId, LeadKind kind, Consumer<LiveEntity> each) {
        try (var rows = handle.createQuery("""
                        SELECT * FROM lead_entity e USE INDEX (ix_entity_value)
                        WHERE e.operation_id = :op AND e.live AND (:kind IS NULL OR e.kind = :kind)
                        ORDER BY e.operation_id, e.canonical, e.kind""")
                .bind("op", operationId).bind("kind", kind == null ? null : kind.wireName())
                .setFetchSize(1_000)
                .map((rs, ctx) -> new LiveEntity(LeadRepository.mapSummary(rs), rs.getString("region"), rs.getString("platform")))
                .stream()) {
            rows.forEach(each);
        }
    }

    /** A live entity with the region of a phone and the platform of a handle. */
    public record LiveEntity(LeadSummary lead, String region, String platform) {
    }

    /** The live entities that hold the given lead records (the ids an offer names), by record id. */
    public Map<UUID, LeadSummary> entitiesOfRecords(Collection<UUID> recordIds) {
        Map<UUID, LeadSummary> out = new LinkedHashMap<>();
        List<UUID> ids = List.copyOf(recordIds);
        for (int from = 0; from < ids.size(); from += 1_000) {
            handle.createQuery("SELECT l.id AS record_id, e.* FROM lead l JOIN lead_entity e ON e.id = l.entity_id WHERE l.id IN (<ids>) AND e.live")
                    .bindList("ids", ids.subList(from, Math.min(ids.size(), from + 1_000)))
                    .map((rs, ctx) -> Map.entry(rs.getObject("record_id", UUID.class), LeadRepository.mapSummary(rs)))
                    .forEach(entry -> out.put(entry.getKey(), entry.getValue()));
        }
        return out;
    }

    /** Every live offer, newest first, a page at a time (keyset through {@link OfferRepository#page}). */
    public void eachOffer(UUID operationId, Consumer<Offer> each) {
        OfferRepository offers = new OfferRepository(handle);
        Offer after = null;
        while (true) {
            List<Offer> page = offers.page(operationId, after, 1_000);
            page.forEach(each);
            if (page.size() < 1_000) {
                return;
            }
            after = page.get(page.size() - 1);
        }
    }

    /** Lead records per officer (key fingerprint), most first: the officer tally every write keeps. */
    public Map<String, Integer> recordsPerOrigin(UUID operationId) {
        Map<String, Integer> out = new LinkedHashMap<>();
        handle.createQuery("SELECT origin, n FROM officer_tally WHERE operation_id = :op AND n > 0 ORDER BY n DESC, origin")
                .bind("op", operationId)
                .map((rs, ctx) -> Map.entry(rs.getString("origin"), rs.getInt("n")))
                .forEach(entry -> out.put(entry.getKey(), entry.getValue()));
        return out;
    }

    /** The fingerprints of the officers with records in the operation (the officer tally). */
    public List<String> officerOrigins(UUID operationId) {
        return handle.createQuery("SELECT origin FROM officer_tally WHERE operation_id = :op AND n > 0 ORDER BY origin")
                .bind("op", operationId).mapTo(String.class).list();
    }
}

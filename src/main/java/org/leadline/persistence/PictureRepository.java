package org.leadline.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.leadline.model.LeadKind;
import org.leadline.model.LeadScope;

/** The aggregates of the operation picture (the dashboard) and the count of the leads behind each of its numbers. */
public final class PictureRepository {
    private final Handle handle;

    public PictureRepository(Handle handle) {
        this.handle = handle;
    }

    /** Live entities by the hour they were first seen (UTC) and their platform ("" without one). */
    public record HourPlatform(Instant hour, String platform, int leads) {
    }

    /**
     * One pass over the live entities for two charts: leads first seen per hour, and leads per platform. The hour is
     * cut from the epoch seconds so that it does not depend on the session's time zone.
     */
    public List<HourPlatform> entitiesByHourAndPlatform(UUID operationId) {
        return handle.createQuery("""
                        SELECT FLOOR(EXTRACT(EPOCH FROM e.first_seen) / 3600) AS hour_no, COALESCE(e.platform, '') AS platform,
                               COUNT(*) AS n
                        FROM lead_entity e WHERE e.operation_id = :op AND e.live
                        GROUP BY hour_no, platform""")
                .bind("op", operationId)
                .map((rs, ctx) -> new HourPlatform(Instant.ofEpochSecond(rs.getLong("hour_no") * 3600), rs.getString("platform"),
                        rs.getInt("n")))
                .list();
    }

    /** Live entities each officer (their key fingerprint) has a live record of. */
    public Map<String, Integer> entitiesByOrigin(UUID operationId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        handle.createQuery("""
                        SELECT origin, COUNT(DISTINCT entity_id) AS n FROM lead
                        WHERE operation_id = :op AND NOT deleted GROUP BY origin ORDER BY n DESC, origin""")
                .bind("op", operationId)
                .map((rs, ctx) -> Map.entry(rs.getString("origin"), rs.getInt("n")))
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    /** Live entities of a kind per phone region or document issuer, from the tallies, most first; empty values left out. */
    public Map<String, Integer> tallyBy(UUID operationId, LeadKind kind, String column) {
        if (!List.of("region", "issuer").contains(column)) {
            throw new IllegalArgumentException("Not a tally column: " + column);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        handle.createQuery("SELECT " + column + " AS k, SUM(n) AS n FROM lead_tally WHERE operation_id = :op AND kind = :kind"
                        + " AND " + column + " <> '' GROUP BY " + column + " HAVING SUM(n) > 0 ORDER BY n DESC, k")
                .bind("op", operationId).bind("kind", kind.wireName())
                .map((rs, ctx) -> Map.entry(rs.getString("k"), rs.getInt("n")))
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    /** The first and last live sighting of the operation's live records, if there is one. */
    public Optional<Instant[]> sightingSpan(UUID operationId) {
        return handle.createQuery("""
                        SELECT MIN(s.seen_at) AS first, MAX(s.seen_at) AS last
                        FROM sighting s JOIN lead l ON l.id = s.lead_id
                        WHERE l.operation_id = :op AND NOT l.deleted AND NOT s.deleted""")
                .bind("op", operationId)
                .map((rs, ctx) -> {
                    Instant first = Sql.instant(rs, "first");
                    return first == null ? null : new Instant[] {first, Sql.instant(rs, "last")};
                })
                .findFirst();
    }

    /** Live sightings of live records per time bucket of {@code seconds}, keyed by the bucket's start. */
    public Map<Instant, Integer> sightingsPerBucket(UUID operationId, long seconds) {
        Map<Instant, Integer> counts = new LinkedHashMap<>();
        handle.createQuery("""
                        SELECT FLOOR(EXTRACT(EPOCH FROM s.seen_at) / :seconds) AS bucket_no, COUNT(*) AS n
                        FROM sighting s JOIN lead l ON l.id = s.lead_id
                        WHERE l.operation_id = :op AND NOT l.deleted AND NOT s.deleted
                        GROUP BY bucket_no ORDER BY bucket_no""")
                .bind("op", operationId).bind("seconds", seconds)
                .map((rs, ctx) -> Map.entry(Instant.ofEpochSecond(rs.getLong("bucket_no") * seconds), rs.getInt("n")))
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    /** How many live leads a scope holds: the number the lead table then pages through. */
    public int count(UUID operationId, LeadScope scope) {
        Query query = handle.createQuery(scoped("SELECT COUNT(*) FROM lead_entity e", scope)).bind("op", operationId);
        LeadScopes.bind(query, scope);
        return query.mapTo(Integer.class).one();
    }

    /** The ids of the live leads a scope holds (tests and exports; the window pages through LeadRepository.page). */
    public List<UUID> ids(UUID operationId, LeadScope scope) {
        Query query = handle.createQuery(scoped("SELECT e.id FROM lead_entity e", scope)).bind("op", operationId);
        LeadScopes.bind(query, scope);
        return new ArrayList<>(query.mapTo(UUID.class).list());
    }

    private static String scoped(String select, LeadScope scope) {
        String condition = LeadScopes.condition(scope);
        return select + " WHERE e.operation_id = :op AND e.live" + (condition.isEmpty() ? "" : " AND " + condition);
    }
}

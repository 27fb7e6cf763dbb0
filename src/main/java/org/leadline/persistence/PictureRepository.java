package org.leadline.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** Live entities by the hour they were first seen and their platform, from their running count (V10). */
    public List<HourPlatform> entitiesByHourAndPlatform(UUID operationId) {
        return handle.createQuery("SELECT hour_start, platform, n FROM entity_hour_tally WHERE operation_id = :op AND n > 0")
                .bind("op", operationId)
                .map((rs, ctx) -> new HourPlatform(Sql.instant(rs, "hour_start"), rs.getString("platform"), rs.getInt("n")))
                .list();
    }

    /** Live entities each officer (their key fingerprint) has a live record of, from their running count (V11), most first. */
    public Map<String, Integer> entitiesByOrigin(UUID operationId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        handle.createQuery("SELECT origin, n FROM entity_origin_tally WHERE operation_id = :op AND n > 0 ORDER BY n DESC, origin")
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

    /** Live sightings of live records that fell in one minute (UTC). */
    public record SightingMinute(Instant minute, int sightings) {
    }

    /** The operation's live sightings of live records per minute, from their running count (V10): the timeline folds them. */
    public List<SightingMinute> sightingsPerMinute(UUID operationId) {
        return handle.createQuery("SELECT minute_start, n FROM sighting_tally WHERE operation_id = :op AND n > 0")
                .bind("op", operationId)
                .map((rs, ctx) -> new SightingMinute(Sql.instant(rs, "minute_start"), rs.getInt("n")))
                .list();
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
        // Counting reads every lead of the scope either way: a set is gathered, never tested row by row.
        String condition = LeadScopes.condition(scope, true);
        return select + " WHERE e.operation_id = :op AND e.live" + (condition.isEmpty() ? "" : " AND " + condition);
    }
}

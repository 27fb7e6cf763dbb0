package org.leadline.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.leadline.model.Category;
import org.leadline.model.Lead;
import org.leadline.model.LeadKind;
import org.leadline.model.Sighting;

/**
 * The running counts behind the operation's counters and the picture's charts, kept up to date by every write (see
 * V3__tallies.sql, V10__picture_tallies.sql and V11__origin_tally.sql).
 */
public final class TallyRepository {
    private final Handle handle;

    public TallyRepository(Handle handle) {
        this.handle = handle;
    }

    /** What one live entity adds to the counts; {@code firstSeen} counts by its hour (UTC). */
    public record Key(UUID operationId, LeadKind kind, Category category, String region, String issuer, Instant firstSeen,
                      String platform) {
        public Key {
            region = region == null ? "" : region;
            issuer = issuer == null ? "" : issuer;
            firstSeen = firstSeen.truncatedTo(ChronoUnit.HOURS);
            platform = platform == null ? "" : platform;
        }

        /** The issuing state of a document's canonical value {@code type:issuer:number}, else empty. */
        public static String issuerOf(LeadKind kind, String canonical) {
            if (kind != LeadKind.DOCUMENT) {
                return "";
            }
            String[] parts = canonical.split(":", 3);
            return parts.length == 3 ? parts[1] : "";
        }
    }

    /** Moves the entity counts (lead_tally) and the entities per hour and platform (entity_hour_tally) by these. */
    public void addEntities(Map<Key, Long> deltas) {
        Map<List<Object>, Long> cells = new HashMap<>();
        Map<List<Object>, Long> hours = new HashMap<>();
        deltas.forEach((key, n) -> {
            cells.merge(List.of(key.operationId(), key.kind().wireName(), key.category().name(), key.region(), key.issuer()), n, Long::sum);
            hours.merge(List.of(key.operationId(), Sql.utc(key.firstSeen()), key.platform()), n, Long::sum);
        });
        addCounts("lead_tally", List.of("kind VARCHAR(16)", "category VARCHAR(32)", "region VARCHAR(2)", "issuer VARCHAR(16)"), cells);
        addCounts("entity_hour_tally", List.of("hour_start TIMESTAMP WITH TIME ZONE", "platform VARCHAR(32)"), hours);
    }

    /** A minute (UTC) of an operation's timeline. */
    public record Minute(UUID operationId, Instant minute) {
        public Minute {
            minute = minute.truncatedTo(ChronoUnit.MINUTES);
        }
    }

    /**
     * Moves the count of live sightings of live records per minute (sighting_tally) by these. Every write that inserts
     * a sighting, changes its time or tombstone, or tombstones or revives its lead record calls one of the helpers
     * below, so the count always equals the grouped recount that V10 starts it from.
     */
    public void addSightings(Map<Minute, Long> deltas) {
        Map<List<Object>, Long> cells = new HashMap<>();
        deltas.forEach((minute, n) -> cells.merge(List.of(minute.operationId(), Sql.utc(minute.minute())), n, Long::sum));
        addCounts("sighting_tally", List.of("minute_start TIMESTAMP WITH TIME ZONE"), cells);
    }

    /** New sightings were inserted: the live ones of live records count (their records are in the database already). */
    public void sightingsInserted(Collection<Sighting> sightings) {
        List<Sighting> live = sightings.stream().filter(sighting -> !sighting.deleted()).toList();
        if (live.isEmpty()) {
            return;
        }
        Map<UUID, UUID> operationOfLiveRecord = liveRecords(live.stream().map(Sighting::leadId).distinct().toList());
        Map<Minute, Long> deltas = new HashMap<>();
        for (Sighting sighting : live) {
            UUID operation = operationOfLiveRecord.get(sighting.leadId());
            if (operation != null) {
                deltas.merge(new Minute(operation, sighting.seenAt()), 1L, Long::sum);
            }
        }
        addSightings(deltas);
    }

    /** A sighting is about to be overwritten by {@code after} (its time or tombstone may change). */
    public void sightingChanging(Sighting after) {
        handle.createQuery("""
                        SELECT l.operation_id, s.seen_at, s.deleted FROM sighting s JOIN lead l ON l.id = s.lead_id
                        WHERE s.id = :id AND NOT l.deleted""")
                .bind("id", after.id())
                .map((rs, ctx) -> {
                    UUID operation = rs.getObject("operation_id", UUID.class);
                    Map<Minute, Long> deltas = new HashMap<>();
                    if (!rs.getBoolean("deleted")) {
                        deltas.merge(new Minute(operation, Sql.instant(rs, "seen_at")), -1L, Long::sum);
                    }
                    if (!after.deleted()) {
                        deltas.merge(new Minute(operation, after.seenAt()), 1L, Long::sum);
                    }
                    return deltas;
                })
                .findFirst().ifPresent(this::addSightings);
    }

    /**
     * A lead record is about to be tombstoned ({@code deleted}) or revived: its live sightings leave or join the count,
     * and its entity leaves or joins its officer's unless another live record of theirs holds it there.
     */
    public void recordLivenessChanging(UUID leadId, boolean deleted) {
        record Was(UUID operationId, UUID entityId, String origin, boolean deleted) {
        }
        Was was = handle.createQuery("SELECT operation_id, entity_id, origin, deleted FROM lead WHERE id = :id").bind("id", leadId)
                .map((rs, ctx) -> new Was(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getBoolean(4)))
                .findFirst().orElse(null);
        if (was == null || was.deleted() == deleted) {
            return;
        }
        long sign = deleted ? -1 : 1;
        boolean otherLiveRecord = handle.createQuery("""
                        SELECT COUNT(*) FROM lead WHERE entity_id = :entity AND origin = :origin AND NOT deleted AND id <> :id""")
                .bind("entity", was.entityId()).bind("origin", was.origin()).bind("id", leadId)
                .mapTo(Long.class).one() > 0;
        if (!otherLiveRecord) {
            addOrigins(Map.of(new Origin(was.operationId(), was.origin()), sign));
        }
        Map<Minute, Long> deltas = new HashMap<>();
        handle.createQuery("""
                        SELECT l.operation_id, s.seen_at FROM sighting s JOIN lead l ON l.id = s.lead_id
                        WHERE s.lead_id = :id AND NOT s.deleted""")
                .bind("id", leadId)
                .map((rs, ctx) -> new Minute(rs.getObject("operation_id", UUID.class), Sql.instant(rs, "seen_at")))
                .forEach(minute -> deltas.merge(minute, sign, Long::sum));
        addSightings(deltas);
    }

    /** An officer (key fingerprint) in an operation: what entity_origin_tally counts live entities under. */
    public record Origin(UUID operationId, String origin) {
    }

    /** Moves the count of live entities each officer has a live record of (entity_origin_tally, V11) by these. */
    public void addOrigins(Map<Origin, Long> deltas) {
        addCounts("entity_origin_tally", List.of("origin VARCHAR(64)"), byOrigin(deltas));
    }

    private static Map<List<Object>, Long> byOrigin(Map<Origin, Long> deltas) {
        Map<List<Object>, Long> cells = new HashMap<>();
        deltas.forEach((origin, n) -> cells.merge(List.of(origin.operationId(), origin.origin()), n, Long::sum));
        return cells;
    }

    /**
     * New lead records are about to be inserted into these entities: an officer's first live record in an entity
     * makes it one more of theirs. Called before the insert, so that the records already there are told apart.
     */
    public void recordsInserting(Collection<Map.Entry<Lead, UUID>> records) {
        Map<UUID, UUID> operationOf = new HashMap<>();
        Map<UUID, Set<String>> arriving = new HashMap<>();
        for (Map.Entry<Lead, UUID> record : records) {
            if (!record.getKey().deleted()) {
                arriving.computeIfAbsent(record.getValue(), entity -> new HashSet<>()).add(record.getKey().origin());
                operationOf.put(record.getValue(), record.getKey().operationId());
            }
        }
        if (arriving.isEmpty()) {
            return;
        }
        Map<UUID, Set<String>> present = liveOrigins(arriving.keySet());
        Map<Origin, Long> deltas = new HashMap<>();
        arriving.forEach((entity, origins) -> origins.stream()
                .filter(origin -> !present.getOrDefault(entity, Set.of()).contains(origin))
                .forEach(origin -> deltas.merge(new Origin(operationOf.get(entity), origin), 1L, Long::sum)));
        addOrigins(deltas);
    }

    /** The officers with a live record in each of these entities; entities without one are absent. */
    public Map<UUID, Set<String>> liveOrigins(Collection<UUID> entityIds) {
        Map<UUID, Set<String>> origins = new HashMap<>();
        Sql.forEachRowOfIds(handle, "SELECT DISTINCT l.entity_id, l.origin FROM " + Sql.WANTED + " JOIN lead l ON l.entity_id = wanted.id WHERE NOT l.deleted", entityIds,
                (rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)),
                row -> origins.computeIfAbsent(row.getKey(), entity -> new HashSet<>()).add(row.getValue()));
        return origins;
    }

    /** What moving records between entities (a hand merge or its undo) did to the officers' live entities. */
    public void originsMoved(UUID operationId, Map<UUID, Set<String>> before, Map<UUID, Set<String>> after) {
        Map<Origin, Long> deltas = new HashMap<>();
        before.values().forEach(origins -> origins.forEach(origin -> deltas.merge(new Origin(operationId, origin), -1L, Long::sum)));
        after.values().forEach(origins -> origins.forEach(origin -> deltas.merge(new Origin(operationId, origin), 1L, Long::sum)));
        addOrigins(deltas);
    }

    /** The operation of each of these lead records that is live; tombstoned and unknown ones are absent. */
    private Map<UUID, UUID> liveRecords(List<UUID> leadIds) {
        Map<UUID, UUID> operations = new HashMap<>();
        Sql.forEachRowOfIds(handle, "SELECT l.id, l.operation_id FROM " + Sql.WANTED + " JOIN lead l ON l.id = wanted.id WHERE NOT l.deleted", leadIds,
                (rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)),
                row -> operations.put(row.getKey(), row.getValue()));
        return operations;
    }

    public void addRecords(UUID operationId, Map<String, Long> recordsByOrigin) {
        Map<List<Object>, Long> cells = new HashMap<>();
        recordsByOrigin.forEach((origin, n) -> cells.put(List.of(operationId, origin), n));
        addCounts("officer_tally", List.of("origin VARCHAR(64)"), cells);
    }

    /**
     * Adds each delta to its row of a tally table (operation_id, the given columns, n), making the rows it lacks.
     * {@code cells} are keyed by the operation and the columns' values, in the columns' order; zeros are left out.
     */
    private void addCounts(String table, List<String> typedColumns, Map<List<Object>, Long> cells) {
        List<String> columns = typedColumns.stream().map(column -> column.substring(0, column.indexOf(' '))).toList();
        StringBuilder values = new StringBuilder("CAST(:operation_id AS UUID)");
        typedColumns.forEach(column -> values.append(", CAST(:").append(column.replaceFirst(" ", " AS ")).append(')'));
        String on = columns.stream().map(column -> " AND t." + column + " = v." + column).collect(Collectors.joining());
        String names = String.join(", ", columns);
        PreparedBatch batch = handle.prepareBatch("MERGE INTO " + table + " t USING (VALUES (" + values + ", CAST(:n AS BIGINT)))"
                + " v(operation_id, " + names + ", n) ON t.operation_id = v.operation_id" + on
                + " WHEN MATCHED THEN UPDATE SET n = t.n + v.n"
                + " WHEN NOT MATCHED THEN INSERT (operation_id, " + names + ", n) VALUES (v.operation_id, "
                + columns.stream().map(column -> "v." + column).collect(Collectors.joining(", ")) + ", v.n)");
        cells.forEach((cell, n) -> {
            if (n != 0) {
                batch.bind("operation_id", cell.get(0));
                for (int i = 0; i < columns.size(); i++) {
                    batch.bind(columns.get(i), cell.get(i + 1));
                }
                batch.bind("n", n).add();
                Sql.sendWhenFull(batch);
            }
        });
        Sql.sendRest(batch);
    }

    public Map<String, Integer> entitiesByKind(UUID operationId) {
        return sums(operationId, "kind");
    }

    public Map<String, Integer> entitiesByCategory(UUID operationId) {
        return sums(operationId, "category");
    }

    private Map<String, Integer> sums(UUID operationId, String column) {
        Map<String, Integer> sums = new java.util.LinkedHashMap<>();
        handle.createQuery("SELECT " + column + " AS k, SUM(n) AS n FROM lead_tally WHERE operation_id = :op GROUP BY " + column)
                .bind("op", operationId)
                .map((rs, ctx) -> Map.entry(rs.getString("k"), rs.getInt("n")))
                .forEach(entry -> sums.put(entry.getKey(), entry.getValue()));
        return sums;
    }

    /** Distinct non-empty values of a column among live entities of a kind (phone regions, document issuers). */
    public int distinct(UUID operationId, LeadKind kind, String column) {
        if (!List.of("region", "issuer").contains(column)) {
            throw new IllegalArgumentException("Not a tally column: " + column);
        }
        return handle.createQuery("SELECT COUNT(DISTINCT " + column + ") FROM lead_tally WHERE operation_id = :op AND kind = :kind"
                        + " AND " + column + " <> '' AND n > 0")
                .bind("op", operationId).bind("kind", kind.wireName()).mapTo(Integer.class).one();
    }

    public int officers(UUID operationId) {
        return handle.createQuery("SELECT COUNT(*) FROM officer_tally WHERE operation_id = :op AND n > 0")
                .bind("op", operationId).mapTo(Integer.class).one();
    }
}

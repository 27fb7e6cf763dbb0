package org.leadline.persistence;

import org.leadline.model.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.leadline.model.Category;
import org.leadline.model.Lead;
import org.leadline.model.LeadKind;
import org.leadline.model.LeadQuery;
import org.leadline.model.LeadSort;
import org.leadline.model.LeadStatus;
import org.leadline.model.LeadSummary;

/**
 * Lead records (one per officer and selector) and their local projection, the lead entities that the table shows.
 * Every write to a record is followed by {@link #refreshEntity(UUID)}, which rebuilds the entity from its records.
 */
public final class LeadRepository {
    private final Handle handle;

    public LeadRepository(Handle handle) {
        this.handle = handle;
    }

    // ---- records ----

    public Optional<Lead> record(UUID id) {
        return handle.createQuery("SELECT * FROM lead WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> mapLead(rs)).findFirst();
    }

    /** An officer's record of a selector within an entity (after a hand-made merge an entity holds several values). */
    public Optional<Lead> recordIn(UUID entityId, LeadKind kind, String canonical, String origin) {
        return handle.createQuery("""
                        SELECT * FROM lead WHERE entity_id = :entity AND origin = :origin AND kind = :kind AND canonical = :canonical""")
                .bind("entity", entityId).bind("kind", kind.wireName()).bind("canonical", canonical).bind("origin", origin)
                .map((rs, ctx) -> mapLead(rs)).findFirst();
    }

    public List<Lead> recordsOfEntity(UUID entityId) {
        return handle.createQuery("SELECT * FROM lead WHERE entity_id = :id ORDER BY created_at, id").bind("id", entityId)
                .map((rs, ctx) -> mapLead(rs)).list();
    }

    public void insertRecord(Lead lead, UUID entityId) {
        new TallyRepository(handle).recordsInserting(List.of(Map.entry(lead, entityId)));
        handle.createUpdate("""
                        INSERT INTO lead (id, entity_id, operation_id, kind, canonical, raw, status, reason, category, tags,
                                          origin, version, created_at, updated_at, deleted)
                        VALUES (:id, :entity, :op, :kind, :canonical, :raw, :status, :reason, :category, :tags,
                                :origin, :version, :createdAt, :updatedAt, :deleted)""")
                .bind("id", lead.id())
                .bind("entity", entityId)
                .bind("op", lead.operationId())
                .bind("kind", lead.kind().wireName())
                .bind("canonical", lead.canonical())
                .bind("raw", lead.raw())
                .bind("status", lead.status().name())
                .bind("reason", lead.reason())
                .bind("category", lead.category().name())
                .bind("tags", Sql.joinTags(lead.tags()))
                .bind("origin", lead.origin())
                .bind("version", lead.version())
                .bind("createdAt", Sql.utc(lead.createdAt()))
                .bind("updatedAt", Sql.utc(lead.updatedAt()))
                .bind("deleted", lead.deleted())
                .execute();
        new TallyRepository(handle).addRecords(lead.operationId(), Map.of(lead.origin(), 1L));
    }

    /** Overwrites the editable fields of a record; the caller has raised its version. */
    public void updateRecord(Lead lead) {
        new TallyRepository(handle).recordLivenessChanging(lead.id(), lead.deleted());
        handle.createUpdate("""
                        UPDATE lead SET raw = :raw, status = :status, reason = :reason, category = :category, tags = :tags,
                                        version = :version, updated_at = :updatedAt, deleted = :deleted
                        WHERE id = :id""")
                .bind("id", lead.id())
                .bind("raw", lead.raw())
                .bind("status", lead.status().name())
                .bind("reason", lead.reason())
                .bind("category", lead.category().name())
                .bind("tags", Sql.joinTags(lead.tags()))
                .bind("version", lead.version())
                .bind("updatedAt", Sql.utc(lead.updatedAt()))
                .bind("deleted", lead.deleted())
                .execute();
    }

    public UUID entityIdOfRecord(UUID recordId) {
        return handle.createQuery("SELECT entity_id FROM lead WHERE id = :id").bind("id", recordId).mapTo(UUID.class).one();
    }

    // ---- entities ----

    public Optional<LeadSummary> entity(UUID id) {
        return handle.createQuery("SELECT * FROM lead_entity WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> mapSummary(rs)).findFirst();
    }

    /** The entity of a selector, following hand-made merges to the entity it now belongs to. */
    public Optional<LeadSummary> entityOf(UUID operationId, LeadKind kind, String canonical) {
        return handle.createQuery("SELECT * FROM lead_entity WHERE operation_id = :op AND canonical = :canonical AND kind = :kind")
                .bind("op", operationId).bind("kind", kind.wireName()).bind("canonical", canonical)
                .map((rs, ctx) -> Map.entry(mapSummary(rs), Optional.ofNullable(rs.getObject("merged_into", UUID.class))))
                .findFirst()
                .flatMap(row -> row.getValue().isPresent() ? entity(row.getValue().get()) : Optional.of(row.getKey()));
    }

    /**
     * The entities of an operation that hold these canonical values, keyed by "kind canonical", each followed to the
     * entity it was merged into by hand (as {@link #entityOf} does).
     */
    public Map<String, UUID> entitiesOfValues(UUID operationId, Collection<String> canonicals) {
        Map<String, UUID> found = new LinkedHashMap<>();
        List<String> all = List.copyOf(new java.util.LinkedHashSet<>(canonicals));
        for (int i = 0; i < all.size(); i += 1000) {
            // A join on the values, not "canonical IN (…)": H2 uses an IN list only on an index's first column, so the
            // IN form scanned every entity of the operation once per batch (imports and demo data grew quadratic).
            handle.createQuery("""
                            SELECT e.id, e.kind, e.canonical, e.merged_into
                            FROM UNNEST(CAST(:values AS VARCHAR ARRAY)) AS v(canonical)
                            JOIN lead_entity e ON e.operation_id = :op AND e.canonical = v.canonical""")
                    .bind("op", operationId).bindArray("values", String.class, all.subList(i, Math.min(all.size(), i + 1000)))
                    .map((rs, ctx) -> {
                        UUID survivor = rs.getObject("merged_into", UUID.class);
                        return Map.entry(rs.getString("kind") + " " + rs.getString("canonical"),
                                survivor != null ? survivor : rs.getObject("id", UUID.class));
                    })
                    .forEach(row -> found.put(row.getKey(), row.getValue()));
        }
        return found;
    }

    /** The entity an entity was merged into by hand, if it was. */
    public Optional<UUID> mergedInto(UUID entityId) {
        return handle.createQuery("SELECT merged_into FROM lead_entity WHERE id = :id").bind("id", entityId)
                .map((rs, ctx) -> Optional.ofNullable(rs.getObject("merged_into", UUID.class))).findFirst()
                .flatMap(value -> value);
    }

    /** Moves records to another entity (a hand-made merge, or its undoing). */
    public void moveRecords(Collection<UUID> recordIds, UUID entityId) {
        if (recordIds.isEmpty()) {
            return;
        }
        Set<UUID> entities = new LinkedHashSet<>(handle.createQuery("SELECT DISTINCT entity_id FROM lead WHERE id IN (<ids>)")
                .bindList("ids", List.copyOf(recordIds)).mapTo(UUID.class).list());
        entities.add(entityId);
        UUID operationId = handle.createQuery("SELECT operation_id FROM lead_entity WHERE id = :id").bind("id", entityId)
                .mapTo(UUID.class).one();
        TallyRepository tallies = new TallyRepository(handle);
        Map<UUID, Set<String>> before = tallies.liveOrigins(entities);
        handle.createUpdate("UPDATE lead SET entity_id = :entity WHERE id IN (<ids>)")
                .bind("entity", entityId).bindList("ids", List.copyOf(recordIds)).execute();
        tallies.originsMoved(operationId, before, tallies.liveOrigins(entities));
    }

    public void setMergedInto(UUID entityId, UUID survivorId) {
        handle.createUpdate("UPDATE lead_entity SET merged_into = :survivor WHERE id = :id")
                .bind("id", entityId).bind("survivor", survivorId).execute();
    }

    /**
     * Live entities that share a word with the given terms, at most {@code limit}, in the order of the terms. A word more
     * than {@code limit} leads have tells nothing about this one (the platform of every handle, "facebook" in every
     * group's address) and is passed over: collecting all of its leads first made selecting a handle on an operation of
     * 100,000 leads wait 2-3 s for its details. Each word is one range of the term index, read no further than that.
     */
    public List<LeadSummary> sharingTerms(UUID operationId, Collection<String> terms, UUID except, int limit) {
        Set<UUID> shared = new LinkedHashSet<>();
        for (String term : terms) {
            List<UUID> having = new ArrayList<>(handle.createQuery(
                            "SELECT entity_id FROM search_term WHERE operation_id = :op AND term = :term LIMIT :enough")
                    .bind("op", operationId).bind("term", term).bind("enough", limit + 2)
                    .mapTo(UUID.class).list());
            having.remove(except);
            if (having.size() <= limit) {
                shared.addAll(having);
            }
        }
        Map<UUID, LeadSummary> byId = new HashMap<>();
        Sql.forEachRowOfIds(handle, "SELECT e.* FROM " + Sql.WANTED + " JOIN lead_entity e ON e.id = wanted.id WHERE e.live",
                shared, (rs, ctx) -> mapSummary(rs), summary -> byId.put(summary.id(), summary));
        // Back in the order of the words (the join's order is the index's), then cut to the limit.
        return shared.stream().map(byId::get).filter(Objects::nonNull).limit(limit).toList();
    }

    /** Entities whose value starts like the given one (a handle one edit away usually does). */
    public List<LeadSummary> startingWith(UUID operationId, String prefix, UUID except, int limit) {
        return handle.createQuery("""
                        SELECT * FROM lead_entity e USE INDEX (ix_entity_value)
                        WHERE e.operation_id = :op AND e.canonical >= :from AND e.canonical < :to AND e.live AND e.id <> :except
                        LIMIT :limit""")
                .bind("op", operationId).bind("from", prefix).bind("to", prefix + Character.MAX_VALUE)
                .bind("except", except).bind("limit", limit)
                .map((rs, ctx) -> mapSummary(rs)).list();
    }

    /** Creates the empty shell of an entity; {@link #refreshEntity} fills it once its first record is in. */
    public UUID createEntity(UUID operationId, LeadKind kind, String canonical, String raw, String region, String platform,
                             Instant now) {
        UUID id = Ids.newId();
        handle.createUpdate("""
                        INSERT INTO lead_entity (id, operation_id, kind, canonical, raw, status, category, region, platform,
                                                 first_seen, last_seen, live)
                        VALUES (:id, :op, :kind, :canonical, :raw, 'VERIFIED', 'OTHER', :region, :platform, :now, :now, FALSE)""")
                .bind("id", id).bind("op", operationId).bind("kind", kind.wireName()).bind("canonical", canonical)
                .bind("raw", raw).bind("region", region).bind("platform", platform).bind("now", Sql.utc(now))
                .execute();
        return id;
    }

    /**
     * Rebuilds an entity from its records: live while any record is, the owner's raw value and category first,
     * the union of everyone's tags, the count of sightings and officers, and its search terms.
     */
    public void refreshEntity(UUID entityId, String ownerFingerprint) {
        Optional<TallyRepository.Key> before = tallyKey(entityId);
        NamedIncidentLeads named = new NamedIncidentLeads(handle);
        boolean namedBefore = named.recorded(entityId);
        refreshProjection(entityId, ownerFingerprint);
        // Records may have moved in (or out, in a hand merge): whether an offer names the entity is looked at again.
        boolean namedAfter = named.refresh(entityId, namedBefore);
        Optional<TallyRepository.Key> after = tallyKey(entityId);
        if (!before.equals(after)) {
            Map<TallyRepository.Key, Long> deltas = new java.util.HashMap<>();
            before.ifPresent(key -> deltas.merge(key, -1L, Long::sum));
            after.ifPresent(key -> deltas.merge(key, 1L, Long::sum));
            new TallyRepository(handle).addEntities(deltas);
        }
        named.count(before, namedBefore, after, namedAfter);
    }

    /** What a live entity counts under, or empty when it is not live. */
    private Optional<TallyRepository.Key> tallyKey(UUID entityId) {
        return handle.createQuery("""
                        SELECT operation_id, kind, category, region, canonical, first_seen, platform, live FROM lead_entity
                        WHERE id = :id""")
                .bind("id", entityId)
                .map((rs, ctx) -> rs.getBoolean("live") ? Optional.of(tallyKey(rs)) : Optional.<TallyRepository.Key>empty())
                .findFirst().flatMap(key -> key);
    }

    private void refreshProjection(UUID entityId, String ownerFingerprint) {
        refreshProjections(List.of(entityId), ownerFingerprint);
    }

    /**
     * Rebuilds many entities as {@link #refreshEntity} does one, with a few set-wise queries per batch instead of a
     * dozen per entity (an import touches thousands).
     */
    public void refreshEntities(Collection<UUID> entityIds, String ownerFingerprint) {
        List<UUID> all = List.copyOf(new LinkedHashSet<>(entityIds));
        for (int from = 0; from < all.size(); from += PROJECTION_BATCH) {
            List<UUID> batch = all.subList(from, Math.min(all.size(), from + PROJECTION_BATCH));
            Map<UUID, TallyRepository.Key> before = tallyKeys(batch);
            refreshProjections(batch, ownerFingerprint);
            Map<UUID, TallyRepository.Key> after = tallyKeys(batch);
            Map<TallyRepository.Key, Long> deltas = new java.util.HashMap<>();
            before.values().forEach(key -> deltas.merge(key, -1L, Long::sum));
            after.values().forEach(key -> deltas.merge(key, 1L, Long::sum));
            deltas.values().removeIf(n -> n == 0);
            new TallyRepository(handle).addEntities(deltas);
            new NamedIncidentLeads(handle).refreshAll(batch, before, after);
        }
    }

    private static final int PROJECTION_BATCH = 500;

    /** What each live entity of the batch counts under; dead ones are absent. */
    private Map<UUID, TallyRepository.Key> tallyKeys(List<UUID> entityIds) {
        Map<UUID, TallyRepository.Key> keys = new java.util.HashMap<>();
        handle.createQuery("""
                        SELECT id, operation_id, kind, category, region, canonical, first_seen, platform FROM lead_entity
                        WHERE id IN (<ids>) AND live""")
                .bindList("ids", entityIds)
                .map((rs, ctx) -> Map.entry(rs.getObject("id", UUID.class), tallyKey(rs)))
                .forEach(entry -> keys.put(entry.getKey(), entry.getValue()));
        return keys;
    }

    private static TallyRepository.Key tallyKey(ResultSet rs) throws SQLException {
        LeadKind kind = LeadKind.fromWireName(rs.getString("kind"));
        return new TallyRepository.Key(rs.getObject("operation_id", UUID.class), kind, Category.valueOf(rs.getString("category")),
                rs.getString("region"), TallyRepository.Key.issuerOf(kind, rs.getString("canonical")), Sql.instant(rs, "first_seen"),
                rs.getString("platform"));
    }

    /**
     * An entity from its records: live while any record is, the owner's raw value and category first, the union of
     * everyone's tags, the count of sightings and officers, and its search terms.
     */
    private void refreshProjections(List<UUID> entityIds, String ownerFingerprint) {
        Map<UUID, List<Lead>> recordsOf = new java.util.LinkedHashMap<>();
        entityIds.forEach(id -> recordsOf.put(id, new ArrayList<>()));
        handle.createQuery("SELECT * FROM lead WHERE entity_id IN (<ids>) ORDER BY created_at, id").bindList("ids", entityIds)
                .map((rs, ctx) -> Map.entry(rs.getObject("entity_id", UUID.class), mapLead(rs)))
                .forEach(row -> recordsOf.get(row.getKey()).add(row.getValue()));
        List<UUID> liveIds = recordsOf.values().stream().flatMap(List::stream).filter(lead -> !lead.deleted()).map(Lead::id).toList();
        Map<UUID, Integer> sightingCount = new java.util.HashMap<>();
        Map<UUID, Instant> lastSighting = new java.util.HashMap<>();
        Map<UUID, List<String>> notesOf = new java.util.HashMap<>();
        for (int i = 0; i < liveIds.size(); i += 1000) {
            List<UUID> chunk = liveIds.subList(i, Math.min(liveIds.size(), i + 1000));
            handle.createQuery("SELECT lead_id, COUNT(*) AS n, MAX(seen_at) AS latest FROM sighting WHERE lead_id IN (<ids>) AND NOT deleted GROUP BY lead_id")
                    .bindList("ids", chunk)
                    .map((rs, ctx) -> {
                        UUID lead = rs.getObject("lead_id", UUID.class);
                        sightingCount.put(lead, rs.getInt("n"));
                        lastSighting.put(lead, Sql.instant(rs, "latest"));
                        return lead;
                    }).list();
            handle.createQuery("SELECT lead_id, text FROM note WHERE lead_id IN (<ids>) AND NOT deleted").bindList("ids", chunk)
                    .map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                    .forEach(row -> notesOf.computeIfAbsent(row.getKey(), k -> new ArrayList<>()).add(row.getValue()));
        }
        PreparedBatch dead = handle.prepareBatch("UPDATE lead_entity SET live = FALSE, sightings = 0, officers = 0 WHERE id = :id");
        PreparedBatch live = handle.prepareBatch("""
                UPDATE lead_entity SET raw = :raw, status = :status, category = :category, tags = :tags,
                       sightings = :sightings, officers = :officers, first_seen = :first, last_seen = :last, live = TRUE
                WHERE id = :id""");
        PreparedBatch terms = handle.prepareBatch("INSERT INTO search_term (operation_id, term, entity_id) VALUES (:op, :term, :entity)");
        handle.createUpdate("DELETE FROM search_term WHERE entity_id IN (<ids>)").bindList("ids", entityIds).execute();
        for (Map.Entry<UUID, List<Lead>> entry : recordsOf.entrySet()) {
            UUID entityId = entry.getKey();
            Projection projection = project(entry.getValue(), sightingCount, lastSighting, notesOf, ownerFingerprint);
            if (projection == null) {
                dead.bind("id", entityId).add();
                continue;
            }
            projection.bind(live.bind("id", entityId)).add();
            for (String term : projection.terms()) {
                terms.bind("op", projection.operationId()).bind("term", term).bind("entity", entityId).add();
            }
        }
        for (PreparedBatch batch : List.of(dead, live, terms)) {
            if (batch.size() > 0) {
                batch.execute();
            }
        }
    }

    /** What a live entity shows, rebuilt from its records; the search terms go into search_term. */
    private record Projection(UUID operationId, String raw, LeadStatus status, Category category, Set<String> tags, int sightings,
                              int officers, Instant firstSeen, Instant lastSeen, Set<String> terms) {
        PreparedBatch bind(PreparedBatch statement) {
            return statement.bind("raw", raw)
                    .bind("status", status.name())
                    .bind("category", category.name())
                    .bind("tags", Sql.joinTags(List.copyOf(tags)))
                    .bind("sightings", sightings)
                    .bind("officers", officers)
                    .bind("first", Sql.utc(firstSeen))
                    .bind("last", Sql.utc(lastSeen));
        }
    }

    /**
     * An entity from its records (in the order of {@code created_at, id}), their live sightings' counts and latest times
     * and their live notes' texts; null when no record is live.
     */
    private static Projection project(List<Lead> records, Map<UUID, Integer> sightingCount, Map<UUID, Instant> lastSighting,
                                      Map<UUID, List<String>> notesOf, String ownerFingerprint) {
        List<Lead> liveRecords = records.stream().filter(lead -> !lead.deleted()).toList();
        if (liveRecords.isEmpty()) {
            return null;
        }
        Lead lead = liveRecords.stream().filter(record -> record.origin().equals(ownerFingerprint)).findFirst()
                .orElseGet(() -> liveRecords.stream().max((a, b) -> a.updatedAt().compareTo(b.updatedAt())).orElseThrow());
        Set<String> tags = new TreeSet<>();
        liveRecords.forEach(record -> tags.addAll(record.tags()));
        int sightings = 0;
        Instant lastSeen = liveRecords.stream().map(Lead::updatedAt).max(Instant::compareTo).orElseThrow();
        List<String> notes = new ArrayList<>();
        for (Lead record : liveRecords) {
            sightings += sightingCount.getOrDefault(record.id(), 0);
            Instant latest = lastSighting.get(record.id());
            if (latest != null && latest.isAfter(lastSeen)) {
                lastSeen = latest;
            }
            notes.addAll(notesOf.getOrDefault(record.id(), List.of()));
        }
        Instant firstSeen = liveRecords.stream().map(Lead::createdAt).min(Instant::compareTo).orElseThrow();
        long officers = liveRecords.stream().map(Lead::origin).distinct().count();
        boolean verified = liveRecords.stream().anyMatch(record -> record.status() == LeadStatus.VERIFIED);
        Set<String> words = new LinkedHashSet<>();
        // Every value the entity holds is searchable: after a hand-made merge that is more than one.
        for (Lead record : liveRecords) {
            words.addAll(SearchTerms.forValue(record.kind(), record.canonical()));
            words.addAll(SearchTerms.words(record.raw()));
        }
        tags.forEach(tag -> words.add(SearchTerms.forTag(tag)));
        notes.forEach(note -> words.addAll(SearchTerms.words(note)));
        return new Projection(lead.operationId(), lead.raw(), verified ? LeadStatus.VERIFIED : LeadStatus.UNVERIFIED, lead.category(),
                tags, sightings, (int) officers, firstSeen, lastSeen, words);
    }

    /** Lead records that no entity holds yet, with the new entity's id and what only its creation sets. */
    public record NewEntity(UUID id, LeadKind kind, String canonical, String region, String platform, List<Lead> records) {
    }

    /**
     * Creates entities already rebuilt from their records, as {@link #createEntity} then {@link #refreshEntities} would
     * leave them: an import holds every record, sighting and note of an entity it creates, so each row is written once
     * instead of inserted, read back and updated (every one of lead_entity's indexes written twice). Sightings and notes
     * are given per lead record, the live ones only. No offer names a record that is not in the workspace yet, so the
     * named-incident counts do not move.
     */
    public void insertEntities(List<NewEntity> entities, Map<UUID, Integer> sightingCount, Map<UUID, Instant> lastSighting,
                               Map<UUID, List<String>> notesOf, String ownerFingerprint, Instant now) {
        if (entities.isEmpty()) {
            return;
        }
        PreparedBatch insert = handle.prepareBatch("""
                INSERT INTO lead_entity (id, operation_id, kind, canonical, raw, status, category, region, platform, tags,
                                         sightings, officers, first_seen, last_seen, live)
                VALUES (:id, :op, :kind, :canonical, :raw, :status, :category, :region, :platform, :tags,
                        :sightings, :officers, :first, :last, :live)""");
        PreparedBatch terms = handle.prepareBatch("INSERT INTO search_term (operation_id, term, entity_id) VALUES (:op, :term, :entity)");
        Map<TallyRepository.Key, Long> tallies = new HashMap<>();
        for (NewEntity entity : entities) {
            Lead first = entity.records().get(0);
            List<Lead> ordered = new ArrayList<>(entity.records());
            // The order refreshProjections reads them in: created_at, then id as H2 compares UUIDs (unsigned).
            ordered.sort(Comparator.comparing(Lead::createdAt).thenComparing(Lead::id, LeadRepository::compareAsH2));
            Projection projection = project(ordered, sightingCount, lastSighting, notesOf, ownerFingerprint);
            insert.bind("id", entity.id()).bind("op", first.operationId()).bind("kind", entity.kind().wireName())
                    .bind("canonical", entity.canonical()).bind("region", entity.region()).bind("platform", entity.platform());
            if (projection == null) {
                // What createEntity writes and a rebuild of a dead entity leaves.
                insert.bind("raw", first.raw()).bind("status", LeadStatus.VERIFIED.name()).bind("category", Category.OTHER.name())
                        .bind("tags", "").bind("sightings", 0).bind("officers", 0).bind("first", Sql.utc(now))
                        .bind("last", Sql.utc(now)).bind("live", false).add();
                Sql.sendWhenFull(insert);
                continue;
            }
            projection.bind(insert).bind("live", true).add();
            Sql.sendWhenFull(insert);
            for (String term : projection.terms()) {
                terms.bind("op", first.operationId()).bind("term", term).bind("entity", entity.id()).add();
                Sql.sendWhenFull(terms);
            }
            tallies.merge(new TallyRepository.Key(first.operationId(), entity.kind(), projection.category(), entity.region(),
                    TallyRepository.Key.issuerOf(entity.kind(), entity.canonical()), projection.firstSeen(), entity.platform()),
                    1L, Long::sum);
        }
        Sql.sendRest(insert);
        Sql.sendRest(terms);
        new TallyRepository(handle).addEntities(tallies);
    }

    static int compareAsH2(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    /** One page of live entities, filtered and sorted in the database by keyset (no OFFSET, no sort in memory). */
    public List<LeadSummary> page(LeadQuery query) {
        return pageStatement(query, null, "").map((rs, ctx) -> mapSummary(rs)).list();
    }

    /** A page read the given way (tests compare both ways of a text search). */
    List<LeadSummary> page(LeadQuery query, boolean searchInOrder) {
        return pageStatement(query, searchInOrder, "").map((rs, ctx) -> mapSummary(rs)).list();
    }

    /** H2's plan for a page, for tests that keep every sort and filter on an index read in order. */
    String planOfPage(LeadQuery query) {
        return pageStatement(query, null, "EXPLAIN ").mapTo(String.class).one();
    }

    /**
     * A text search is read one of two ways. Starting from the entities its rarest word matches, then sorting them,
     * costs what that word matches; walking the sort index and checking each entity's words costs about
     * limit × entities / matches. The two are equal at √(limit × entities) matches, which bounds both.
     */
    private long worthScanning(UUID operationId, int limit) {
        long entities = new TallyRepository(handle).entitiesByKind(operationId).values().stream().mapToLong(Integer::longValue).sum();
        return (long) Math.sqrt((double) limit * entities);
    }

    /** Search terms that start with the word, counted up to the cap. */
    private long termMatches(UUID operationId, String word, long cap) {
        return handle.createQuery("""
                        SELECT COUNT(*) FROM (SELECT 1 FROM search_term
                            WHERE operation_id = :op AND term >= :from AND term < :to LIMIT :cap)""")
                .bind("op", operationId).bind("from", word).bind("to", word + Character.MAX_VALUE).bind("cap", cap)
                .mapTo(Long.class).one();
    }

    private Query pageStatement(LeadQuery query, Boolean forcedInOrder, String prefix) {
        List<String> words = query.text() == null ? List.of() : new ArrayList<>(SearchTerms.queryWords(query.text()));
        boolean inOrder = true;
        if (!words.isEmpty()) {
            long cap = worthScanning(query.operationId(), query.limit());
            Map<String, Long> matches = new HashMap<>();
            words.forEach(word -> matches.put(word, termMatches(query.operationId(), word, cap + 1)));
            // The rarest word first: in a search that starts from a word's entities, its entities are the ones read.
            words.sort(Comparator.comparing(matches::get));
            inOrder = forcedInOrder != null ? forcedInOrder : matches.get(words.get(0)) > cap;
        }
        StringBuilder sql = new StringBuilder(prefix);
        boolean gathered = words.isEmpty()
                && LeadScopes.gathersFirst(handle, query.operationId(), query.scope(), () -> worthScanning(query.operationId(), query.limit()));
        String index = inOrder && !gathered ? sortIndex(query) : null;
        if (inOrder) {
            sql.append("SELECT * FROM lead_entity e");
            if (index != null) {
                sql.append(" USE INDEX (").append(index).append(')');
            }
        } else {
            sql.append("SELECT * FROM lead_entity e WHERE e.id IN (SELECT t.entity_id FROM search_term t"
                    + " WHERE t.operation_id = :op AND t.term >= :w0 AND t.term < :x0) AND");
        }
        sql.append(inOrder ? " WHERE" : "").append(" e.operation_id = :op AND e.live");
        if (query.kind() != null) {
            sql.append(" AND e.kind = :kind");
        }
        if (query.category() != null) {
            sql.append(" AND e.category = :category");
        }
        String scoped = LeadScopes.condition(query.scope(), gathered);
        if (!scoped.isEmpty()) {
            sql.append(" AND ").append(scoped);
        }
        if (query.tag() != null && !query.tag().isBlank()) {
            sql.append(" AND EXISTS (SELECT 1 FROM search_term t WHERE t.operation_id = :op AND t.term = :tagTerm AND t.entity_id = e.id)");
        }
        // A word is a prefix: a range on the term, which H2 reads from its index (a LIKE with a parameter it does not).
        for (int i = inOrder ? 0 : 1; i < words.size(); i++) {
            sql.append(" AND EXISTS (SELECT 1 FROM search_term t USE INDEX (ix_search_term_entity) WHERE t.entity_id = e.id")
                    .append(" AND t.term >= :w").append(i).append(" AND t.term < :x").append(i).append(')');
        }
        List<String> columns = orderColumns(query);
        if (query.after() != null) {
            sql.append(" AND (").append(keysetCondition(columns)).append(')');
        }
        // With a sort index, the columns fixed by equality lead the ORDER BY too: H2 reads an index in order only
        // when the ORDER BY starts with the index's own first columns. A search from a rare word sorts its entities.
        // A reversed sort reads the same index backwards, which H2 does when every ORDER BY column is reversed.
        String fixed = query.reversed() ? "-" : "+";
        List<String> ordered = new ArrayList<>();
        if (index != null) {
            ordered.add(fixed + "operation_id");
        }
        if (query.sort() == LeadSort.LAST_SEEN && "ix_entity_kind".equals(index)) {
            ordered.add(fixed + "kind");
        }
        if (query.sort() == LeadSort.LAST_SEEN && "ix_entity_category".equals(index)) {
            ordered.add(fixed + "category");
        }
        ordered.addAll(columns);
        sql.append(" ORDER BY ").append(String.join(", ", ordered.stream().map(LeadRepository::orderTerm).toList()));
        sql.append(" LIMIT :limit");
        Query statement = handle.createQuery(sql.toString())
                .bind("op", query.operationId())
                .bind("limit", query.limit());
        if (query.kind() != null) {
            statement.bind("kind", query.kind().wireName());
        }
        if (query.category() != null) {
            statement.bind("category", query.category().name());
        }
        LeadScopes.bind(statement, query.scope());
        if (query.tag() != null && !query.tag().isBlank()) {
            statement.bind("tagTerm", SearchTerms.forTag(query.tag().strip()));
        }
        for (int i = 0; i < words.size(); i++) {
            statement.bind("w" + i, words.get(i)).bind("x" + i, words.get(i) + Character.MAX_VALUE);
        }
        if (query.after() != null) {
            LeadSummary after = query.after();
            for (String column : columns) {
                String name = column.substring(1);
                statement.bind("k_" + name, keyValue(after, name));
            }
        }
        return statement;
    }

    /**
     * The index that delivers the rows already in the wanted order (backwards for a reversed sort).
     */
    private static String sortIndex(LeadQuery query) {
        LeadSort sort = query.sort();
        if (query.kind() != null && (sort == LeadSort.LAST_SEEN || sort == LeadSort.KIND)) {
            return "ix_entity_kind";
        }
        if (query.category() != null && (sort == LeadSort.LAST_SEEN || sort == LeadSort.CATEGORY)) {
            return "ix_entity_category";
        }
        return switch (sort) {
            case LAST_SEEN -> "ix_entity_last_seen";
            case FIRST_SEEN -> "ix_entity_first_seen";
            case VALUE -> "ix_entity_value";
            case KIND -> "ix_entity_kind";
            case CATEGORY -> "ix_entity_category";
            case SIGHTINGS -> "ix_entity_sightings";
            case OFFICERS -> "ix_entity_officers";
        };
    }

    /**
     * Columns as "+name" (ascending) or "-name" (descending), ending with the id as tie-breaker (in the direction of
     * the last column, as the sort indexes hold it) where the columns are not unique on their own.
     */
    private static List<String> orderColumns(LeadQuery query) {
        boolean descending = query.sort().descending() != query.reversed();
        List<String> columns = new ArrayList<>();
        for (String column : query.sort().columns()) {
            boolean opposite = column.startsWith("-");
            String name = opposite ? column.substring(1) : column;
            columns.add((descending != opposite ? "-" : "+") + name);
        }
        if (query.sort() != LeadSort.VALUE) {
            // A value and its kind are unique in an operation already; an id after them would make H2 sort.
            columns.add(columns.get(columns.size() - 1).charAt(0) + "id");
        }
        return columns;
    }

    private static String orderTerm(String column) {
        return "e." + column.substring(1) + (column.startsWith("-") ? " DESC" : " ASC");
    }

    /** (a > x) OR (a = x AND b > y) OR ..., with each column's direction. */
    private static String keysetCondition(List<String> columns) {
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            StringBuilder alternative = new StringBuilder("(");
            for (int j = 0; j < i; j++) {
                String name = columns.get(j).substring(1);
                alternative.append("e.").append(name).append(" = :k_").append(name).append(" AND ");
            }
            String name = columns.get(i).substring(1);
            alternative.append("e.").append(name).append(columns.get(i).startsWith("-") ? " < " : " > ").append(":k_").append(name).append(')');
            alternatives.add(alternative.toString());
        }
        // The first column's bound on its own lets H2 seek into the index instead of scanning from its start.
        String first = columns.get(0).substring(1);
        String bound = "e." + first + (columns.get(0).startsWith("-") ? " <= " : " >= ") + ":k_" + first;
        return bound + " AND (" + String.join(" OR ", alternatives) + ")";
    }

    private static Object keyValue(LeadSummary row, String column) {
        return switch (column) {
            case "last_seen" -> Sql.utc(row.lastSeen());
            case "first_seen" -> Sql.utc(row.firstSeen());
            case "canonical" -> row.canonical();
            case "kind" -> row.kind().wireName();
            case "category" -> row.category().name();
            case "sightings" -> row.sightings();
            case "officers" -> row.officers();
            case "id" -> row.id();
            default -> throw new IllegalArgumentException("Not a sort column: " + column);
        };
    }

    public long countLive(UUID operationId) {
        return handle.createQuery("SELECT COUNT(*) FROM lead_entity WHERE operation_id = :op AND live")
                .bind("op", operationId).mapTo(Long.class).one();
    }

    // ---- mapping ----

    static Lead mapLead(ResultSet rs) throws SQLException {
        return new Lead(
                rs.getObject("id", UUID.class),
                rs.getObject("operation_id", UUID.class),
                LeadKind.fromWireName(rs.getString("kind")),
                rs.getString("raw"),
                rs.getString("canonical"),
                LeadStatus.valueOf(rs.getString("status")),
                rs.getString("reason"),
                Category.valueOf(rs.getString("category")),
                Sql.splitTags(rs.getString("tags")),
                rs.getString("origin"),
                rs.getLong("version"),
                Sql.instant(rs, "created_at"),
                Sql.instant(rs, "updated_at"),
                rs.getBoolean("deleted"));
    }

    static LeadSummary mapSummary(ResultSet rs) throws SQLException {
        return new LeadSummary(
                rs.getObject("id", UUID.class),
                rs.getObject("operation_id", UUID.class),
                LeadKind.fromWireName(rs.getString("kind")),
                rs.getString("canonical"),
                rs.getString("raw"),
                LeadStatus.valueOf(rs.getString("status")),
                Category.valueOf(rs.getString("category")),
                Sql.splitTags(rs.getString("tags")),
                rs.getInt("sightings"),
                rs.getInt("officers"),
                Sql.instant(rs, "first_seen"),
                Sql.instant(rs, "last_seen"));
    }
}

package org.leadline.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.leadline.model.Category;

/**
 * The live incident leads that a live offer names, counted per operation and category (V7__offer_lead_tally.sql):
 * stats counts an incident lead on its own only when no offer names it. Every write that can change the count comes
 * through here, in the writer's transaction: an entity rebuilt from its records ({@link LeadRepository#refreshEntity}: a
 * deletion, a restore, a new category, a hand merge or its undoing) and an offer written ({@link OfferRepository}:
 * inserted, edited or tombstoned, with the lead records it names). A future writer of lead records or offers (an
 * import) must come through those two as well.
 */
public final class NamedIncidentLeads {
    private static final List<String> INCIDENTS = List.of(Category.INCIDENT_TRAVEL.name(), Category.INCIDENT_DOCUMENTS.name(),
            Category.INCIDENT_GUIDANCE.name(), Category.INCIDENT_OTHER.name());
    private final Handle handle;

    public NamedIncidentLeads(Handle handle) {
        this.handle = handle;
    }

    /** Live incident entities that a live offer names, per category name (INCIDENT_TRAVEL, ...). */
    public Map<String, Integer> countByCategory(UUID operationId) {
        Map<String, Integer> counts = new HashMap<>();
        handle.createQuery("SELECT category, n FROM offer_lead_tally WHERE operation_id = :op AND n > 0")
                .bind("op", operationId)
                .map((rs, ctx) -> Map.entry(rs.getString("category"), rs.getInt("n")))
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    // ---- an entity rebuilt from its records ----

    /** Whether a live offer named one of the entity's records when it was last looked at. */
    boolean recorded(UUID entityId) {
        return handle.createQuery("SELECT COUNT(*) FROM offer_named_entity WHERE entity_id = :id").bind("id", entityId)
                .mapTo(Integer.class).one() > 0;
    }

    /**
     * Looks again whether a live offer names one of the entity's records (they may have moved) and keeps the answer;
     * the caller moves the count with {@link #count}, as the entity's category may have changed too.
     */
    boolean refresh(UUID entityId, boolean recorded) {
        boolean is = named(Set.of(entityId)).contains(entityId);
        if (recorded != is) {
            remember(is ? Set.of(entityId) : Set.of(), is ? Set.of() : Set.of(entityId));
        }
        return is;
    }

    /**
     * Moves an entity's count when what it counts under changed: live or not and its category ({@code before} and
     * {@code after}, empty when not live), or whether an offer names it.
     */
    void count(Optional<TallyRepository.Key> before, boolean namedBefore, Optional<TallyRepository.Key> after,
               boolean namedAfter) {
        Optional<Cell> was = before.filter(key -> namedBefore).flatMap(NamedIncidentLeads::cellOf);
        Optional<Cell> is = after.filter(key -> namedAfter).flatMap(NamedIncidentLeads::cellOf);
        if (!was.equals(is)) {
            Map<Cell, Long> deltas = new HashMap<>();
            was.ifPresent(cell -> deltas.merge(cell, -1L, Long::sum));
            is.ifPresent(cell -> deltas.merge(cell, 1L, Long::sum));
            add(deltas);
        }
    }

    /**
     * {@link #recorded}, {@link #refresh} and {@link #count} for many rebuilt entities at once: {@code before} and
     * {@code after} hold what each live entity counted under, before and after its rebuild.
     */
    void refreshAll(Collection<UUID> entityIds, Map<UUID, TallyRepository.Key> before, Map<UUID, TallyRepository.Key> after) {
        Set<UUID> was = stored(entityIds);
        Set<UUID> is = named(entityIds);
        Set<UUID> gained = new HashSet<>(is);
        gained.removeAll(was);
        Set<UUID> lost = new HashSet<>(was);
        lost.removeAll(is);
        remember(gained, lost);
        Map<Cell, Long> deltas = new HashMap<>();
        for (UUID entity : entityIds) {
            Optional<Cell> wasCell = Optional.ofNullable(was.contains(entity) ? before.get(entity) : null).flatMap(NamedIncidentLeads::cellOf);
            Optional<Cell> isCell = Optional.ofNullable(is.contains(entity) ? after.get(entity) : null).flatMap(NamedIncidentLeads::cellOf);
            if (!wasCell.equals(isCell)) {
                wasCell.ifPresent(cell -> deltas.merge(cell, -1L, Long::sum));
                isCell.ifPresent(cell -> deltas.merge(cell, 1L, Long::sum));
            }
        }
        add(deltas);
    }

    private static Optional<Cell> cellOf(TallyRepository.Key key) {
        String category = key.category().name();
        return INCIDENTS.contains(category) ? Optional.of(new Cell(key.operationId(), category)) : Optional.empty();
    }

    // ---- offers written ----

    /** Live offers naming these lead records were inserted: the records' entities are named now. */
    void namedByLiveOffers(Collection<UUID> leadIds) {
        if (leadIds.isEmpty()) {
            return;
        }
        // One query: in a batch of demo offers most of the leads named are named already.
        store(ids("""
                SELECT DISTINCT l.entity_id FROM lead l WHERE l.id = ANY(:ids)
                AND NOT EXISTS (SELECT 1 FROM offer_named_entity m WHERE m.entity_id = l.entity_id)""", leadIds), Set.of());
    }

    /** Offers naming these lead records were replaced or tombstoned: looks again whether their entities are named. */
    void recount(Collection<UUID> leadIds) {
        if (leadIds.isEmpty()) {
            return;
        }
        Set<UUID> entities = entitiesOf(leadIds);
        Set<UUID> was = stored(entities);
        Set<UUID> is = named(entities);
        Set<UUID> gained = new HashSet<>(is);
        gained.removeAll(was);
        Set<UUID> lost = new HashSet<>(was);
        lost.removeAll(is);
        store(gained, lost);
    }

    // ---- the membership and the counts ----

    /** The entities of lead records. */
    private Set<UUID> entitiesOf(Collection<UUID> leadIds) {
        return ids("SELECT DISTINCT entity_id FROM lead WHERE id = ANY(:ids)", leadIds);
    }

    /** Of these entities, those recorded as named by a live offer. */
    private Set<UUID> stored(Collection<UUID> entityIds) {
        return ids("SELECT entity_id FROM offer_named_entity WHERE entity_id = ANY(:ids)", entityIds);
    }

    /** Of these entities, those one of whose records a live offer names, looked up in the records and offers. */
    private Set<UUID> named(Collection<UUID> entityIds) {
        // EXISTS: one live offer is enough, however many offers name the lead.
        return ids("""
                SELECT DISTINCT l.entity_id FROM lead l WHERE l.entity_id = ANY(:ids) AND EXISTS (
                    SELECT 1 FROM offer_lead ol JOIN offer o ON o.id = ol.offer_id WHERE ol.lead_id = l.id AND NOT o.deleted)""",
                entityIds);
    }

    /**
     * The ids a query over {@code :ids} returns. An array parameter ({@code = ANY(:ids)}) rather than an IN list: the
     * statement is the same for any number of ids, so H2 parses and plans it once, and still looks each id up by index.
     */
    private Set<UUID> ids(String sql, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(handle.createQuery(sql).bindArray("ids", UUID.class, ids).mapTo(UUID.class).list());
    }

    /** Records entities as named ({@code gained}) or no longer ({@code lost}), moving the counts of the live incident ones. */
    private void store(Set<UUID> gained, Set<UUID> lost) {
        remember(gained, lost);
        Map<Cell, Long> deltas = new HashMap<>();
        countedUnder(gained).forEach(cell -> deltas.merge(cell, 1L, Long::sum));
        countedUnder(lost).forEach(cell -> deltas.merge(cell, -1L, Long::sum));
        add(deltas);
    }

    private void remember(Set<UUID> gained, Set<UUID> lost) {
        if (!gained.isEmpty()) {
            PreparedBatch insert = handle.prepareBatch("INSERT INTO offer_named_entity (entity_id) VALUES (:id)");
            gained.forEach(id -> insert.bind("id", id).add());
            insert.execute();
        }
        if (!lost.isEmpty()) {
            handle.createUpdate("DELETE FROM offer_named_entity WHERE entity_id = ANY(:ids)")
                    .bindArray("ids", UUID.class, lost).execute();
        }
    }

    /** Where each of these entities counts when named: live incident entities only. */
    private List<Cell> countedUnder(Collection<UUID> entityIds) {
        if (entityIds.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("""
                        SELECT operation_id, category FROM lead_entity WHERE id = ANY(:ids) AND live AND category IN (<incidents>)""")
                .bindArray("ids", UUID.class, entityIds).bindList("incidents", INCIDENTS)
                .map((rs, ctx) -> new Cell(rs.getObject("operation_id", UUID.class), rs.getString("category")))
                .list();
    }

    private void add(Map<Cell, Long> deltas) {
        PreparedBatch batch = handle.prepareBatch("""
                MERGE INTO offer_lead_tally t
                USING (VALUES (CAST(:op AS UUID), CAST(:category AS VARCHAR(32)), CAST(:n AS BIGINT))) v(op, category, n)
                ON t.operation_id = v.op AND t.category = v.category
                WHEN MATCHED THEN UPDATE SET n = t.n + v.n
                WHEN NOT MATCHED THEN INSERT (operation_id, category, n) VALUES (v.op, v.category, v.n)""");
        deltas.forEach((cell, n) -> {
            if (n != 0) {
                batch.bind("op", cell.operationId()).bind("category", cell.category()).bind("n", n).add();
            }
        });
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    /** One count: an operation's live incident entities of one category that an offer names. */
    private record Cell(UUID operationId, String category) {
    }
}

package org.leadline.persistence;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * What the link chart reads: the lead entities of an operation and the things several of them share (a source post,
 * an offer, a capture), each as (shared item, entity) rows ordered by item, so that a caller groups them in one pass.
 * Deleted records, sightings, offers and links are left out; records merged by hand already belong to the survivor.
 */
public final class LinkRepository {
    private final Handle handle;

    public LinkRepository(Handle handle) {
        this.handle = handle;
    }

    /** A lead entity as the chart shows it; {@code mergedInto} is set for one merged by hand into another. */
    public record EntityRow(UUID id, String kind, String canonical, String category, String region, UUID mergedInto) {
    }

    /** One entity that shares an item (a post, an offer, a capture) with the others of the same item. */
    public record SharedRow(UUID item, UUID entityId) {
    }

    /** A hand merge that still stands. */
    public record MergeRow(UUID survivorId, UUID mergedId) {
    }

    /** The live entities, and those merged by hand into another (which are no longer live), in id order. */
    public List<EntityRow> entities(UUID operationId) {
        return handle.createQuery("""
                        SELECT id, kind, canonical, category, region, merged_into FROM lead_entity
                        WHERE operation_id = :op AND (live OR merged_into IS NOT NULL) ORDER BY id""")
                .bind("op", operationId)
                .map((rs, ctx) -> new EntityRow(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("canonical"),
                        rs.getString("category"), rs.getString("region"), rs.getObject("merged_into", UUID.class)))
                .list();
    }

    /** The entities whose live sightings came from each source post. */
    public void postSharers(UUID operationId, Consumer<SharedRow> row) {
        stream("""
                SELECT DISTINCT s.source_post_id AS item, l.entity_id FROM sighting s JOIN lead l ON l.id = s.lead_id
                WHERE l.operation_id = :op AND NOT l.deleted AND NOT s.deleted AND s.source_post_id IS NOT NULL
                ORDER BY item, l.entity_id""", operationId, row);
    }

    /** The entities named by each live offer. */
    public void offerSharers(UUID operationId, Consumer<SharedRow> row) {
        stream("""
                SELECT DISTINCT o.id AS item, l.entity_id FROM offer o JOIN offer_lead ol ON ol.offer_id = o.id
                JOIN lead l ON l.id = ol.lead_id
                WHERE o.operation_id = :op AND NOT o.deleted AND NOT l.deleted
                ORDER BY item, l.entity_id""", operationId, row);
    }

    /**
     * The entities each capture is evidence for. A redacted or cropped copy counts as its original: the same picture
     * attached to two leads links them whichever copy each has.
     */
    public void captureSharers(UUID operationId, Consumer<SharedRow> row) {
        stream("""
                SELECT DISTINCT COALESCE(c.derived_from, c.id) AS item, l.entity_id FROM capture_link k
                JOIN capture c ON c.id = k.capture_id JOIN lead l ON l.id = k.target_id
                WHERE k.operation_id = :op AND k.target_type = 'LEAD' AND NOT k.deleted AND NOT c.deleted AND NOT l.deleted
                ORDER BY item, l.entity_id""", operationId, row);
    }

    /** The originals (a copy counted as its original) of captures, for matching a document's images to leads' evidence. */
    public List<SharedRow> originalsOf(UUID operationId) {
        return handle.createQuery("SELECT id AS item, COALESCE(derived_from, id) AS original FROM capture WHERE operation_id = :op")
                .bind("op", operationId)
                .map((rs, ctx) -> new SharedRow(rs.getObject("item", UUID.class), rs.getObject("original", UUID.class)))
                .list();
    }

    /** The hand merges of the operation that were not undone, oldest first. */
    public List<MergeRow> standingMerges(UUID operationId) {
        return handle.createQuery("""
                        SELECT survivor_id, merged_id FROM lead_merge WHERE operation_id = :op AND undone_at IS NULL
                        ORDER BY merged_at, id""")
                .bind("op", operationId)
                .map((rs, ctx) -> new MergeRow(rs.getObject("survivor_id", UUID.class), rs.getObject("merged_id", UUID.class)))
                .list();
    }

    private void stream(String sql, UUID operationId, Consumer<SharedRow> row) {
        try (var rows = handle.createQuery(sql).bind("op", operationId)
                .map((rs, ctx) -> new SharedRow(rs.getObject("item", UUID.class), rs.getObject("entity_id", UUID.class)))
                .stream()) {
            rows.forEach(row);
        }
    }
}

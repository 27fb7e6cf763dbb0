package org.leadline.persistence;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.leadline.model.HandMerge;

/** Hand-made merges of lead entities, kept so that each can be undone. */
public final class MergeRepository {
    private final Handle handle;

    public MergeRepository(Handle handle) {
        this.handle = handle;
    }

    public void insert(HandMerge merge) {
        handle.createUpdate("""
                        INSERT INTO lead_merge (id, operation_id, survivor_id, merged_id, record_ids, merged_by, merged_at)
                        VALUES (:id, :op, :survivor, :merged, :records, :by, :at)""")
                .bind("id", merge.id()).bind("op", merge.operationId()).bind("survivor", merge.survivorId())
                .bind("merged", merge.mergedId())
                .bind("records", String.join(" ", merge.recordIds().stream().map(UUID::toString).toList()))
                .bind("by", merge.mergedBy()).bind("at", Sql.utc(merge.mergedAt()))
                .execute();
    }

    public Optional<HandMerge> byId(UUID id) {
        return handle.createQuery("SELECT * FROM lead_merge WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> map(rs)).findFirst();
    }

    /** The merges into an entity that still stand, newest first. */
    public List<HandMerge> standingInto(UUID survivorId) {
        return handle.createQuery("SELECT * FROM lead_merge WHERE survivor_id = :id AND undone_at IS NULL ORDER BY merged_at DESC")
                .bind("id", survivorId).map((rs, ctx) -> map(rs)).list();
    }

    public void markUndone(UUID id, Instant at) {
        handle.createUpdate("UPDATE lead_merge SET undone_at = :at WHERE id = :id").bind("id", id).bind("at", Sql.utc(at)).execute();
    }

    private static HandMerge map(java.sql.ResultSet rs) throws java.sql.SQLException {
        String records = rs.getString("record_ids");
        return new HandMerge(rs.getObject("id", UUID.class), rs.getObject("operation_id", UUID.class),
                rs.getObject("survivor_id", UUID.class), rs.getObject("merged_id", UUID.class),
                records.isBlank() ? List.of() : Arrays.stream(records.split(" ")).map(UUID::fromString).toList(),
                rs.getString("merged_by"), Sql.instant(rs, "merged_at"), Sql.instant(rs, "undone_at"));
    }
}

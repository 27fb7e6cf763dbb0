package org.leadline.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** Pasted posts, kept as the source of the sightings confirmed from them. */
public final class SourcePostRepository {
    private final Handle handle;

    public SourcePostRepository(Handle handle) {
        this.handle = handle;
    }

    public void insert(UUID id, UUID operationId, String text, String sourceUrl, String origin, Instant at) {
        handle.createUpdate("""
                        INSERT INTO source_post (id, operation_id, text, source_url, origin, created_at)
                        VALUES (:id, :op, :text, :url, :origin, :at)""")
                .bind("id", id).bind("op", operationId).bind("text", text).bind("url", sourceUrl)
                .bind("origin", origin).bind("at", Sql.utc(at))
                .execute();
    }

    /** A live sighting of an operation that no post is the source of (demo data groups them into posts). */
    public record UnpostedSighting(UUID id, String origin, Instant seenAt, String raw) {
    }

    /** The operation's live sightings without a source post, by officer and then in the order they were seen. */
    public List<UnpostedSighting> unpostedSightings(UUID operationId) {
        return handle.createQuery("""
                        SELECT s.id, s.origin, s.seen_at, l.raw FROM sighting s JOIN lead l ON l.id = s.lead_id
                        WHERE l.operation_id = :op AND s.source_post_id IS NULL AND NOT s.deleted AND NOT l.deleted
                        ORDER BY s.origin, s.seen_at, s.id""")
                .bind("op", operationId)
                .map((rs, ctx) -> new UnpostedSighting(rs.getObject("id", UUID.class), rs.getString("origin"), Sql.instant(rs, "seen_at"),
                        rs.getString("raw")))
                .list();
    }

    /** Makes a post the source of sightings. */
    public void setSourceOf(UUID postId, List<UUID> sightingIds) {
        handle.createUpdate("UPDATE sighting SET source_post_id = :post WHERE id IN (<ids>)")
                .bind("post", postId).bindList("ids", sightingIds).execute();
    }

    public Optional<String> text(UUID id) {
        return handle.createQuery("SELECT text FROM source_post WHERE id = :id").bind("id", id).mapTo(String.class).findFirst();
    }
}

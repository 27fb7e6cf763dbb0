package org.leadline.persistence;

import java.time.Instant;
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

    public Optional<String> text(UUID id) {
        return handle.createQuery("SELECT text FROM source_post WHERE id = :id").bind("id", id).mapTo(String.class).findFirst();
    }
}

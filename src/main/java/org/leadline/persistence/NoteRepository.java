package org.leadline.persistence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.leadline.model.Note;

/** Officers' notes on leads. */
public final class NoteRepository {
    private final Handle handle;

    public NoteRepository(Handle handle) {
        this.handle = handle;
    }

    public void insert(Note note) {
        handle.createUpdate("""
                        INSERT INTO note (id, lead_id, text, origin, version, created_at, updated_at, deleted)
                        VALUES (:id, :lead, :text, :origin, :version, :createdAt, :updatedAt, :deleted)""")
                .bind("id", note.id())
                .bind("lead", note.leadId())
                .bind("text", note.text())
                .bind("origin", note.origin())
                .bind("version", note.version())
                .bind("createdAt", Sql.utc(note.createdAt()))
                .bind("updatedAt", Sql.utc(note.updatedAt()))
                .bind("deleted", note.deleted())
                .execute();
    }

    public List<Note> forLeads(Collection<UUID> leadIds) {
        if (leadIds.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("SELECT * FROM note WHERE lead_id IN (<ids>) ORDER BY created_at, id")
                .bindList("ids", List.copyOf(leadIds))
                .map((rs, ctx) -> new Note(rs.getObject("id", UUID.class), rs.getObject("lead_id", UUID.class),
                        rs.getString("text"), rs.getString("origin"), rs.getLong("version"), Sql.instant(rs, "created_at"),
                        Sql.instant(rs, "updated_at"), rs.getBoolean("deleted")))
                .list();
    }
}

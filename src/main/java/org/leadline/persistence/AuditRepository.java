package org.leadline.persistence;

import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.leadline.model.AuditEntry;

/** The append-only audit log: rows are inserted, never updated or deleted. */
public final class AuditRepository {
    private final Handle handle;

    public AuditRepository(Handle handle) {
        this.handle = handle;
    }

    public void append(AuditEntry entry) {
        handle.createUpdate("""
                        INSERT INTO audit (at, actor, action, subject_type, subject_id, before_json, after_json)
                        VALUES (:at, :actor, :action, :type, :subject, :before, :after)""")
                .bind("at", Sql.utc(entry.at()))
                .bind("actor", entry.actor())
                .bind("action", entry.action())
                .bind("type", entry.subjectType())
                .bind("subject", entry.subjectId())
                .bind("before", entry.before())
                .bind("after", entry.after())
                .execute();
    }

    public List<AuditEntry> forSubjects(Collection<String> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("SELECT * FROM audit WHERE subject_id IN (<ids>) ORDER BY seq")
                .bindList("ids", List.copyOf(subjectIds))
                .map((rs, ctx) -> new AuditEntry(rs.getLong("seq"), Sql.instant(rs, "at"), rs.getString("actor"),
                        rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"),
                        rs.getString("before_json"), rs.getString("after_json")))
                .list();
    }

    public long count() {
        return handle.createQuery("SELECT COUNT(*) FROM audit").mapTo(Long.class).one();
    }
}

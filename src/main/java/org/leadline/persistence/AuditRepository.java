package org.leadline.persistence;

import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.leadline.model.AuditEntry;

/** The append-only audit log: rows are inserted, never updated or deleted. */
public final class AuditRepository {
    private final Handle handle;

    public AuditRepository(Handle handle) {
        this.handle = handle;
    }

    private static final String INSERT = """
            INSERT INTO audit (at, actor, action, subject_type, subject_id, before_json, after_json)
            VALUES (:at, :actor, :action, :type, :subject, :before, :after)""";

    public void append(AuditEntry entry) {
        bind(handle.createUpdate(INSERT), entry).execute();
    }

    /** Many entries in one prepared batch, in this order. */
    public void appendAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch(INSERT);
        for (AuditEntry entry : entries) {
            bind(batch, entry).add();
        }
        batch.execute();
    }

    private static <S extends SqlStatement<S>> S bind(S statement, AuditEntry entry) {
        return statement
                .bind("at", Sql.utc(entry.at()))
                .bind("actor", entry.actor())
                .bind("action", entry.action())
                .bind("type", entry.subjectType())
                .bind("subject", entry.subjectId())
                .bind("before", entry.before())
                .bind("after", entry.after());
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

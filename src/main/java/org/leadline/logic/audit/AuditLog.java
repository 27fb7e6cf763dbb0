package org.leadline.logic.audit;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.leadline.logic.json.Json;
import org.leadline.model.AuditEntry;
import org.leadline.persistence.AuditRepository;

/** Appends who changed what to the audit log, inside the transaction that made the change. */
public final class AuditLog {
    private AuditLog() {
    }

    public static void record(Handle handle, String actor, Instant at, String action, String subjectType, Object subjectId,
                              Object before, Object after) {
        new AuditRepository(handle).append(entry(actor, at, action, subjectType, subjectId, before, after));
    }

    /** An entry to append later with {@link #recordAll}, for a change of many records at once. */
    public static AuditEntry entry(String actor, Instant at, String action, String subjectType, Object subjectId, Object before,
                                   Object after) {
        return new AuditEntry(0, at, actor, action, subjectType, String.valueOf(subjectId),
                before == null ? null : Json.write(before), after == null ? null : Json.write(after));
    }

    public static void recordAll(Handle handle, List<AuditEntry> entries) {
        new AuditRepository(handle).appendAll(entries);
    }
}

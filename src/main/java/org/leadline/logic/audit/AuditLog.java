package org.leadline.logic.audit;

import java.time.Instant;
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
        new AuditRepository(handle).append(new AuditEntry(0, at, actor, action, subjectType, String.valueOf(subjectId),
                before == null ? null : Json.write(before), after == null ? null : Json.write(after)));
    }
}

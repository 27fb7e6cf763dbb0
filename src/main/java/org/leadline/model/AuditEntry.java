package org.leadline.model;

import java.time.Instant;

/** One line of the append-only audit log: who changed what, when (UTC), and the state before and after (JSON). */
public record AuditEntry(long sequence, Instant at, String actor, String action, String subjectType, String subjectId,
                         String before, String after) {
}

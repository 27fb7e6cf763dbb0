package org.leadline.model;

import java.time.Instant;
import java.util.UUID;

/** A free-text note an officer wrote on a lead. */
public record Note(UUID id, UUID leadId, String text, String origin, long version, Instant createdAt, Instant updatedAt,
                   boolean deleted) {
}

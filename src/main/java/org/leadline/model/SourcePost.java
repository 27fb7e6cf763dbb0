package org.leadline.model;

import java.time.Instant;
import java.util.UUID;

/** A pasted post, kept as the source of the sightings confirmed from it. Never edited once stored. */
public record SourcePost(UUID id, UUID operationId, String text, String sourceUrl, String origin, Instant createdAt) {
}

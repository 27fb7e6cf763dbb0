package org.leadline.model;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * That a capture is evidence for a lead record, an offer or a document record. Links are records of their own
 * (origin, version, tombstone) so that unlinking travels in packages as a deletion, not as a silent loss.
 */
public record CaptureLink(
        UUID id,
        UUID operationId,
        UUID captureId,
        Target targetType,
        UUID targetId,
        String origin,
        long version,
        Instant createdAt,
        Instant updatedAt,
        boolean deleted) {

    public enum Target {
        LEAD, OFFER, DOCUMENT;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Target fromWireName(String name) {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        }
    }
}

package org.leadline.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One officer's record of a selector. Records of several officers with the same kind and canonical value
 * are one entity ({@link LeadSummary}); only the record's origin edits it, raising its version.
 *
 * @param origin fingerprint of the officer who made the record
 * @param deleted a tombstone: the record was deleted by its origin and travels on as such
 */
public record Lead(
        UUID id,
        UUID operationId,
        LeadKind kind,
        String raw,
        String canonical,
        LeadStatus status,
        String reason,
        Category category,
        List<String> tags,
        String origin,
        long version,
        Instant createdAt,
        Instant updatedAt,
        boolean deleted) {

    public Lead {
        tags = List.copyOf(tags);
    }

    public Lead withEdit(Category newCategory, List<String> newTags, Instant now) {
        return new Lead(id, operationId, kind, raw, canonical, status, reason, newCategory, newTags, origin, version + 1,
                createdAt, now, deleted);
    }

    public Lead asTombstone(Instant now) {
        return new Lead(id, operationId, kind, raw, canonical, status, reason, category, tags, origin, version + 1,
                createdAt, now, true);
    }
}

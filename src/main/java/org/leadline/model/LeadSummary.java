package org.leadline.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A lead entity as the lead table shows it: all officers' records of one kind and canonical value, summed up.
 *
 * @param id        the entity's local id (not exported: entities are identified by kind and canonical value)
 * @param officers  how many officers recorded it ("seen by N")
 */
public record LeadSummary(
        UUID id,
        UUID operationId,
        LeadKind kind,
        String canonical,
        String raw,
        LeadStatus status,
        Category category,
        List<String> tags,
        int sightings,
        int officers,
        Instant firstSeen,
        Instant lastSeen) {

    public LeadSummary {
        tags = List.copyOf(tags);
    }
}

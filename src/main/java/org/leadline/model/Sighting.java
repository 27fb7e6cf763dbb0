package org.leadline.model;

import java.time.Instant;
import java.util.UUID;

/** Where and when an officer saw a lead: the source page, its platform, and the pasted post it came from (if any). */
public record Sighting(
        UUID id,
        UUID leadId,
        String sourceUrl,
        String platform,
        UUID sourcePostId,
        Instant seenAt,
        String origin,
        long version,
        boolean deleted) {
}

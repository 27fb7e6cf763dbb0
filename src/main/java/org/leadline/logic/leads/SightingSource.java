package org.leadline.logic.leads;

import java.util.UUID;

/** Where an officer saw what they are adding: the page, its platform, and the pasted post (all optional). */
public record SightingSource(String sourceUrl, String platform, UUID sourcePostId) {
    public static final SightingSource NONE = new SightingSource(null, null, null);
}

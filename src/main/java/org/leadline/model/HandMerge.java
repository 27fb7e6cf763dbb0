package org.leadline.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An officer's decision that two lead entities are one: the merged entity's records moved to the survivor.
 *
 * @param recordIds the records that moved, so that undoing puts exactly them back
 * @param undoneAt  when the merge was undone, or null while it stands
 */
public record HandMerge(UUID id, UUID operationId, UUID survivorId, UUID mergedId, List<UUID> recordIds, String mergedBy,
                        Instant mergedAt, Instant undoneAt) {
    public HandMerge {
        recordIds = List.copyOf(recordIds);
    }
}

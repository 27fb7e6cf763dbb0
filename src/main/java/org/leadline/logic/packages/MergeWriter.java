package org.leadline.logic.packages;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.leadline.model.LeadKind;
import org.leadline.model.LeadSummary;
import org.leadline.persistence.LeadRepository;

/**
 * The writes of one import, in its transaction: records go in through their features' repositories (which keep the
 * tallies), and every lead entity touched is rebuilt once at the end instead of once per record.
 */
final class MergeWriter {
    private final Handle handle;
    private final String owner;
    private final java.time.Instant now;
    private final Set<UUID> touchedEntities = new LinkedHashSet<>();

    MergeWriter(Handle handle, String owner, java.time.Instant now) {
        this.handle = handle;
        this.owner = owner;
        this.now = now;
    }

    Handle handle() {
        return handle;
    }

    java.time.Instant now() {
        return now;
    }

    /** The entity a selector belongs to in the operation (following hand merges), made when it is new. */
    UUID entityFor(UUID operationId, LeadKind kind, String canonical, String raw, String region, String platform) {
        LeadRepository leads = new LeadRepository(handle);
        return leads.entityOf(operationId, kind, canonical).map(LeadSummary::id)
                .orElseGet(() -> leads.createEntity(operationId, kind, canonical, raw, region, platform, now));
    }

    void touchEntityOfRecord(UUID leadRecordId) {
        touchedEntities.add(new LeadRepository(handle).entityIdOfRecord(leadRecordId));
    }

    void touchEntity(UUID entityId) {
        touchedEntities.add(entityId);
    }

    /** Rebuilds every touched entity's projection (table row, counts, search terms, tallies). */
    void refreshEntities(Runnable betweenBatches) {
        LeadRepository leads = new LeadRepository(handle);
        int n = 0;
        for (UUID entity : touchedEntities) {
            leads.refreshEntity(entity, owner);
            if (++n % 500 == 0) {
                betweenBatches.run();
            }
        }
    }

    int touched() {
        return touchedEntities.size();
    }
}

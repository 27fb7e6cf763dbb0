package org.leadline.logic.leads;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.leadline.logic.audit.AuditLog;
import org.leadline.logic.selectors.NearDuplicates;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.HandMerge;
import org.leadline.model.Ids;
import org.leadline.model.Lead;
import org.leadline.model.LeadKind;
import org.leadline.model.LeadSummary;
import org.leadline.persistence.LeadRepository;
import org.leadline.persistence.MergeRepository;
import org.leadline.persistence.SearchTerms;

/**
 * Near-duplicate suggestions and hand-made merges. Nothing merges automatically: the officer looks at a
 * suggestion, merges by hand, and can undo it.
 */
public final class LeadMerges {
    private static final int CANDIDATES = 300;
    private final Workspace workspace;

    public LeadMerges(Workspace workspace) {
        this.workspace = workspace;
    }

    /** A lead that may be the same entity as the one looked at, and why. */
    public record Suggestion(LeadSummary lead, String reason) {
    }

    public List<Suggestion> suggestionsFor(UUID entityId) {
        return workspace.jdbi().withHandle(handle -> {
            LeadRepository leads = new LeadRepository(handle);
            LeadSummary lead = leads.entity(entityId)
                    .orElseThrow(() -> new IllegalArgumentException("There is no lead " + entityId + "."));
            Map<String, LeadSummary> candidates = new LinkedHashMap<>();
            leads.sharingTerms(lead.operationId(), SearchTerms.forValue(lead.kind(), lead.canonical()), entityId, CANDIDATES)
                    .forEach(candidate -> candidates.putIfAbsent(candidate.canonical(), candidate));
            if (lead.kind() == LeadKind.HANDLE) {
                // A handle one edit away usually keeps its first letters; the prefix range finds those cheaply.
                String canonical = lead.canonical();
                int nameStart = canonical.indexOf(':') + 1;
                String prefix = canonical.substring(0, Math.min(canonical.length(), nameStart + 3));
                leads.startingWith(lead.operationId(), prefix, entityId, CANDIDATES)
                        .forEach(candidate -> candidates.putIfAbsent(candidate.canonical(), candidate));
            }
            List<Suggestion> suggestions = new ArrayList<>();
            for (NearDuplicates.Suggestion suggestion : NearDuplicates.suggest(lead.kind(), lead.canonical(), candidates.keySet())) {
                suggestions.add(new Suggestion(candidates.get(suggestion.candidate()), suggestion.reason()));
            }
            return suggestions;
        });
    }

    /** Merges {@code mergedId} into {@code survivorId}: one entity with every record, sighting and note of both. */
    public HandMerge merge(UUID survivorId, UUID mergedId) {
        if (survivorId.equals(mergedId)) {
            throw new IllegalArgumentException("A lead cannot be merged with itself.");
        }
        return workspace.jdbi().inTransaction(handle -> {
            LeadRepository leads = new LeadRepository(handle);
            LeadSummary survivor = live(leads, survivorId);
            LeadSummary merged = live(leads, mergedId);
            if (!survivor.operationId().equals(merged.operationId())) {
                throw new IllegalArgumentException("Leads of different operations cannot be merged.");
            }
            Instant now = workspace.clock().instant();
            List<UUID> records = leads.recordsOfEntity(mergedId).stream().map(Lead::id).toList();
            HandMerge merge = new HandMerge(Ids.newId(), survivor.operationId(), survivorId, mergedId, records,
                    workspace.owner().fingerprint(), now, null);
            new MergeRepository(handle).insert(merge);
            leads.moveRecords(records, survivorId);
            leads.setMergedInto(mergedId, survivorId);
            leads.refreshEntity(survivorId, workspace.owner().fingerprint());
            leads.refreshEntity(mergedId, workspace.owner().fingerprint());
            AuditLog.record(handle, workspace.owner().fingerprint(), now, "lead.merge", "entity", survivorId,
                    Map.of("survivor", survivor.canonical(), "merged", merged.canonical()), merge);
            return merge;
        });
    }

    /** Undoes a hand-made merge: the merged entity gets back exactly the records it had. */
    public void undo(UUID mergeId) {
        workspace.jdbi().useTransaction(handle -> {
            MergeRepository merges = new MergeRepository(handle);
            HandMerge merge = merges.byId(mergeId)
                    .orElseThrow(() -> new IllegalArgumentException("There is no merge " + mergeId + "."));
            if (merge.undoneAt() != null) {
                throw new IllegalStateException("This merge was already undone.");
            }
            LeadRepository leads = new LeadRepository(handle);
            Instant now = workspace.clock().instant();
            leads.moveRecords(merge.recordIds(), merge.mergedId());
            leads.setMergedInto(merge.mergedId(), null);
            merges.markUndone(mergeId, now);
            leads.refreshEntity(merge.survivorId(), workspace.owner().fingerprint());
            leads.refreshEntity(merge.mergedId(), workspace.owner().fingerprint());
            AuditLog.record(handle, workspace.owner().fingerprint(), now, "lead.unmerge", "entity", merge.survivorId(),
                    merge, null);
        });
    }

    /** The merges into a lead that still stand, newest first. */
    public List<HandMerge> mergesInto(UUID entityId) {
        return workspace.jdbi().withHandle(handle -> new MergeRepository(handle).standingInto(entityId));
    }

    private static LeadSummary live(LeadRepository leads, UUID entityId) {
        LeadSummary lead = leads.entity(entityId)
                .orElseThrow(() -> new IllegalArgumentException("There is no lead " + entityId + "."));
        if (lead.officers() == 0 || leads.mergedInto(entityId).isPresent()) {
            throw new IllegalArgumentException("The lead " + lead.canonical() + " was deleted or merged already.");
        }
        return lead;
    }
}

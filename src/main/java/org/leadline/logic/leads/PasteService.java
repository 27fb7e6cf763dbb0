package org.leadline.logic.leads;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.leadline.logic.audit.AuditLog;
import org.leadline.logic.selectors.Selector;
import org.leadline.logic.selectors.SelectorExtractor;
import org.leadline.logic.selectors.SelectorNormalizer;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Ids;
import org.leadline.model.LeadKind;
import org.leadline.model.LeadSummary;
import org.leadline.model.Operation;
import org.leadline.persistence.LeadRepository;
import org.leadline.persistence.OperationRepository;
import org.leadline.persistence.SourcePostRepository;

/**
 * The paste flow: an officer pastes a post, sees every selector in it (and which are already known), confirms,
 * corrects or drops each, and the confirmed ones are stored with the post as their source.
 */
public final class PasteService {
    /** Posts longer than this are refused: a chat export of this size is split by the officer first. */
    public static final int MAX_TEXT = 5_000_000;
    private final Workspace workspace;

    public PasteService(Workspace workspace) {
        this.workspace = workspace;
    }

    /** A selector found in the pasted text, with the lead it matches if the operation already has it. */
    public record Found(Selector selector, Optional<LeadSummary> known) {
        /** "already known: seen 3 times", or empty for a new selector. */
        public int timesSeen() {
            return known.map(LeadSummary::sightings).orElse(0);
        }
    }

    public List<Found> preview(UUID operationId, String text) {
        requireSize(text);
        Operation operation = operation(operationId);
        List<Selector> selectors = new SelectorExtractor(operation.defaultRegion()).extract(text);
        return workspace.jdbi().withHandle(handle -> {
            LeadRepository leads = new LeadRepository(handle);
            List<Found> found = new ArrayList<>(selectors.size());
            for (Selector selector : selectors) {
                found.add(new Found(selector, leads.entityOf(operationId, selector.kind(), selector.canonical())
                        .filter(lead -> lead.officers() > 0)));
            }
            return found;
        });
    }

    /** The officer's correction of a found value: normalised again, keeping the span it came from. */
    public Selector correct(UUID operationId, Selector original, String value, LeadKind kind) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The corrected value is empty.");
        }
        Selector corrected = SelectorNormalizer.normalize(value, kind, operation(operationId).defaultRegion()).get(0);
        return new Selector(corrected.kind(), corrected.canonical(), corrected.raw(), original.start(), original.end(),
                corrected.verified(), corrected.reason(), corrected.phone(), corrected.platform(), corrected.chain(),
                corrected.document());
    }

    /** Stores the confirmed selectors in one transaction, each with a sighting whose source is the pasted post. */
    public List<AddedLead> confirm(UUID operationId, String text, String sourceUrl, List<Selector> confirmed) {
        requireSize(text);
        if (confirmed.isEmpty()) {
            return List.of();
        }
        LeadService leads = new LeadService(workspace);
        return workspace.jdbi().inTransaction(handle -> {
            if (new OperationRepository(handle).byId(operationId).isEmpty()) {
                throw new IllegalArgumentException("There is no operation " + operationId + " in this workspace.");
            }
            UUID postId = Ids.newId();
            String url = sourceUrl == null || sourceUrl.isBlank() ? null : sourceUrl.strip();
            new SourcePostRepository(handle).insert(postId, operationId, text, url, workspace.owner().fingerprint(),
                    workspace.clock().instant());
            AuditLog.record(handle, workspace.owner().fingerprint(), workspace.clock().instant(), "post.paste", "post", postId,
                    null, java.util.Map.of("characters", text.length(), "selectors", confirmed.size()));
            List<AddedLead> added = new ArrayList<>();
            for (Selector selector : confirmed) {
                added.add(leads.addSelector(handle, operationId, selector, List.of(), null, new SightingSource(url, null, postId)));
            }
            return added;
        });
    }

    private Operation operation(UUID operationId) {
        return workspace.jdbi().withHandle(handle -> new OperationRepository(handle).byId(operationId))
                .orElseThrow(() -> new IllegalArgumentException("There is no operation " + operationId + " in this workspace."));
    }

    private static void requireSize(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The pasted text is empty.");
        }
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("The pasted text has more than " + MAX_TEXT / 1_000_000
                    + " million characters; paste it in parts.");
        }
    }
}

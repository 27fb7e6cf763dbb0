package org.leadline.logic.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.leadline.logic.audit.AuditLog;
import org.leadline.logic.evidence.EvidenceService;
import org.leadline.logic.evidence.EvidenceService.Context;
import org.leadline.logic.evidence.EvidenceService.Source;
import org.leadline.logic.evidence.EvidenceService.Target;
import org.leadline.logic.leads.LeadService;
import org.leadline.logic.operations.OperationService;
import org.leadline.logic.tasks.CancelledException;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.LeadQuery;
import org.leadline.model.LeadSummary;
import org.leadline.model.Officer;
import org.leadline.model.Operation;
import org.leadline.persistence.BulkLead;
import org.leadline.persistence.LeadBulkWriter;
import org.leadline.persistence.LeadRepository;
import org.leadline.persistence.OfferRepository;
import org.leadline.persistence.OfficerRepository;
import org.leadline.persistence.SourcePostRepository;

/** Fills an operation with a synthetic action day (see {@link DemoGenerator}), in batches that can be cancelled. */
public final class DemoService {
    public static final String DEMO_OPERATION_NAME = "Demo — Cyberprotect action day";
    /**
     * Items per transaction. Small on purpose: H2 marks every entry of a transaction committed at its commit, and
     * pages a large transaction had to write out meanwhile are read back to do so. Measured at 100,000 leads: 5,000
     * a batch 3,262 leads/s, 1,000 4,083/s, 250 4,548–5,077/s, 100 4,927/s.
     */
    private static final int BATCH = 250;
    private final Workspace workspace;

    public DemoService(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Creates and opens a new demo operation filled with {@code leads} leads and one offer for every twenty. */
    public Operation createDemoOperation(int leads, long seed) {
        Operation operation = new OperationService(workspace).create(DEMO_OPERATION_NAME, null, "FR",
                DemoGenerator.ACTION_DAY_START, DemoGenerator.ACTION_DAY_START.plusDays(2));
        fill(operation.id(), leads, seed, Progress.NONE);
        fillOffers(operation.id(), offersFor(leads), seed, Progress.NONE);
        groupIntoPosts(operation.id(), seed, Progress.NONE);
        return operation;
    }

    /**
     * Makes the operation's sightings that have no source post into the posts they were found in, as pasting does:
     * an officer's sightings in the order they were seen, two to five to a post, a third left on their own. Leads found
     * by several officers then link their posts, which gives the link chart its networks. Each batch of posts is a
     * transaction; cancelling stops between batches.
     *
     * @return the number of posts made
     */
    public int groupIntoPosts(UUID operationId, long seed, Progress progress) {
        List<SourcePostRepository.UnpostedSighting> sightings = new ArrayList<>(workspace.jdbi().withHandle(handle ->
                new SourcePostRepository(handle).unpostedSightings(operationId)));
        // The owner first, then the seed's colleagues, each officer's sightings in the order they were seen: the owner's
        // key (and so the database's order of origins) differs between workspaces, the posts of a seed do not.
        Map<String, Integer> officerOrder = new java.util.HashMap<>();
        originsOf(seed).forEach(origin -> officerOrder.putIfAbsent(origin, officerOrder.size()));
        sightings.sort(java.util.Comparator.comparingInt((SourcePostRepository.UnpostedSighting sighting) ->
                        officerOrder.getOrDefault(sighting.origin(), Integer.MAX_VALUE)).thenComparing(SourcePostRepository.UnpostedSighting::origin)
                .thenComparing(SourcePostRepository.UnpostedSighting::seenAt)
                .thenComparing(SourcePostRepository.UnpostedSighting::raw));
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed ^ 0x5EED_0F_9057L);
        List<List<SourcePostRepository.UnpostedSighting>> posts = new ArrayList<>();
        int next = 0;
        while (next < sightings.size()) {
            if (random.nextInt(3) == 0) {
                next++;
                continue;
            }
            int end = Math.min(sightings.size(), next + 2 + random.nextInt(4));
            List<SourcePostRepository.UnpostedSighting> post = new ArrayList<>();
            for (int i = next; i < end && sightings.get(i).origin().equals(sightings.get(next).origin()); i++) {
                post.add(sightings.get(i));
            }
            next += post.size();
            if (post.size() > 1) {
                posts.add(post);
            }
        }
        for (int start = 0; start < posts.size(); start += BATCH) {
            if (progress.cancelled()) {
                throw new CancelledException("Demo posts cancelled after " + start + " posts.");
            }
            List<List<SourcePostRepository.UnpostedSighting>> batch = posts.subList(start, Math.min(posts.size(), start + BATCH));
            workspace.jdbi().useTransaction(handle -> {
                SourcePostRepository repository = new SourcePostRepository(handle);
                for (List<SourcePostRepository.UnpostedSighting> post : batch) {
                    UUID id = org.leadline.model.Ids.newId();
                    String text = "Crossings every night, safe and fast. Contact: "
                            + String.join(" / ", post.stream().map(SourcePostRepository.UnpostedSighting::raw).toList());
                    repository.insert(id, operationId, text, null, post.get(0).origin(), post.get(0).seenAt());
                    repository.setSourceOf(id, post.stream().map(SourcePostRepository.UnpostedSighting::id).toList());
                }
            });
            progress.report(Math.min(posts.size(), start + BATCH), posts.size());
        }
        return posts.size();
    }

    /** The demo's usual number of offers for a number of leads: one for every twenty. */
    public static int offersFor(int leads) {
        return leads / 20;
    }

    /**
     * Adds {@code offers} synthetic offers (see {@link DemoOffers}) to an operation, by the same officers as the demo
     * leads; a third name one of the operation's incident leads. Batches are transactions, as for leads.
     *
     * @return the number of offers written
     */
    public int fillOffers(UUID operationId, int offers, long seed, Progress progress) {
        if (offers < 0) {
            throw new IllegalArgumentException("The number of demo offers cannot be negative.");
        }
        List<String> origins = originsOf(seed);
        List<DemoOffers.IncidentLead> incidentLeads = workspace.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT id, origin FROM lead WHERE operation_id = :op AND category LIKE 'INCIDENT_%' AND NOT deleted ORDER BY id LIMIT 5000")
                .bind("op", operationId)
                .map((rs, ctx) -> new DemoOffers.IncidentLead(rs.getObject("id", UUID.class), rs.getString("origin"))).list());
        DemoOffers generator = new DemoOffers(operationId, origins, incidentLeads, seed);
        return inBatches(operationId, offers, "offers", seed, progress, generator::next,
                (handle, batch) -> {
                    new OfferRepository(handle).insertAll(batch);
                    return batch.size();
                });
    }

    /**
     * Adds {@code leads} synthetic lead entities to an operation. Each batch is one transaction; cancelling stops
     * between batches, so the operation holds whole batches only.
     *
     * @return the number of entities written
     */
    public int fill(UUID operationId, int leads, long seed, Progress progress) {
        return fill(operationId, leads, seed, progress, false);
    }

    /**
     * Adds {@code leads} synthetic lead entities found by the workspace's officer alone: one officer's own day, all of
     * which their package carries (benchmarks of packages). Batches are transactions, as for {@link #fill}.
     *
     * @return the number of entities written
     */
    public int fillOwn(UUID operationId, int leads, long seed, Progress progress) {
        return fill(operationId, leads, seed, progress, true);
    }

    private int fill(UUID operationId, int leads, long seed, Progress progress, boolean ownOnly) {
        if (leads < 0) {
            throw new IllegalArgumentException("The number of demo leads cannot be negative.");
        }
        List<String> origins = ownOnly ? List.of(workspace.owner().fingerprint()) : originsOf(seed);
        DemoGenerator generator = new DemoGenerator(operationId, origins, seed, leads);
        return inBatches(operationId, leads, "leads", seed, progress, generator::next, (handle, batch) -> {
            // A second run with the same seed draws the same values: those the operation has already are left out.
            Map<String, UUID> existing = new LeadRepository(handle).entitiesOfValues(operationId,
                    batch.stream().map(lead -> lead.records().get(0).canonical()).toList());
            List<BulkLead> fresh = batch.stream().filter(lead -> !existing.containsKey(
                    lead.records().get(0).kind().wireName() + " " + lead.records().get(0).canonical())).toList();
            new LeadBulkWriter(handle).write(fresh);
            return fresh.size();
        });
    }

    /** The owner and the seed's fifteen colleagues (stored as officers of the workspace if they are not yet). */
    private List<String> originsOf(long seed) {
        List<Officer> colleagues = DemoGenerator.colleagues(seed);
        workspace.jdbi().useTransaction(handle -> {
            OfficerRepository officers = new OfficerRepository(handle);
            for (Officer colleague : colleagues) {
                if (officers.byFingerprint(colleague.fingerprint()).isEmpty()) {
                    officers.insertColleague(colleague, workspace.clock().instant());
                }
            }
        });
        List<String> origins = new ArrayList<>();
        origins.add(workspace.owner().fingerprint());
        colleagues.forEach(officer -> origins.add(officer.fingerprint()));
        return origins;
    }

    /** Writes {@code total} generated items, a transaction per batch, stopping between batches when cancelled; audited once. */
    private <T> int inBatches(UUID operationId, int total, String what, long seed, Progress progress,
                              java.util.function.IntFunction<List<T>> next,
                              java.util.function.BiFunction<org.jdbi.v3.core.Handle, List<T>, Integer> write) {
        int drawn = 0;
        int written = 0;
        while (drawn < total) {
            if (progress.cancelled()) {
                throw new CancelledException("Demo data cancelled after " + written + " " + what + ".");
            }
            int size = Math.min(BATCH, total - drawn);
            List<T> batch = next.apply(size);
            written += workspace.jdbi().inTransaction(handle -> write.apply(handle, batch));
            drawn += size;
            progress.report(drawn, total);
        }
        int count = written;
        workspace.jdbi().useTransaction(handle -> AuditLog.record(handle, workspace.owner().fingerprint(),
                workspace.clock().instant(), what.equals("leads") ? "demo.fill" : "demo." + what, "operation", operationId, null,
                java.util.Map.of(what, count, "seed", seed)));
        return written;
    }

    /**
     * Attaches {@code images} synthetic post screenshots to the operation's newest leads, one each (cycling when there
     * are fewer leads), each image its own transaction; cancelling stops between images.
     *
     * @return the number of images attached
     */
    public int attachImages(UUID operationId, int images, long seed, Progress progress) {
        if (images < 0) {
            throw new IllegalArgumentException("The number of demo images cannot be negative.");
        }
        if (images == 0) {
            return 0;
        }
        LeadService leads = new LeadService(workspace);
        List<LeadSummary> targets = new ArrayList<>();
        LeadQuery query = LeadQuery.firstPage(operationId, Math.min(images, 1_000));
        while (targets.size() < images) {
            List<LeadSummary> page = leads.page(query);
            if (page.isEmpty()) {
                break;
            }
            targets.addAll(page);
            query = query.after(page.get(page.size() - 1));
        }
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("Demo images need leads to attach to: add demo leads first.");
        }
        EvidenceService evidence = new EvidenceService(workspace);
        for (int i = 0; i < images; i++) {
            if (progress.cancelled()) {
                throw new CancelledException("Demo images cancelled after " + i + " images.");
            }
            LeadSummary lead = targets.get(i % targets.size());
            byte[] png = DemoImages.post(lead.raw(), seed * 1_000_003L + i);
            evidence.attach(operationId, List.of(Source.bytes("post-" + (i + 1) + ".png", png)), Context.plain(),
                    List.of(Target.lead(lead.id())), Progress.NONE);
            progress.report(i + 1, images);
        }
        return images;
    }

    /** The first day of the synthetic action day, for callers that create the operation themselves. */
    public static LocalDate actionDayStart() {
        return DemoGenerator.ACTION_DAY_START;
    }

}

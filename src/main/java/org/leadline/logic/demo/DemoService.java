package org.leadline.logic.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.leadline.persistence.OfficerRepository;

/** Fills an operation with a synthetic action day (see {@link DemoGenerator}), in batches that can be cancelled. */
public final class DemoService {
    public static final String DEMO_OPERATION_NAME = "Demo — Cyberprotect action day";
    private static final int BATCH = 5_000;
    private final Workspace workspace;

    public DemoService(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Creates and opens a new demo operation filled with {@code leads} leads. */
    public Operation createDemoOperation(int leads, long seed) {
        Operation operation = new OperationService(workspace).create(DEMO_OPERATION_NAME, null, "FR",
                DemoGenerator.ACTION_DAY_START, DemoGenerator.ACTION_DAY_START.plusDays(2));
        fill(operation.id(), leads, seed, Progress.NONE);
        return operation;
    }

    /**
     * Adds {@code leads} synthetic lead entities to an operation. Each batch is one transaction; cancelling stops
     * between batches, so the operation holds whole batches only.
     *
     * @return the number of entities written
     */
    public int fill(UUID operationId, int leads, long seed, Progress progress) {
        if (leads < 0) {
            throw new IllegalArgumentException("The number of demo leads cannot be negative.");
        }
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
        DemoGenerator generator = new DemoGenerator(operationId, origins, seed, leads);
        int written = 0;
        while (written < leads) {
            if (progress.cancelled()) {
                throw new CancelledException("Demo data cancelled after " + written + " leads.");
            }
            int size = Math.min(BATCH, leads - written);
            List<BulkLead> batch = generator.next(size);
            workspace.jdbi().useTransaction(handle -> new LeadBulkWriter(handle).write(batch));
            written += size;
            progress.report(written, leads);
        }
        int total = written;
        workspace.jdbi().useTransaction(handle -> AuditLog.record(handle, workspace.owner().fingerprint(),
                workspace.clock().instant(), "demo.fill", "operation", operationId, null,
                java.util.Map.of("leads", total, "seed", seed)));
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

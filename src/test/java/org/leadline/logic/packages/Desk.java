package org.leadline.logic.packages;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.leadline.TestWorkspaces;
import org.leadline.logic.documents.DocumentService;
import org.leadline.logic.evidence.EvidenceService;
import org.leadline.logic.evidence.TestImages;
import org.leadline.logic.facechecks.FaceCheckService;
import org.leadline.logic.leads.AddedLead;
import org.leadline.logic.leads.LeadService;
import org.leadline.logic.leads.SightingSource;
import org.leadline.logic.offers.OfferDraft;
import org.leadline.logic.offers.OfferService;
import org.leadline.logic.operations.OperationService;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.NewOfficer;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.FaceCheckResult;
import org.leadline.model.LeadKind;
import org.leadline.model.OfferType;
import org.leadline.model.Place;
import org.leadline.model.PriceUnit;
import org.leadline.model.Transport;

/**
 * One officer's real, encrypted workspace joined to a shared operation, with the few actions the package tests need
 * (the package windows' tests use it too).
 */
public final class Desk implements AutoCloseable {
    public static final UUID OPERATION = UUID.fromString("0b7a5c1e-2d3f-4a5b-8c6d-7e8f9a0b1c2d");

    public final Workspace workspace;
    public final LeadService leads;
    /** The operation this desk's actions, exports and dumps are about. */
    public final UUID operation;

    private Desk(Workspace workspace, UUID operation) {
        this.workspace = workspace;
        this.leads = new LeadService(workspace);
        this.operation = operation;
    }

    public static Desk of(Workspace workspace) {
        return new Desk(workspace, OPERATION);
    }

    /** An officer of the given country who joined operation Cyberprotect II by the id the team lead handed out. */
    public static Desk open(Path folder, String name, String country) {
        Workspace workspace = Workspace.create(folder, TestWorkspaces.PASSPHRASE.toCharArray(),
                new NewOfficer(name, "Agency " + country, country), Clock.systemUTC());
        return new Desk(workspace, OPERATION).joining(OPERATION);
    }

    /** The same workspace, about another operation (which an import creates). Closing it closes the workspace. */
    Desk on(UUID otherOperation) {
        return new Desk(workspace, otherOperation);
    }

    /** The same workspace, joined to another operation by the id the team lead handed out. */
    Desk joining(UUID otherOperation) {
        new OperationService(workspace).create("Cyberprotect II", otherOperation, workspace.owner().country(), null, null);
        return on(otherOperation);
    }

    public String fingerprint() {
        return workspace.owner().fingerprint();
    }

    public AddedLead lead(String value, String... tags) {
        return leads.add(operation, value, null, List.of(tags), null, new SightingSource("https://t.me/s/crossings", "telegram", null))
                .get(0);
    }

    public UUID capture(int seed) {
        byte[] png = TestImages.image("png", 60 + seed, 40, seed);
        return new EvidenceService(workspace).attach(operation, List.of(EvidenceService.Source.bytes("shot-" + seed + ".png", png)),
                EvidenceService.Context.plain(), List.of(), Progress.NONE).get(0).captureId();
    }

    /** The SHA-256 under which the evidence store holds a capture's blob. */
    public String shaOf(UUID capture) {
        return workspace.jdbi().withHandle(handle -> handle.createQuery("SELECT sha256 FROM capture WHERE id = :id")
                .bind("id", capture).mapTo(String.class).one());
    }

    UUID attachTo(UUID entityId, int seed) {
        byte[] png = TestImages.image("png", 60 + seed, 40, seed);
        return new EvidenceService(workspace).attach(operation, List.of(EvidenceService.Source.bytes("post-" + seed + ".png", png)),
                EvidenceService.Context.plain(), List.of(EvidenceService.Target.lead(entityId)), Progress.NONE).get(0).captureId();
    }

    UUID offer(UUID entityId, String amount, UUID capture) {
        OfferDraft draft = new OfferDraft(OfferType.TRAVEL, "Boat to Lampedusa", new BigDecimal(amount), "EUR", PriceUnit.PER_PERSON,
                Place.parse("LY/Zuwara"), List.of(), Place.parse("IT/Lampedusa"), Transport.BOAT,
                Instant.parse("2025-10-15T09:30:00Z"), "telegram", List.of(entityId), capture == null ? List.of() : List.of(capture),
                null, null);
        return new OfferService(workspace).add(operation, draft).id();
    }

    UUID document(UUID image) {
        String mrz = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";
        return new DocumentService(workspace).createFromMrz(operation, mrz, List.of(image), "seen on a seller's post").document().id();
    }

    UUID faceCheck(UUID image) {
        return new FaceCheckService(workspace).record(operation, image, FaceCheckService.DEFAULT_SYSTEMS.get(0),
                FaceCheckResult.PENDING, null, LocalDate.now(), null).id();
    }

    public PackageExporter.ExportResult export(Path file) {
        return export(file, PackageKind.OFFICER);
    }

    public PackageExporter.ExportResult export(Path file, PackageKind kind) {
        return new PackageExporter(workspace).export(operation, kind, file, Progress.NONE);
    }

    public void trust(Desk colleague, Path theirPackage) {
        new TrustService(workspace).addFromPackage(colleague.fingerprint(), theirPackage);
    }

    public ImportSummary importPackage(Path file) {
        return new PackageImporter(workspace).importFile(file, Progress.NONE);
    }

    String dump() {
        return WorkspaceDump.of(workspace, operation);
    }

    @Override
    public void close() {
        workspace.close();
    }
}

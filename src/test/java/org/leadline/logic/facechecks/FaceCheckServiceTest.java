package org.leadline.logic.facechecks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.TestWorkspaces;
import org.leadline.logic.evidence.TestImages;
import org.leadline.logic.stats.StatsService;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.AuditEntry;
import org.leadline.model.CaptureSummary;
import org.leadline.model.FaceCheck;
import org.leadline.model.FaceCheckResult;

import org.leadline.model.Operation;
import org.leadline.persistence.AuditRepository;

class FaceCheckServiceTest {
    static final String IFRS = "INTERPOL face recognition system (IFRS)";

    @TempDir
    Path folder;
    Workspace workspace;
    Operation operation;
    FaceCheckService checks;

    @BeforeEach
    void open() {
        workspace = TestWorkspaces.create(folder);
        operation = TestWorkspaces.withOperation(workspace);
        checks = new FaceCheckService(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private FaceCheck check(UUID image, String system, FaceCheckResult result) {
        return checks.record(operation.id(), image, system, result, null, null, null);
    }

    private int faceImagesChecked() {
        return new StatsService(workspace).stats(operation.id()).faceImagesChecked();
    }

    @Test
    void aCheckIsRecordedWithTodayAndTheOfficerAndShowsInTheLedger() {
        UUID image = TestImages.capture(workspace, operation.id());
        FaceCheck made = checks.record(operation.id(), image, "interpol FACE recognition system (ifrs)", FaceCheckResult.POSSIBLE_HIT,
                " IFRS-2026-0042 ", null, "Same scar as the Bari case");

        assertThat(made.system()).isEqualTo(IFRS);
        assertThat(made.reference()).isEqualTo("IFRS-2026-0042");
        assertThat(made.checkedOn()).isEqualTo(LocalDate.now(java.time.ZoneOffset.UTC));
        assertThat(made.origin()).isEqualTo(workspace.owner().fingerprint());
        assertThat(made.version()).isEqualTo(1);
        List<LedgerLine> ledger = checks.ledger(operation.id());
        assertThat(ledger).hasSize(1);
        assertThat(ledger.get(0).check()).isEqualTo(made);
        assertThat(ledger.get(0).officer()).isEqualTo("Claire Martin");
        assertThat(ledger.get(0).image().id()).isEqualTo(image);
        assertThat(ledger.get(0).image().originalName()).startsWith("face-").endsWith(".png");
    }

    @Test
    void theImageToCheckIsALiveCaptureOfTheOperation() {
        UUID image = TestImages.capture(workspace, operation.id());
        Operation other = new org.leadline.logic.operations.OperationService(workspace).create("Other day", null, "FR", null, null);
        UUID elsewhere = TestImages.capture(workspace, other.id());

        assertThat(checks.image(operation.id(), image)).map(CaptureSummary::id).contains(image);
        assertThat(checks.image(operation.id(), elsewhere)).as("another operation's capture").isEmpty();
        assertThat(checks.image(operation.id(), UUID.randomUUID())).isEmpty();
    }

    @Test
    void faceImagesCheckedCountsDistinctImagesWithALiveCheck() {
        UUID first = TestImages.capture(workspace, operation.id());
        UUID second = TestImages.capture(workspace, operation.id());
        UUID third = TestImages.capture(workspace, operation.id());
        check(first, IFRS, FaceCheckResult.NO_HIT);
        check(first, "National system", FaceCheckResult.HIT);
        check(second, IFRS, FaceCheckResult.PENDING);
        FaceCheck only = check(third, "Other", FaceCheckResult.NO_HIT);
        assertThat(faceImagesChecked()).isEqualTo(3);

        checks.delete(only.id());
        assertThat(faceImagesChecked()).isEqualTo(2);
        assertThat(checks.ledger(operation.id())).hasSize(3);
        Operation other = new org.leadline.logic.operations.OperationService(workspace).create("Other day", null, "IT", null, null);
        assertThat(new StatsService(workspace).stats(other.id()).faceImagesChecked()).isZero();
    }

    @Test
    void editingTheResultRaisesTheVersionAndWritesTheAuditAndDeletingIsATombstone() {
        FaceCheck pending = check(TestImages.capture(workspace, operation.id()), IFRS, FaceCheckResult.PENDING);
        FaceCheck answered = checks.edit(pending.id(), FaceCheckResult.HIT, "IFRS-77", "Confirmed by the Lyon desk");
        assertThat(answered.version()).isEqualTo(2);
        assertThat(answered.result()).isEqualTo(FaceCheckResult.HIT);
        assertThat(checks.ledger(operation.id()).get(0).check()).isEqualTo(answered);
        FaceCheck corrected = checks.setResult(pending.id(), FaceCheckResult.POSSIBLE_HIT);
        assertThat(corrected.version()).isEqualTo(3);
        assertThat(corrected.reference()).isEqualTo("IFRS-77");
        assertThat(corrected.note()).isEqualTo("Confirmed by the Lyon desk");

        checks.delete(pending.id());
        assertThat(checks.ledger(operation.id())).isEmpty();
        FaceCheck tombstone = workspace.jdbi().withHandle(h -> new org.leadline.persistence.FaceCheckRepository(h).byId(pending.id()))
                .orElseThrow();
        assertThat(tombstone.deleted()).isTrue();
        assertThat(tombstone.version()).isEqualTo(4);
        assertThatThrownBy(() -> checks.edit(pending.id(), FaceCheckResult.NO_HIT, null, null)).hasMessageEndingWith("was deleted.");
        List<AuditEntry> audit = workspace.jdbi().withHandle(h -> new AuditRepository(h).forSubjects(List.of(pending.id().toString())));
        assertThat(audit).extracting(AuditEntry::action).containsExactly("face-check.add", "face-check.edit", "face-check.edit",
                "face-check.delete");
    }

    @Test
    void theSystemsListStartsWithTheDefaultsAndIsConfigurable() {
        assertThat(checks.systems()).containsExactly(IFRS, "National system", "Other");
        assertThat(checks.addSystem(" Eurodac ")).containsExactly(IFRS, "National system", "Other", "Eurodac");
        assertThat(checks.removeSystem("other")).containsExactly(IFRS, "National system", "Eurodac");
        assertThatThrownBy(() -> checks.addSystem("EURODAC")).hasMessage("The system 'EURODAC' is already in the list.");
        assertThatThrownBy(() -> checks.removeSystem("Other")).hasMessage("The system 'Other' is not in the list.");
        assertThatThrownBy(() -> check(TestImages.capture(workspace, operation.id()), "Other", FaceCheckResult.HIT))
                .hasMessage("The system 'Other' is not one of the configured systems: " + IFRS + ", National system, Eurodac.");
        checks.removeSystem(IFRS);
        checks.removeSystem("Eurodac");
        assertThatThrownBy(() -> checks.removeSystem("National system")).hasMessageStartingWith("The last system cannot be removed");
        workspace.close();

        workspace = TestWorkspaces.open(folder);
        assertThat(new FaceCheckService(workspace).systems()).containsExactly("National system");
    }

    @Test
    void aCheckOfAnImageThatIsNotCapturedInTheOperationIsRefused() {
        java.util.UUID unknown = java.util.UUID.randomUUID();
        assertThatThrownBy(() -> check(unknown, IFRS, FaceCheckResult.HIT))
                .hasMessage("There is no captured image " + unknown + " in this operation.");
        assertThat(checks.ledger(operation.id())).isEmpty();
    }

    @Test
    void aCheckNeedsAnImageAResultAndADateNotInTheFuture() {
        assertThatThrownBy(() -> check(null, IFRS, FaceCheckResult.HIT)).hasMessageStartingWith("The face image is missing");
        assertThatThrownBy(() -> check(TestImages.capture(workspace, operation.id()), IFRS, null)).hasMessageStartingWith("The result is missing");
        assertThatThrownBy(() -> checks.record(operation.id(), TestImages.capture(workspace, operation.id()), IFRS, FaceCheckResult.HIT, null,
                LocalDate.now().plusDays(3), null)).hasMessageEndingWith("is in the future.");
        assertThat(FaceCheckResult.fromWireName("possible-hit")).isEqualTo(FaceCheckResult.POSSIBLE_HIT);
        assertThatThrownBy(() -> FaceCheckResult.fromWireName("maybe"))
                .hasMessage("The face-check result 'maybe' is not one of pending, no-hit, possible-hit or hit.");
        assertThat(checks.ledger(operation.id())).isEmpty();
    }
}

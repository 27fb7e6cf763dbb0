package org.leadline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.TestWorkspaces;
import org.leadline.logic.leads.Provenance;
import org.leadline.logic.operations.OperationService;
import org.leadline.logic.packages.Desk;
import org.leadline.logic.packages.PackageVerifier;
import org.leadline.logic.packages.TestPackages;
import org.leadline.logic.packages.TrustService;
import org.leadline.logic.packages.VerifiedPackage;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Bytes;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.LeadKind;
import org.leadline.model.LeadSummary;
import org.leadline.ui.firstrun.FingerprintLines;
import org.leadline.ui.leads.ProvenanceText;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The package windows on real workspaces: an officer's package exported through the dialog, another officer's taken
 * in through the wizard (trusted, refused and trusted on the spot, cancelled), a real conflict in the queue, and the
 * provenance of a lead two officers found.
 */
class PackagesGuiTest extends GuiTest {
    static final String PHONE = "+33 6 12 34 56 78";
    static final String CANONICAL = "+33612345678";
    static final String OTHER_PHONE = "+33 7 11 22 33 44";
    static final String OTHER_CANONICAL = "+33711223344";

    @TempDir
    Path folder;
    @TempDir
    Path desks;
    @TempDir
    Path files;

    /** The window's own officer (Germany), who has one lead of the operation the team shares. */
    private Desk me() {
        Desk me = Desk.open(folder, "Jonas Weber", "DE");
        me.lead(PHONE);
        return me;
    }

    /** France's package of the same operation: the same phone, and another one. */
    private Path frenchPackage(Desk france) {
        france.lead(PHONE);
        france.lead(OTHER_PHONE);
        Path pack = files.resolve("fr-day1.leadpack");
        france.export(pack);
        return pack;
    }

    /** France's package, its key already in the window's trust list. */
    private Path trustedFrenchPackage() {
        try (Desk me = me(); Desk france = Desk.open(desks.resolve("fr"), "Claire Martin", "FR")) {
            Path pack = frenchPackage(france);
            me.trust(france, pack);
            return pack;
        }
    }

    private void open() throws Exception {
        startApp(folder);
        unlockWith(TestWorkspaces.PASSPHRASE);
        waitUntil(() -> table().getItems().size() >= 1);
    }

    private void shortcutShift(KeyCode key) {
        press(KeyCode.CONTROL, KeyCode.SHIFT, key).release(key, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    private void chooseInWizard(Path pack) throws Exception {
        shortcutShift(KeyCode.I);
        waitUntil(() -> lookup("#importPath").tryQuery().map(Node::isFocused).orElse(false));
        clickOn("#importPath").write(pack.toString()).type(KeyCode.ENTER);
        waitUntil(() -> lookup("#importFiles").queryAs(ListView.class).getItems().size() == 1);
        assertThat(text("#importWizard #footerKeys")).isEqualTo("Enter goes on · Esc closes · Delete removes the selected file");
        type(KeyCode.ENTER);
        waitUntil(() -> showing("#importReport0"));
    }

    /**
     * An export that fails while it runs (a blob file no longer holds its bytes) says so in one sentence, and focus
     * returns to Export: while it ran focus fell to Cancel, where Enter would have closed the dialog instead.
     */
    @Test
    void afterAnExportRefusedWhileRunningEnterExportsAgain() throws Exception {
        Path blob;
        byte[] original;
        try (Desk me = me()) {
            UUID kept = me.capture(1);
            UUID swapped = me.capture(2);
            blob = me.workspace.evidence().pathOf(me.shaOf(swapped));
            original = Files.readAllBytes(blob);
            Files.copy(me.workspace.evidence().pathOf(me.shaOf(kept)), blob, StandardCopyOption.REPLACE_EXISTING);
        }
        open();
        shortcutShift(KeyCode.E);
        waitUntil(() -> showing("#exportDialog") && lookup("#exportKind-officer").tryQuery().isPresent());
        Path target = files.resolve("day1.leadpack");
        interact(() -> lookup("#exportTarget").queryAs(TextField.class).setText(target.toString()));
        clickOn("#exportTarget").type(KeyCode.ENTER);
        waitUntil(() -> !text("#exportError").isEmpty());
        assertThat(text("#exportError")).contains("shot-2.png", "no longer matches its SHA-256");
        waitUntil(() -> lookup("#exportButton").query().isFocused());
        assertThat(Files.exists(target)).isFalse();

        Files.write(blob, original);
        type(KeyCode.ENTER);
        waitUntil(() -> showing("#exportSummary") && lookup("#exportDoneFingerprint").tryQuery().isPresent());
        assertThat(text("#exportDoneSequence")).isEqualTo("1");
        assertThat(Files.isRegularFile(target)).isTrue();
    }

    @Test
    void theExportDialogWritesASignedPackageOfTheOpenOperation() throws Exception {
        String fingerprint;
        try (Desk me = me()) {
            me.lead("@crossing_boss");
            fingerprint = me.fingerprint();
        }
        open();
        shortcutShift(KeyCode.E);
        waitUntil(() -> showing("#exportDialog") && lookup("#exportKind-officer").tryQuery().isPresent());
        assertThat(text("#exportOperation")).isEqualTo("Operation: Cyberprotect II");
        assertThat(lookup("#exportTarget").queryAs(TextField.class).getText()).matches(".*Cyberprotect-II-Jonas-Weber-\\d{8}-\\d{4}\\.leadpack");
        Path target = files.resolve("day1.leadpack");
        interact(() -> lookup("#exportTarget").queryAs(TextField.class).setText(target.toString()));
        clickOn("#exportButton");
        waitUntil(() -> showing("#exportSummary") && lookup("#exportDoneFingerprint").tryQuery().isPresent());

        assertThat(Files.isRegularFile(target)).isTrue();
        assertThat(text("#exportDoneSequence")).isEqualTo("1");
        assertThat(text("#exportDoneKind")).isEqualTo("Officer package");
        assertThat(text("#exportDoneFingerprint")).isEqualTo(FingerprintLines.of(Bytes.groupsOfFour(fingerprint)));
        assertThat(lookup("#exportDoneCounts").queryAll()).isNotEmpty();
        assertThat(lookup("#exportDoneCounts .label").queryAllAs(Label.class)).extracting(Label::getText)
                .containsSubsequence("Lead records", "2", "Sightings", "2");
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#exportDialog").tryQuery().isEmpty());
        closeApp();

        // A colleague who trusts the key verifies the file: it is a real, signed package of the operation.
        try (Workspace colleague = TestWorkspaces.create(desks.resolve("colleague"))) {
            new TrustService(colleague).addFromPackage(fingerprint, target);
            VerifiedPackage verified = new PackageVerifier(colleague).verify(target, Progress.NONE);
            assertThat(verified.manifest().operation().id()).isEqualTo(Desk.OPERATION);
            assertThat(verified.manifest().signer().name()).isEqualTo("Jonas Weber");
            assertThat(verified.recordCount()).isEqualTo(4);
        }
    }

    @Test
    void theWizardReportsAVerifiedPackageTakesItInAndTheLeadShowsWhoFoundIt() throws Exception {
        Provenance.Finder mine;
        Provenance.Finder theirs;
        Path pack;
        try (Desk me = me(); Desk france = Desk.open(desks.resolve("fr"), "Claire Martin", "FR")) {
            pack = frenchPackage(france);
            me.trust(france, pack);
            mine = me.leads.provenance(me.leads.find(Desk.OPERATION, LeadKind.PHONE, CANONICAL).orElseThrow().id()).finders().get(0);
            theirs = france.leads.provenance(france.leads.find(Desk.OPERATION, LeadKind.PHONE, CANONICAL).orElseThrow().id())
                    .finders().get(0);
        }
        open();
        chooseInWizard(pack);

        assertThat(text("#importStatus0")).isEqualTo("Verified");
        assertThat(text("#importSigner0")).isEqualTo("Signed by Claire Martin, Agency FR (FR)");
        assertThat(text("#importTrust0")).startsWith("TRUSTED since");
        assertThat(text("#importKind0")).startsWith("Officer package · sequence 1 · made");
        assertThat(text("#importOperation0")).isEqualTo("Operation Cyberprotect II");
        assertThat(lookup("#importOtherOperation0").tryQuery()).as("the open operation's package").isEmpty();
        assertThat(lookup("#importCounts0 .label").queryAllAs(Label.class)).extracting(Label::getText)
                .containsSubsequence("Lead records", "2", "2", "0", "0", "0", "Sightings", "2", "2", "0", "0", "0");
        assertThat(text("#importPlan0")).isEqualTo("Would add 4, update 0, already present 0, in conflict 0.");
        assertThat(lookup("#importNext").queryAs(Button.class).getText()).isEqualTo("Import 1 package");
        // The keys line says what each step's keys do: Delete only where there is a list of files to take from.
        assertThat(text("#importWizard #footerKeys")).isEqualTo("Enter imports what is ticked · Esc closes without importing");

        type(KeyCode.ENTER);
        waitUntil(() -> showing("#importOutcome0"));
        assertThat(text("#importOutcome0")).isEqualTo("Added 4, updated 0, already present 0, in conflict 0.");
        assertThat(text("#importWizard #footerKeys")).isEqualTo("Enter or Esc closes");
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#importWizard").tryQuery().isEmpty() && table().getItems().size() == 2);
        assertThat(table().getItems()).extracting(LeadSummary::canonical).contains(OTHER_CANONICAL);

        // The phone both found: one row, seen by two officers, and the detail pane says who and when.
        int row = indexOf(CANONICAL);
        assertThat(table().getItems().get(row).officers()).isEqualTo(2);
        interact(() -> table().getSelectionModel().select(row));
        String expected = ProvenanceText.line(new Provenance(List.of(mine, theirs)), ZoneId.systemDefault());
        waitUntil(() -> text("#detailProvenance").equals(expected));
        assertThat(expected).matches("Found by 2 officers: DE \\d\\d:\\d\\d, FR \\d\\d:\\d\\d");
        assertThat(lookup("#detailProvenance").queryAs(Label.class).getTooltip().getText())
                .contains("Jonas Weber, Agency DE (DE)").contains("Claire Martin, Agency FR (FR)");
    }

    /**
     * A team lead's window shows an operation of their own while the package is of the team's: the wizard says which
     * operation it went into and opens that one, instead of leaving the window on an operation without its leads.
     */
    @Test
    void aPackageTakenIntoAnotherOperationIsSaidSoAndTheWizardOpensThatOperation() throws Exception {
        Path pack;
        try (Desk me = me(); Desk france = Desk.open(desks.resolve("fr"), "Claire Martin", "FR")) {
            pack = frenchPackage(france);
            me.trust(france, pack);
            new OperationService(me.workspace).create("Team lead's desk", null, "DE", null, null);
        }
        startApp(folder);
        unlockWith(TestWorkspaces.PASSPHRASE);
        waitUntil(() -> showing("#operationName") && text("#operationName").equals("Team lead's desk"));
        chooseInWizard(pack);
        assertThat(lookup("#importOtherOperation0").tryQuery()).isPresent();
        clickOn("#importInclude0");
        clickOn("#importNext");
        waitUntil(() -> showing("#importOutcome0"));
        assertThat(text("#importOutcome0"))
                .isEqualTo("Added 4, updated 0, already present 0, in conflict 0. Into the operation Cyberprotect II.");
        Button openIt = lookup("#importOpenOperation").queryAs(Button.class);
        assertThat(openIt.getText()).isEqualTo("Open Cyberprotect II");
        assertThat(openIt.isFocused()).as("Enter opens the operation the package went into").isTrue();
        assertThat(openIt.isDefaultButton()).isTrue();
        assertThat(text("#importWizard #footerKeys")).isEqualTo("Enter opens that operation · Esc closes");

        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#importWizard").tryQuery().isEmpty() && text("#operationName").equals("Cyberprotect II")
                && table().getItems().size() == 2);
        assertThat(table().getItems()).extracting(LeadSummary::canonical).containsExactlyInAnyOrder(CANONICAL, OTHER_CANONICAL);
    }

    /** Packages of the open operation: no button to open another, Close is the way on. */
    @Test
    void aPackageOfTheOpenOperationOffersNoOtherOperation() throws Exception {
        Path pack = trustedFrenchPackage();
        open();
        chooseInWizard(pack);
        type(KeyCode.ENTER);
        waitUntil(() -> showing("#importOutcome0"));
        assertThat(text("#importOutcome0")).isEqualTo("Added 4, updated 0, already present 0, in conflict 0.");
        assertThat(lookup("#importOpenOperation").queryAs(Button.class).isVisible()).isFalse();
        assertThat(lookup("#importNext").queryAs(Button.class).isDefaultButton()).isTrue();
    }

    @Test
    void anUntrustedPackageIsRefusedWithItsFingerprintAndTrustThisKeyAddsItAfterComparing() throws Exception {
        Path pack;
        String french;
        try (Desk me = me(); Desk france = Desk.open(desks.resolve("fr"), "Claire Martin", "FR")) {
            pack = frenchPackage(france);
            french = france.fingerprint();
        }
        open();
        chooseInWizard(pack);

        String lines = FingerprintLines.of(Bytes.groupsOfFour(french));
        assertThat(text("#importStatus0")).isEqualTo("Refused");
        assertThat(text("#importRefusal0")).startsWith("Refused at step 3 (trust): The package is signed by Claire Martin (FR)")
                .contains(Bytes.groupsOfFour(french));
        assertThat(text("#importRefusedFingerprint0")).isEqualTo(lines);
        assertThat(lookup("#importNext").queryAs(Button.class).isDisabled()).as("nothing to take in").isTrue();

        clickOn("#importTrustKey0");
        waitUntil(() -> showing("#trustKeyDialog") && lookup("#trustKeyFingerprint").tryQuery().isPresent());
        assertThat(text("#trustKeyFingerprint")).isEqualTo(lines);
        assertThat(text("#trustKeyName")).isEqualTo("Claire Martin, Agency FR (FR)");
        assertThat(lookup("#trustKeyAdd").queryAs(Button.class).isDisabled()).as("not before comparing").isTrue();
        // A fingerprint read out wrong is caught, and keeps the key out even if the box is ticked.
        // The cursor waits where the fingerprint read out is typed.
        waitUntil(() -> lookup("#trustKeyTyped").tryQuery().map(Node::isFocused).orElse(false));
        clickOn("#trustKeyTyped").write("0000 1111");
        waitUntil(() -> text("#trustKeyTypedState").startsWith("✗"));
        clickOn("#trustKeyConfirm");
        assertThat(lookup("#trustKeyAdd").queryAs(Button.class).isDisabled()).isTrue();
        interact(() -> lookup("#trustKeyTyped").queryAs(TextField.class).setText(Bytes.groupsOfFour(french)));
        waitUntil(() -> text("#trustKeyTypedState").startsWith("✓") && !lookup("#trustKeyAdd").queryAs(Button.class).isDisabled());
        clickOn("#trustKeyAdd");

        waitUntil(() -> lookup("#trustKeyDialog").tryQuery().isEmpty() && text("#importStatus0").equals("Verified"));
        assertThat(text("#importTrust0")).startsWith("TRUSTED since");
        assertThat(lookup("#importNext").queryAs(Button.class).getText()).isEqualTo("Import 1 package");
        closeApp();
        try (Workspace workspace = TestWorkspaces.open(folder)) {
            assertThat(new TrustService(workspace).list()).singleElement()
                    .satisfies(key -> assertThat(key.fingerprint()).isEqualTo(french));
        }
    }

    @Test
    void cancellingAnImportLeavesTheWorkspaceAsItWas() throws Exception {
        Path pack = trustedFrenchPackage();
        open();
        chooseInWizard(pack);
        assertThat(text("#importStatus0")).isEqualTo("Verified");

        // Import and Cancel in one go: the import checks the cancel after its first batch and rolls the package back.
        interact(() -> {
            lookup("#importNext").queryAs(Button.class).fire();
            lookup("#importCancelRunning").queryAs(Button.class).fire();
        });
        waitUntil(() -> showing("#importOutcome0"));
        assertThat(text("#importOutcome0")).isEqualTo("Cancelled: nothing of this package was written.");
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#importWizard").tryQuery().isEmpty());
        assertThat(table().getItems()).extracting(LeadSummary::canonical).containsExactly(CANONICAL);
        assertThat(table().getItems().get(0).officers()).isEqualTo(1);
        closeApp();

        try (Desk me = Desk.of(TestWorkspaces.open(folder))) {
            assertThat(me.leads.find(Desk.OPERATION, LeadKind.PHONE, OTHER_CANONICAL)).isEmpty();
            assertThat(me.importPackage(pack).alreadyImported()).as("nothing of it was recorded").isFalse();
        }
    }

    @Test
    void theConflictQueueShowsBothVersionsOfARealConflict() throws Exception {
        try (Desk me = me(); Desk france = Desk.open(desks.resolve("fr"), "Claire Martin", "FR")) {
            france.lead("@crossing_boss");
            Path original = files.resolve("fr.leadpack");
            france.export(original);
            Path variant = files.resolve("fr-variant.leadpack");
            TestPackages.restoredVariant(original, variant, france.workspace);
            me.trust(france, original);
            me.importPackage(original);
            assertThat(me.importPackage(variant).total().conflicts()).isEqualTo(1);
        }
        open();
        waitUntil(() -> showing("#conflictBadge"));
        assertThat(lookup("#conflictBadge").queryAs(Button.class).getText()).isEqualTo("1 record in conflict");

        shortcutShift(KeyCode.C);
        waitUntil(() -> showing("#conflictQueue") && lookup("#conflictGrid").tryQuery().isPresent());
        assertThat(lookup("#conflictList").queryAs(ListView.class).getItems()).hasSize(1);
        assertThat(text("#conflictTitle")).isEqualTo("unknown:crossing_boss");
        assertThat(List.of(text("#conflictValue-tags-0"), text("#conflictValue-tags-1"))).containsExactlyInAnyOrder("— (empty)", "restored");
        assertThat(lookup("#conflictValue-tags-0").query().getStyleClass()).contains("conflict-differs");
        assertThat(lookup("#conflictValue-canonical-0").query().getStyleClass()).doesNotContain("conflict-differs");
        assertThat(text("#conflictValue-canonical-0")).isEqualTo(text("#conflictValue-canonical-1"));
        assertThat(text("#conflictDiffer")).isEqualTo("1 field differs: tags");
        assertThat(text("#conflictExplain")).contains("Only its origin officer, Claire Martin, Agency FR (FR), can settle the conflict");
        assertThat(List.of(text("#conflictVia0"), text("#conflictVia1")))
                .anySatisfy(via -> assertThat(via).isEqualTo("Was in this workspace before the other arrived"))
                .anySatisfy(via -> assertThat(via).startsWith("Came in package #1 of Claire Martin, made"));
        assertThat(lookup(".conflict-variant-head .status-badge").queryAll()).as("one version is shown").hasSize(1);
        type(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#conflictQueue").tryQuery().isEmpty());
    }

    @Test
    void theTrustListTakesInATeamLeadsKeyFileAndRemovesAKeyAfterAsking() throws Exception {
        Path team = files.resolve("team.leadkeys");
        try (Desk me = me(); Desk lead = Desk.open(desks.resolve("lead"), "Ana Lopez", "ES");
             Desk france = Desk.open(desks.resolve("fr"), "Claire Martin", "FR");
             Desk italy = Desk.open(desks.resolve("it"), "Marco Rossi", "IT")) {
            for (Desk officer : List.of(france, italy)) {
                Path theirs = files.resolve(officer.fingerprint() + ".leadpack");
                officer.export(theirs);
                lead.trust(officer, theirs);
            }
            new TrustService(lead.workspace).exportKeyFile(team, false);
            Path leads = files.resolve("lead.leadpack");
            lead.export(leads);
            me.trust(lead, leads);
        }
        open();
        shortcutShift(KeyCode.T);
        waitUntil(() -> showing("#trustScreen") && trustRows() == 1);

        shortcut(KeyCode.N);
        waitUntil(() -> lookup("#trustKeyPath").tryQuery().map(Node::isFocused).orElse(false));
        clickOn("#trustKeyPath").write(team.toString()).type(KeyCode.ENTER);
        waitUntil(() -> !text("#trustKeySource").isEmpty());
        assertThat(text("#trustKeySource")).isEqualTo("A key file signed by Ana Lopez (whom you trust), holding 3 keys:");
        assertThat(lookup("#trustKeyAddAll").queryAs(Button.class).getText()).isEqualTo("Trust the 2 new keys of this file");
        clickOn("#trustKeyAddAll");
        waitUntil(() -> lookup("#trustKeyDialog").tryQuery().isEmpty() && trustRows() == 3);
        assertThat(text("#trustNotice")).isEqualTo("Trusted 2 keys.");

        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<org.leadline.model.TrustedKey> keys =
                (javafx.scene.control.TableView<org.leadline.model.TrustedKey>) lookup("#trustTable").query();
        int marco = keys.getItems().stream().map(org.leadline.model.TrustedKey::name).toList().indexOf("Marco Rossi");
        interact(() -> {
            keys.getSelectionModel().select(marco);
            keys.requestFocus();
        });
        type(KeyCode.DELETE);
        waitUntil(() -> lookup("#trustRemoveConfirm").tryQuery().isPresent());
        clickOn("#trustRemoveConfirm");
        waitUntil(() -> trustRows() == 2);
        assertThat(text("#trustNotice")).isEqualTo("Removed Marco Rossi from the trust list.");
        closeApp();
        try (Workspace workspace = TestWorkspaces.open(folder)) {
            assertThat(new TrustService(workspace).list()).extracting(org.leadline.model.TrustedKey::name)
                    .containsExactlyInAnyOrder("Ana Lopez", "Claire Martin");
        }
    }

    private int trustRows() {
        return lookup("#trustTable").queryAs(javafx.scene.control.TableView.class).getItems().size();
    }

    private int indexOf(String canonical) {
        for (int i = 0; i < table().getItems().size(); i++) {
            if (table().getItems().get(i).canonical().equals(canonical)) {
                return i;
            }
        }
        throw new AssertionError(canonical + " is not in the table");
    }
}

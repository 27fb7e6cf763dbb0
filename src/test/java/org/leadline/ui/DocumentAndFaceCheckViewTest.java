package org.leadline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.TestWorkspaces;
import org.leadline.logic.documents.DocumentService;
import org.leadline.logic.evidence.TestImages;
import org.leadline.logic.facechecks.LedgerLine;
import org.leadline.logic.leads.LeadService;
import org.leadline.logic.stats.StatsService;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.FaceCheckResult;
import org.leadline.model.LeadKind;
import org.leadline.model.LeadStatus;
import org.leadline.model.LeadSummary;
import org.leadline.model.Operation;
import org.leadline.model.TravelDocument;
import org.leadline.ui.common.Session;
import org.leadline.ui.documents.DocumentDialog;
import org.leadline.ui.documents.DocumentPicker;
import org.leadline.ui.evidence.ThumbnailCache;
import org.leadline.ui.evidence.ThumbnailTile;
import org.leadline.ui.facechecks.FaceCheckView;
import org.testfx.util.WaitForAsyncUtils;

/** The document dialog and the face-check ledger, each opened with its one call over a window, on a real workspace. */
class DocumentAndFaceCheckViewTest extends GuiTest {
    static final String LINE1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    static final String LINE2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

    @TempDir
    Path folder;
    Workspace workspace;
    Operation operation;
    Session session;
    ThumbnailCache thumbnails;

    @BeforeEach
    void openWorkspace() {
        workspace = TestWorkspaces.create(folder);
        operation = TestWorkspaces.withOperation(workspace);
        session = new Session(workspace);
        thumbnails = new ThumbnailCache(session);
        interact(() -> {
            session.operationProperty().set(operation);
            LeadlineApp.useTheme(false);
            Scene scene = new Scene(new StackPane(), 1300, 740);
            scene.getStylesheets().add(LeadlineApp.class.getResource("leadline.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        closeApp();
        thumbnails.shutdown();
        session.close();
    }

    @Test
    void typedZoneLinesShowTheirCheckDigitsFillTheFieldsAndSaveTheDocumentLead() throws Exception {
        UUID image = TestImages.capture(workspace, operation.id());
        DocumentDialog dialog = WaitForAsyncUtils.asyncFx(() -> DocumentDialog.show(stage, session, List.of(image))).get();
        waitUntil(() -> lookup("#mrzText").tryQuery().map(Node::isFocused).orElse(false));
        // The image by the name it was captured under, once its record is read.
        String imageName = new org.leadline.logic.evidence.EvidenceService(workspace).capture(image).originalName();
        waitUntil(() -> label("#documentImages").getText().equals("1 image linked: " + imageName));

        // The first line alone is no zone yet; the second, typed with a wrong birth-date digit, shows ✗ beside it.
        typeIn(dialog.stage().getScene(), LINE1.toLowerCase());
        assertThat(label("#mrzStatus").getText()).startsWith("Lines of 44 characters do not form");
        type(KeyCode.ENTER);
        typeIn(dialog.stage().getScene(), LINE2.replace("7408122F", "7408123F"));
        waitUntil(() -> label("#check-birth-date").getStyleClass().contains("check-failed"));
        assertThat(label("#check-birth-date").getText()).isEqualTo("✗ printed 3, should be 2");
        assertThat(label("#mrzStatus").getText()).startsWith("TD3 zone read, but the birth date check digit does not match");
        assertThat(label("#check-document-number").getText()).isEqualTo("✓ check digit 6");
        assertThat(field("#documentSurname").getText()).isEqualTo("ERIKSSON");
        assertThat(field("#documentGivenNames").getText()).isEqualTo("ANNA MARIA");
        assertThat(field("#documentCountry").getText()).isEqualTo("UTO");
        assertThat(field("#documentNumber").getText()).isEqualTo("L898902C3");
        assertThat(field("#documentBirth").getText()).isEqualTo("1974-08-12");

        // Correcting the digit: every check agrees and the composite shows in the zone's row.
        type(KeyCode.END);
        for (int i = 0; i < 24; i++) {
            type(KeyCode.LEFT);
        }
        type(KeyCode.BACK_SPACE);
        typeIn(dialog.stage().getScene(), "2");
        waitUntil(() -> label("#check-birth-date").getStyleClass().contains("check-ok"));
        assertThat(label("#mrzStatus").getText()).isEqualTo("TD3 zone read: all 5 check digits agree.");
        assertThat(label("#check-composite").getText()).isEqualTo("composite: ✓ check digit 0");
        assertThat(field("#documentBirth").getText()).isEqualTo("1974-08-12");
        assertThat(field("#documentExpiry").getText()).isEqualTo("2012-04-15");
        assertThat(field("#documentSex").getText()).isEqualTo("F");

        // Tab leaves the zone for the fields; Ctrl+Enter saves the record and its lead.
        type(KeyCode.TAB);
        waitUntil(() -> lookup("#documentType").query().isFocused());
        press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> !dialog.stage().isShowing());

        LeadSummary lead = new LeadService(workspace).find(operation.id(), LeadKind.DOCUMENT, "passport:UTO:L898902C3").orElseThrow();
        assertThat(lead.status()).isEqualTo(LeadStatus.VERIFIED);
        List<TravelDocument> documents = new DocumentService(workspace).list(operation.id());
        assertThat(documents).hasSize(1);
        assertThat(documents.get(0).imageIds()).containsExactly(image);
        assertThat(documents.get(0).hasFailedCheck()).isFalse();
        assertThat(new StatsService(workspace).stats(operation.id()).documentCountries()).isEqualTo(1);
    }

    @Test
    void aHandMadeDocumentIsRefusedInOneSentenceUntilItsCountryIsACodeThenSaved() throws Exception {
        DocumentDialog dialog = WaitForAsyncUtils.asyncFx(() -> DocumentDialog.show(stage, session, List.of())).get();
        waitUntil(() -> lookup("#mrzText").tryQuery().map(Node::isFocused).orElse(false));
        assertThat(label("#mrzStatus").getText()).startsWith("No zone");
        assertThat(lookup("#check-document-number").query().isVisible()).isFalse();

        clickOn("#documentCountry");
        typeIn(dialog.stage().getScene(), "sy");
        clickOn("#documentNumber");
        typeIn(dialog.stage().getScene(), "n0123456");
        clickOn("#documentBirth");
        typeIn(dialog.stage().getScene(), "1990-02-30");
        type(KeyCode.ENTER);
        waitUntil(() -> !label("#documentError").getText().isEmpty());
        assertThat(label("#documentError").getText()).isEqualTo("The date of birth '1990-02-30' is not a date written YYYY-MM-DD.");
        interact(() -> field("#documentBirth").setText(""));
        type(KeyCode.ENTER);
        waitUntil(() -> label("#documentError").getText().startsWith("The issuing country 'SY'"));
        assertThat(dialog.stage().isShowing()).isTrue();

        clickOn("#documentCountry");
        typeIn(dialog.stage().getScene(), "r");
        type(KeyCode.ENTER);
        waitUntil(() -> !dialog.stage().isShowing());
        LeadSummary lead = new LeadService(workspace).find(operation.id(), LeadKind.DOCUMENT, "passport:SYR:N0123456").orElseThrow();
        assertThat(lead.status()).isEqualTo(LeadStatus.VERIFIED);
    }

    @Test
    void anOwnRecordOpensForEditingWithItsZoneAsReadAndSavesANewVersion() throws Exception {
        DocumentService documents = new DocumentService(workspace);
        TravelDocument made = documents.createFromMrz(operation.id(), LINE1 + "\n" + LINE2, List.of(), null).document();
        java.util.concurrent.atomic.AtomicReference<String> problem = new java.util.concurrent.atomic.AtomicReference<>();
        interact(() -> DocumentDialog.edit(stage, session, made.id(), saved -> { }, problem::set));
        waitUntil(() -> lookup("#documentType").tryQuery().map(Node::isFocused).orElse(false));
        assertThat(field("#mrzText").isEditable()).isFalse();
        assertThat(field("#documentSurname").getText()).isEqualTo("ERIKSSON");
        assertThat(label("#check-birth-date").getText()).isEqualTo("✓ check digit 2");

        clickOn("#documentNote");
        typeIn(lookup("#documentDialog").query().getScene(), "Photo page swapped");
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#documentDialog").tryQuery().isEmpty());
        TravelDocument edited = documents.get(made.id());
        assertThat(edited.version()).isEqualTo(2);
        assertThat(edited.note()).isEqualTo("Photo page swapped");
        assertThat(edited.mrz()).isEqualTo(made.mrz());

        documents.delete(made.id());
        interact(() -> DocumentDialog.edit(stage, session, made.id(), saved -> { }, problem::set));
        waitUntil(() -> problem.get() != null);
        assertThat(problem.get()).isEqualTo("This document was deleted.");
        assertThat(lookup("#documentDialog").tryQuery()).isEmpty();
    }

    @Test
    void aRecordedFaceCheckShowsInTheLedgerAndItsResultIsSetByKey() throws Exception {
        UUID image = TestImages.capture(workspace, operation.id());
        String imageName = new org.leadline.logic.evidence.EvidenceService(workspace).capture(image).originalName();
        FaceCheckView view = WaitForAsyncUtils.asyncFx(() -> FaceCheckView.show(stage, session, image, thumbnails)).get();
        waitUntil(() -> system().getItems().size() == 3 && system().isFocused());
        assertThat(system().getValue()).isEqualTo("INTERPOL face recognition system (IFRS)");
        // The form names the image it records a check of, with its thumbnail: no capture id to type.
        assertThat(label("#faceCheckImageName").getText()).isEqualTo(imageName);
        waitUntil(() -> thumbnails.pending() == 0 && lookup("#faceCheckImage").query().lookup(".evidence-tile") instanceof ThumbnailTile tile
                && tile.hasImage());
        assertThat(lookup("#faceCheckNoImage").query().isVisible()).isFalse();
        assertThat(ledger().getItems()).isEmpty();

        clickOn("#faceCheckSystem").clickOn("National system");
        clickOn("#faceCheckResult").clickOn("Possible hit");
        clickOn("#faceCheckReference");
        typeIn(view.stage().getScene(), "NAT-2026-17");
        type(KeyCode.ENTER);
        waitUntil(() -> ledger().getItems().size() == 1);

        LedgerLine line = ledger().getItems().get(0);
        assertThat(line.check().imageId()).isEqualTo(image);
        assertThat(line.image().originalName()).isEqualTo(imageName);
        assertThat(line.check().system()).isEqualTo("National system");
        assertThat(line.check().result()).isEqualTo(FaceCheckResult.POSSIBLE_HIT);
        assertThat(line.check().reference()).isEqualTo("NAT-2026-17");
        assertThat(line.officer()).isEqualTo("Claire Martin");
        assertThat(label("#faceCheckCount").getText()).isEqualTo("1 CHECK · 1 IMAGE");
        assertThat(field("#faceCheckReference").getText()).isEmpty();
        // The table draws its new row on a later pulse than the one its items changed in.
        waitUntil(() -> lookup(".result-possible-hit").tryQuery().isPresent());
        assertThat(lookup(".result-possible-hit").queryAs(Label.class).getText()).isEqualTo("Possible hit");
        assertThat(new StatsService(workspace).stats(operation.id()).faceImagesChecked()).isEqualTo(1);

        // In the table, 4 answers the selected check: hit.
        interact(() -> {
            ledger().requestFocus();
            ledger().getSelectionModel().select(0);
        });
        type(KeyCode.DIGIT4);
        waitUntil(() -> ledger().getItems().size() == 1 && ledger().getItems().get(0).check().result() == FaceCheckResult.HIT);
        assertThat(ledger().getItems().get(0).check().version()).isEqualTo(2);

        // The ledger's line shows the image by its thumbnail and name.
        waitUntil(() -> thumbnails.pending() == 0 && ledger().lookupAll(".table-row-cell .evidence-tile").stream()
                .anyMatch(node -> ((ThumbnailTile) node).hasImage()));
        assertThat(ledger().lookupAll(".table-row-cell .label").stream()
                .anyMatch(node -> imageName.equals(((Label) node).getText()))).isTrue();
        interact(() -> view.stage().close());

        // Opened from the menu, on no image: the form says how to choose one, and recording without one says so.
        WaitForAsyncUtils.asyncFx(() -> FaceCheckView.show(stage, session, null, thumbnails)).get();
        waitUntil(() -> ledger().getItems().size() == 1 && ledger().isFocused());
        assertThat(lookup("#faceCheckNoImage").query().isVisible()).isTrue();
        assertThat(label("#faceCheckImageName").getText()).isEmpty();
        clickOn("#faceCheckRecordButton");
        waitUntil(() -> !label("#faceCheckError").getText().isEmpty());
        assertThat(label("#faceCheckError").getText()).startsWith("No face image is chosen");
        assertThat(ledger().getItems()).hasSize(1);
        // Selecting a line chooses its image for another check of it, in another system: Down in the ledger, or a click.
        interact(() -> javafx.event.Event.fireEvent(ledger(),
                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.DOWN, false, false, false, false)));
        assertThat(label("#faceCheckImageName").getText()).isEqualTo(imageName);
        assertThat(label("#faceCheckError").getText()).isEmpty();
        interact(() -> ledger().getSelectionModel().clearSelection());
        clickOn(ledger().lookupAll(".table-row-cell").stream().filter(row -> ((javafx.scene.control.TableRow<?>) row).getIndex() == 0)
                .findFirst().orElseThrow());
        assertThat(ledger().getSelectionModel().getSelectedIndex()).isZero();
        assertThat(label("#faceCheckImageName").getText()).isEqualTo(imageName);
        clickOn("#faceCheckSystem").clickOn("Other");
        clickOn("#faceCheckRecordButton");
        waitUntil(() -> ledger().getItems().size() == 2);
        assertThat(ledger().getItems()).extracting(l -> l.check().imageId()).containsOnly(image);
        assertThat(label("#faceCheckCount").getText()).isEqualTo("2 CHECKS · 1 IMAGE");

        // Edit list…: a system added by name is picked for the next check.
        clickOn("#editSystemsButton");
        waitUntil(() -> lookup("#newSystemField").tryQuery().map(Node::isFocused).orElse(false));
        typeIn(lookup("#systemsDialog").query().getScene(), "Eurodac");
        type(KeyCode.ENTER);
        waitUntil(() -> system().getItems().size() == 4);
        assertThat(system().getValue()).isEqualTo("Eurodac");
        assertThat(new org.leadline.logic.facechecks.FaceCheckService(workspace).systems()).endsWith("Eurodac");
    }

    @Test
    void anImageIsAddedToOneOfTheOfficersRecordsFromTheList() throws Exception {
        UUID image = TestImages.capture(workspace, operation.id());
        DocumentService documents = new DocumentService(workspace);
        TravelDocument hasIt = documents.createFromMrz(operation.id(), LINE1 + "\n" + LINE2, List.of(image), null).document();
        TravelDocument card = documents.createFromMrz(operation.id(),
                "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<", List.of(), null).document();
        java.util.concurrent.atomic.AtomicReference<TravelDocument> added = new java.util.concurrent.atomic.AtomicReference<>();

        DocumentPicker picker = WaitForAsyncUtils.asyncFx(() -> DocumentPicker.show(stage, session, image, added::set)).get();
        waitUntil(() -> pickerList().getItems().size() == 2 && pickerList().isFocused());
        // The record that already names the image says so, and the other one is chosen first.
        assertThat(pickerList().getSelectionModel().getSelectedItem().id()).isEqualTo(card.id());
        assertThat(lookup("#documentPickerList .list-cell").queryAll().stream()
                .map(cell -> ((javafx.scene.control.ListCell<?>) cell).getText()).filter(java.util.Objects::nonNull))
                .anyMatch(text -> text.startsWith(hasIt.canonical()) && text.endsWith("already names this image"));
        interact(() -> pickerList().getSelectionModel().select(hasIt));
        clickOn("#documentPickerAdd");
        waitUntil(() -> !label("#documentPickerError").getText().isEmpty());
        assertThat(label("#documentPickerError").getText()).isEqualTo("This record already names the image.");

        interact(() -> pickerList().getSelectionModel().select(card));
        interact(() -> javafx.event.Event.fireEvent(pickerList(),
                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false)));
        waitUntil(() -> added.get() != null && !picker.stage().isShowing());
        assertThat(documents.get(card.id()).imageIds()).containsExactly(image);
        assertThat(documents.get(card.id()).version()).isEqualTo(card.version() + 1);
        assertThat(documents.get(hasIt.id()).version()).isEqualTo(hasIt.version());
    }

    @SuppressWarnings("unchecked")
    private javafx.scene.control.ListView<TravelDocument> pickerList() {
        return lookup("#documentPickerList").queryAs(javafx.scene.control.ListView.class);
    }

    /** Monocle reports every window focused, so write() would type into the owner: type into the dialog's scene. */
    private void typeIn(Scene scene, String text) {
        for (char c : text.toCharArray()) {
            robotContext().getBaseRobot().typeKeyboard(scene, KeyCode.UNDEFINED, Character.toString(c));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Label label(String query) {
        return lookup(query).queryAs(Label.class);
    }

    private TextInputControl field(String query) {
        return lookup(query).queryAs(TextInputControl.class);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> system() {
        return lookup("#faceCheckSystem").queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<LedgerLine> ledger() {
        return lookup("#faceCheckTable").queryAs(TableView.class);
    }
}

package org.leadline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.TestWorkspaces;
import org.leadline.logic.evidence.EvidenceService;
import org.leadline.logic.evidence.TestImages;
import org.leadline.logic.offers.OfferService;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Offer;
import org.leadline.model.Operation;
import org.leadline.ui.common.Session;
import org.leadline.ui.offers.OfferForm;
import org.leadline.ui.offers.OfferFormViewModel;
import org.testfx.util.WaitForAsyncUtils;

/** The offer form refuses bad input with the sentence under the field it is about, and stores nothing until valid. */
class OfferFormTest extends GuiTest {
    @TempDir
    Path folder;
    Workspace workspace;
    Operation operation;
    Session session;

    @BeforeEach
    void openWorkspace() {
        workspace = TestWorkspaces.create(folder);
        operation = TestWorkspaces.withOperation(workspace);
        session = new Session(workspace);
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
        session.close();
    }

    @Test
    void badInputIsRefusedAtItsFieldAndNothingIsStored() throws Exception {
        List<Offer> saved = new ArrayList<>();
        OfferForm form = WaitForAsyncUtils.asyncFx(() -> OfferForm.record(stage, session, null, saved::add)).get();
        waitUntil(() -> lookup("#offerText").tryQuery().map(Node::isFocused).orElse(false)
                && !lookup("#offerCurrency").queryAs(ComboBox.class).getItems().isEmpty());
        fill(Map.of("#offerAmount", "12000", "#offerFrom", "Libya", "#offerTo", "IT · Italy"));
        setCurrency("XYZ");
        assertThat(error("amount")).isEmpty();

        refused("currency", "The currency 'XYZ' is not an ISO 4217 currency code");
        setCurrency("LYD");
        waitUntil(() -> label("#offerEur").getText().startsWith("= ") && label("#offerEur").getText().contains(" EUR  at 1 LYD = "));

        fill(Map.of("#offerTo", "LY"));
        refused("to", "The route goes from LY to itself");
        fill(Map.of("#offerTo", "IT/Atlantis"));
        refused("to", "The place 'Atlantis' in to is not in the gazetteer for Italy (IT).");
        fill(Map.of("#offerTo", "IT/Lampedusa", "#offerFrom", "Narnia"));
        refused("from", "The country 'Narnia' in from is not an ISO 3166 country code or name.");
        fill(Map.of("#offerFrom", "Zuwara", "#offerAmount", "-5"));
        refused("amount", "The price must be more than zero");
        fill(Map.of("#offerAmount", "twelve"));
        refused("amount", "The price 'twelve' is not a number");
        fill(Map.of("#offerAmount", "1,000,000,000"));
        refused("amount", "more than the 1,000,000 EUR");
        assertThat(error("from")).isEmpty();

        // Typing into a field clears its error; once valid, Ctrl+Enter saves and the form closes.
        fill(Map.of("#offerAmount", "60,000", "#offerVia", "Malta", "#offerPlatform", "telegram"));
        assertThat(error("amount")).isEmpty();
        interact(() -> form.stage().getScene().getRoot().fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED,
                "", "", javafx.scene.input.KeyCode.ENTER, false, true, false, false)));
        waitUntil(() -> !form.stage().isShowing() && saved.size() == 1);
        Offer offer = saved.get(0);
        assertThat(offer.from().toString()).isEqualTo("LY/Zuwara");
        assertThat(offer.via()).extracting(Object::toString).containsExactly("MT");
        assertThat(offer.to().toString()).isEqualTo("IT/Lampedusa");
        assertThat(offer.currency()).isEqualTo("LYD");
        assertThat(new OfferService(workspace).page(operation.id(), null, 10)).hasSize(1);
    }

    @Test
    void filesAddedToTheFormAreCapturedAtOnceAndNamedByTheOfferWhenSaved() throws Exception {
        Path post = java.nio.file.Files.write(folder.resolve("post.png"), TestImages.image("png", 120, 80, 1));
        Path profile = java.nio.file.Files.write(folder.resolve("profile.png"), TestImages.image("png", 90, 90, 2));
        Path empty = java.nio.file.Files.write(folder.resolve("empty.png"), new byte[0]);
        List<Offer> saved = new ArrayList<>();
        OfferForm form = WaitForAsyncUtils.asyncFx(() -> OfferForm.record(stage, session, null, saved::add)).get();
        waitUntil(() -> !lookup("#offerCurrency").queryAs(ComboBox.class).getItems().isEmpty());
        assertThat(chips()).isEmpty();
        fill(Map.of("#offerAmount", "1400", "#offerFrom", "FR/Calais", "#offerTo", "GB/Dover"));

        interact(() -> form.attach(List.of(post, profile)));
        waitUntil(() -> chips().size() == 2);
        assertThat(chips()).containsExactly("post.png", "profile.png");
        // A broken file is refused in one sentence, and the captures already there stay.
        interact(() -> form.attach(List.of(empty)));
        waitUntil(() -> !label("#offerError").getText().isEmpty());
        assertThat(label("#offerError").getText()).contains("empty.png");
        assertThat(chips()).containsExactly("post.png", "profile.png");
        // Taken off the offer: the capture stays in the operation's evidence.
        clickOn(lookup("#offerEvidence .tag-chip-remove").queryAll().stream().skip(1).findFirst().orElseThrow());
        assertThat(chips()).containsExactly("post.png");

        interact(() -> lookup("#offerSaveButton").queryAs(javafx.scene.control.Button.class).fire());
        waitUntil(() -> !form.stage().isShowing() && saved.size() == 1);
        EvidenceService evidence = new EvidenceService(workspace);
        List<org.leadline.model.CaptureSummary> captured = evidence.page(operation.id(), null, 10);
        assertThat(captured).extracting(org.leadline.model.CaptureSummary::originalName).containsExactlyInAnyOrder("post.png", "profile.png");
        UUID postId = captured.stream().filter(c -> c.originalName().equals("post.png")).findFirst().orElseThrow().id();
        assertThat(saved.get(0).evidenceIds()).containsExactly(postId);

        // Opened again to edit, the form names the offer's capture.
        interact(() -> OfferForm.edit(stage, session, saved.get(0), offer -> { }, problem -> { }));
        waitUntil(() -> chips().equals(List.of("post.png")));
    }

    private List<String> chips() {
        return lookup("#offerEvidence .tag-chip-text").queryAll().stream().map(node -> ((Label) node).getText()).toList();
    }

    @Test
    void refusalsMapToTheFieldTheyName() {
        assertThat(field("The currency 'XYZ' is not an ISO 4217 currency code (e.g. EUR, USD, GBP, LYD, TND, TRY).")).isEqualTo("currency");
        assertThat(field("The price 5 XYZ is 5.00 EUR, more than the 1,000,000 EUR that any offer costs: check the amount and the currency."))
                .isEqualTo("amount");
        assertThat(field("The route goes from LY to itself: the destination (to) must differ from the origin (from).")).isEqualTo("to");
        assertThat(field("The place 'X' in via is not in the gazetteer for Malta (MT).")).isEqualTo("via");
        assertThat(field("The from of the route has no country (write CC or CC/place, e.g. LY/Zuwara).")).isEqualTo("from");
        assertThat(field("The platform 'a/b' is not a platform name (e.g. telegram, facebook).")).isEqualTo("platform");
        assertThat(field("Something else went wrong.")).isNull();
    }

    private static String field(String message) {
        return OfferFormViewModelAccess.fieldOf(message);
    }

    private void refused(String field, String message) throws Exception {
        // Fired rather than clicked: a completion popup still open would take the click to close itself.
        interact(() -> lookup("#offerSaveButton").queryAs(javafx.scene.control.Button.class).fire());
        waitUntil(() -> !error(field).isEmpty());
        assertThat(error(field)).contains(message);
        assertThat(new OfferService(workspace).page(operation.id(), null, 10)).isEmpty();
    }

    private String error(String field) {
        return label("#offerError-" + field).getText();
    }

    private Label label(String id) {
        return lookup(id).queryAs(Label.class);
    }

    private void fill(Map<String, String> values) {
        interact(() -> values.forEach((id, value) -> lookup(id).queryAs(TextInputControl.class).setText(value)));
    }

    private void setCurrency(String code) {
        interact(() -> lookup("#offerCurrency").queryAs(ComboBox.class).getEditor().setText(code));
    }

    /** The view model's mapping, reached from the test package. */
    static final class OfferFormViewModelAccess {
        static String fieldOf(String message) {
            return OfferFormViewModel.fieldOfMessage(message);
        }
    }
}

package org.leadline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.logic.evidence.EvidenceService;
import org.leadline.logic.evidence.EvidenceService.Context;
import org.leadline.logic.evidence.EvidenceService.Source;
import org.leadline.logic.evidence.EvidenceService.Target;
import org.leadline.logic.evidence.TestImages;
import org.leadline.logic.leads.LeadService;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Capture;
import org.leadline.model.CaptureSummary;
import org.leadline.model.LeadSummary;
import org.testfx.util.WaitForAsyncUtils;

/** The evidence screens on a real workspace: paste, refuse and keep, the operation grid, EXIF warning, redaction. */
class EvidenceGuiTest extends GuiTest {
    static final String PHONE = "+218912345678";
    static final String OTHER_PHONE = "+218923456789";

    @TempDir
    Path folder;
    @TempDir
    Path files;

    @Test
    void pasteAnImageOntoALeadSeeItsThumbnailOpenItAndReadItsHash() throws Exception {
        UUID operation = createWorkspace(folder, PHONE, OTHER_PHONE);
        openOnLead(PHONE, 2);

        // A copied picture (as a browser puts it on the clipboard) and Ctrl+V outside a text field.
        Image copied = new Image(new ByteArrayInputStream(TestImages.image("png", 320, 200, 7)));
        interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(copied);
            Clipboard.getSystemClipboard().setContent(content);
            table().requestFocus();
        });
        shortcut(KeyCode.V);
        waitUntil(() -> tileHasImage("#leadEvidence0"));
        assertThat(lookup("#evidenceTitle").queryAs(Label.class).getText()).isEqualTo("Evidence · 1");
        assertThat(lookup("#pasteDialog").tryQuery()).as("an image is evidence, not a post").isEmpty();

        doubleClickOn("#leadEvidence0");
        waitUntil(() -> lookup("#viewerSha256").tryQuery().map(n -> !((TextArea) n).getText().isEmpty()).orElse(false));
        String shown = lookup("#viewerSha256").queryAs(TextArea.class).getText();
        assertThat(lookup("#viewerWarning").query().isVisible()).as("a pasted PNG has no EXIF").isFalse();
        Label keys = lookup("#viewerKeys").queryAs(Label.class);
        assertThat(((javafx.scene.text.Text) keys.lookup(".text")).getText()).as("the viewer's keys, shown whole at 1366 pixels")
                .isEqualTo(keys.getText());

        // With the viewer open, another lead selected in the main window gets the same capture, linked.
        interact(() -> table().getSelectionModel().select(indexOf(OTHER_PHONE)));
        waitUntil(() -> lookup("#evidenceTitle").queryAs(Label.class).getText().equals("Evidence · 0"));
        clickOn("#viewerAttachToLead");
        waitUntil(() -> lookup("#evidenceTitle").queryAs(Label.class).getText().equals("Evidence · 1"));
        assertThat(lookup("#statusNotice").queryAs(Label.class).getText()).endsWith("(1 already in your evidence: linked, not stored twice.)");
        closeApp();

        try (Workspace workspace = Workspace.open(folder, PASSPHRASE.toCharArray(), Clock.systemUTC())) {
            EvidenceService evidence = new EvidenceService(workspace);
            List<CaptureSummary> stored = evidence.page(operation, null, 10);
            assertThat(stored).hasSize(1);
            byte[] original = evidence.originalBytes(stored.get(0).id());
            assertThat(shown).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(original)));
            var decoded = ImageIO.read(new ByteArrayInputStream(original));
            assertThat(decoded.getWidth()).as("the pasted picture, PNG-encoded").isEqualTo(320);
            assertThat(stored.get(0).originalName()).startsWith("pasted-").endsWith("Z.png");
            UUID other = new LeadService(workspace).find(operation, org.leadline.model.LeadKind.PHONE, OTHER_PHONE).orElseThrow().id();
            assertThat(evidence.forLead(other)).extracting(CaptureSummary::id).containsExactly(stored.get(0).id());
        }
    }

    @Test
    void aTruncatedImageIsRefusedInOneSentenceAndCanBeKeptWithoutPreview() throws Exception {
        UUID operation = createWorkspace(folder, PHONE);
        Path cut = Files.write(files.resolve("cut.png"), TestImages.truncated(TestImages.png(300, 200)));
        openOnFirstLead();

        // Copied files (from a file manager) go the same way as dropped ones.
        interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putFiles(List.of(cut.toFile()));
            Clipboard.getSystemClipboard().setContent(content);
            table().requestFocus();
        });
        shortcut(KeyCode.V);
        waitUntil(() -> showing("#attachError"));
        assertThat(lookup("#attachError").queryAs(Label.class).getText())
                .isEqualTo("cut.png is an incomplete PNG image (its end is missing). If it is still evidence, keep it without a preview.");
        assertThat(showing("#keepWithoutPreview")).isTrue();
        assertThat(lookup("#evidenceTitle").queryAs(Label.class).getText()).isEqualTo("Evidence · 0");

        clickOn("#keepWithoutPreview");
        waitUntil(() -> lookup("#leadEvidence0").tryQuery().isPresent() && !showing("#attachError"));
        assertThat(tileHasImage("#leadEvidence0")).isFalse();
        assertThat(lookup("#leadEvidence0 .tile-placeholder").queryAs(Label.class).getText()).isEqualTo("PNG");
        assertThat(lookup("#leadEvidence0 .badge-no-preview").queryAs(Label.class).getText()).isEqualTo("No preview");

        clickOn("#leadEvidence0").type(KeyCode.ENTER);
        waitUntil(() -> showing("#viewerNoPreview"));
        assertThat(lookup("#viewerNoPreviewText").queryAs(Label.class).getText())
                .isEqualTo("The PNG image is incomplete (its end is missing): kept as evidence without a preview.");
        closeApp();
        try (Workspace workspace = Workspace.open(folder, PASSPHRASE.toCharArray(), Clock.systemUTC())) {
            assertThat(new EvidenceService(workspace).count(operation)).as("kept once, after the refusal stored nothing").isEqualTo(1);
        }
    }

    @Test
    void theOperationGridShowsTilesOfHundredsOfCapturesAndTheViewerWarnsOfGpsAndRedacts() throws Exception {
        UUID operation = createWorkspace(folder, PHONE);
        byte[] gps = Files.readAllBytes(Path.of("src/test/resources/evidence/gps.jpg"));
        byte[] plain = TestImages.image("png", 240, 160, 99);
        try (Workspace workspace = Workspace.open(folder, PASSPHRASE.toCharArray(), Clock.systemUTC())) {
            UUID lead = new LeadService(workspace).find(operation, org.leadline.model.LeadKind.PHONE, PHONE).orElseThrow().id();
            EvidenceService evidence = new EvidenceService(workspace);
            List<Source> many = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                // Sizes differ so that no two are the same bytes (the same bytes are one capture).
                many.add(Source.bytes("post-" + i + ".png", TestImages.image("png", 40 + i % 20, 24 + i / 20, i)));
            }
            evidence.attach(operation, many, Context.plain(), List.of(Target.lead(lead)), Progress.NONE);
            evidence.attach(operation, List.of(Source.bytes("plain.png", plain)), Context.plain(), List.of(Target.lead(lead)), Progress.NONE);
            evidence.attach(operation, List.of(Source.bytes("gps.jpg", gps)), Context.plain(), List.of(Target.lead(lead)), Progress.NONE);
        }
        startApp(folder);
        unlockWith(PASSPHRASE);
        waitUntil(() -> table().getItems().size() == 1);

        shortcut(KeyCode.E);
        waitUntil(() -> showing("#evidenceGrid") && tiles().stream().filter(this::hasImage).count() >= 6);
        assertThat(lookup("#evidenceCount").queryAs(Label.class).getText()).startsWith("302 captures · newest first");
        assertThat(tiles().size()).as("only the rows on screen have tiles").isLessThan(120);

        // Badges and tooltips are made when a tile needs them: the GPS photo has its EXIF badge, plain.png none.
        Node gpsTile = tileAt(0);
        assertThat(from(gpsTile).lookup(".badge-exif").queryAs(Label.class).isVisible()).isTrue();
        assertThat(from(tileAt(1)).lookup(".tile-badge").match(Node::isVisible).tryQuery()).isEmpty();
        assertThat(gpsTile.getProperties().get(TOOLTIP_KEY)).as("no tooltip before the pointer comes").isNull();
        moveTo(gpsTile);
        waitUntil(() -> gpsTile.getProperties().get(TOOLTIP_KEY) instanceof Tooltip tip && tip.getText().startsWith("gps.jpg"));

        // Newest first: gps.jpg, then plain.png. Enter opens the selected one.
        type(KeyCode.ENTER);
        waitUntil(() -> showing("#viewerWarning"));
        assertThat(lookup("#viewerName").queryAs(Label.class).getText()).isEqualTo("gps.jpg");
        assertThat(lookup("#viewerWarningText").queryAs(Label.class).getText()).isEqualTo(
                "This image carries camera time 2025:10:14 21:37 and GPS position 32.887, 12.077: it may identify a person or place, and it may be false.");
        type(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#viewer").tryQuery().isEmpty());

        // The next tile, plain.png: redact a box and save a redacted copy.
        type(KeyCode.RIGHT).type(KeyCode.ENTER);
        waitUntil(() -> lookup("#viewerName").tryQuery().map(n -> ((Label) n).getText().equals("plain.png")).orElse(false)
                && lookup("#viewerCanvas").query().getBoundsInLocal().getWidth() > 0);
        assertThat(showing("#viewerWarning")).isFalse();
        type(KeyCode.DIGIT1);
        clickOn("#viewerRedact");
        Node canvas = lookup("#viewerCanvas").query();
        Bounds screen = canvas.localToScreen(canvas.getBoundsInLocal());
        Point2D from = new Point2D(screen.getMinX() + 20, screen.getMinY() + 20);
        drag(from, MouseButton.PRIMARY).moveTo(new Point2D(screen.getMinX() + 120, screen.getMinY() + 80)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup(".redaction-box").queryAll()).hasSize(1);
        clickOn("#viewerSaveBoxes");
        waitUntil(() -> showing("#viewerDerived0"));
        assertThat(lookup("#viewerMessage").queryAs(Label.class).getText())
                .isEqualTo("Saved the redacted copy plain-redaction.png; the original is unchanged.");

        // C, a drag, Ctrl+S: the rectangle kept becomes a capture of its own; a second drag replaces the first.
        type(KeyCode.C);
        assertThat(lookup("#viewerCrop").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        assertThat(lookup("#viewerRedact").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isFalse();
        drag(new Point2D(screen.getMinX() + 5, screen.getMinY() + 5), MouseButton.PRIMARY)
                .moveTo(new Point2D(screen.getMinX() + 30, screen.getMinY() + 30)).drop();
        drag(new Point2D(screen.getMinX() + 40, screen.getMinY() + 30), MouseButton.PRIMARY)
                .moveTo(new Point2D(screen.getMinX() + 140, screen.getMinY() + 90)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup(".crop-box").queryAll()).hasSize(1);
        shortcut(KeyCode.S);
        waitUntil(() -> showing("#viewerDerived1"));
        assertThat(lookup("#viewerMessage").queryAs(Label.class).getText())
                .isEqualTo("Saved the crop plain-crop.png; the original is unchanged.");
        assertThat(lookup("#viewerCrop").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isFalse();

        // M frames in red. A black box drawn first goes when the marking tool is taken: it would not be a red frame.
        type(KeyCode.R);
        drag(new Point2D(screen.getMinX() + 5, screen.getMinY() + 5), MouseButton.PRIMARY)
                .moveTo(new Point2D(screen.getMinX() + 30, screen.getMinY() + 30)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup(".redaction-box").queryAll()).hasSize(1);
        type(KeyCode.M);
        assertThat(lookup(".redaction-box").queryAll()).isEmpty();
        drag(new Point2D(screen.getMinX() + 50, screen.getMinY() + 40), MouseButton.PRIMARY)
                .moveTo(new Point2D(screen.getMinX() + 150, screen.getMinY() + 100)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup(".mark-box").queryAll()).hasSize(1);
        assertThat(lookup("#viewerSaveBoxes").queryAs(javafx.scene.control.Button.class).getText()).isEqualTo("Save marked copy");
        shortcut(KeyCode.S);
        waitUntil(() -> showing("#viewerDerived2"));
        assertThat(lookup("#viewerMessage").queryAs(Label.class).getText())
                .isEqualTo("Saved the marked copy plain-annotation.png; the original is unchanged.");
        closeApp();

        try (Workspace workspace = Workspace.open(folder, PASSPHRASE.toCharArray(), Clock.systemUTC())) {
            EvidenceService evidence = new EvidenceService(workspace);
            CaptureSummary original = evidence.page(operation, null, 400).stream()
                    .filter(c -> c.originalName().equals("plain.png")).findFirst().orElseThrow();
            assertThat(evidence.originalBytes(original.id())).as("the original is untouched").isEqualTo(plain);
            List<CaptureSummary> derived = evidence.derivedFrom(original.id());
            assertThat(derived).extracting(CaptureSummary::derivation)
                    .containsExactly(Capture.Derivation.REDACTION, Capture.Derivation.CROP, Capture.Derivation.ANNOTATION);
            var marked = ImageIO.read(new ByteArrayInputStream(evidence.originalBytes(derived.get(2).id())));
            assertThat(marked.getRGB(50, 70) & 0xFFFFFF).as("on the frame's left side: red").isEqualTo(0xE01B24);
            assertThat(marked.getRGB(100, 70) & 0xFFFFFF).as("inside the frame: the picture").isEqualTo(ImageIO
                    .read(new ByteArrayInputStream(plain)).getRGB(100, 70) & 0xFFFFFF);
            CaptureSummary cropped = derived.get(1);
            assertThat(cropped.width()).isEqualTo(100);
            assertThat(cropped.height()).isEqualTo(60);
            var kept = ImageIO.read(new ByteArrayInputStream(evidence.originalBytes(cropped.id())));
            var source = ImageIO.read(new ByteArrayInputStream(plain));
            assertThat(kept.getRGB(10, 10) & 0xFFFFFF).as("the crop's pixels are the original's, moved to its corner")
                    .isEqualTo(source.getRGB(50, 40) & 0xFFFFFF);
            assertThat(evidence.capture(cropped.id()).note()).isEqualTo("Crop of plain.png: 100 × 60 pixels at 40, 30.");
            var redacted = ImageIO.read(new ByteArrayInputStream(evidence.originalBytes(derived.get(0).id())));
            assertThat(redacted.getRGB(60, 50) & 0xFFFFFF).as("inside the box: black").isZero();
            assertThat(redacted.getRGB(200, 140) & 0xFFFFFF).as("outside: the picture").isEqualTo(ImageIO
                    .read(new ByteArrayInputStream(plain)).getRGB(200, 140) & 0xFFFFFF);
        }
    }

    private void openOnFirstLead() throws Exception {
        openOnLead(PHONE, 1);
    }

    private void openOnLead(String phone, int leads) throws Exception {
        startApp(folder);
        unlockWith(PASSPHRASE);
        waitUntil(() -> table().getItems().size() == leads);
        interact(() -> {
            table().getSelectionModel().select(indexOf(phone));
            table().requestFocus();
        });
        waitUntil(() -> lookup("#evidenceTitle").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(table().getSelectionModel().getSelectedItem()).extracting(LeadSummary::canonical).isEqualTo(phone);
    }

    private int indexOf(String canonical) {
        for (int i = 0; i < table().getItems().size(); i++) {
            if (table().getItems().get(i).canonical().equals(canonical)) {
                return i;
            }
        }
        throw new AssertionError(canonical + " is not in the table");
    }

    /** Where Tooltip.install keeps a node's tooltip. */
    private static final String TOOLTIP_KEY = "javafx.scene.control.Tooltip";

    private Node tileAt(int index) {
        return tiles().stream().filter(tile -> Integer.valueOf(index).equals(tile.getProperties().get("index"))).findFirst()
                .orElseThrow(() -> new AssertionError("No tile shows capture " + index));
    }

    private List<Node> tiles() {
        return new ArrayList<>(lookup("#evidenceRows .evidence-tile").match(Node::isVisible).queryAll());
    }

    private boolean hasImage(Node tile) {
        return lookup(".tile-picture").match(n -> isInside(n, tile)).queryAll().stream()
                .flatMap(p -> ((javafx.scene.layout.Pane) p).getChildren().stream())
                .anyMatch(child -> child instanceof ImageView view && view.getImage() != null);
    }

    private static boolean isInside(Node node, Node parent) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == parent) {
                return true;
            }
        }
        return false;
    }

    private boolean tileHasImage(String query) {
        return lookup(query).tryQuery().map(this::hasImage).orElse(false);
    }
}

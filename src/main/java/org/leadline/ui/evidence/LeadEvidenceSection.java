package org.leadline.ui.evidence;

import java.io.File;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.leadline.model.CaptureSummary;
import org.leadline.ui.common.Layouts;
import org.leadline.ui.common.Messages;

/**
 * The selected lead's evidence in the detail pane: its thumbnails (Enter or a double click opens one), the count,
 * "Attach files…", "Capture screen region…", files dropped on the pane, and the attaching progress or refusal.
 */
public final class LeadEvidenceSection {
    /** Tiles drawn in the pane; a lead with more shows the rest in the operation's evidence grid. */
    static final int MAX_TILES = 48;
    static final double TILE = 92;

    private final LeadEvidenceViewModel model;
    private final AttachViewModel attach;
    private final ThumbnailCache cache;
    private final Consumer<UUID> onOpen;
    private final VBox root = new VBox();
    private final FlowPane tiles = new FlowPane();
    private final Label title = new Label();
    private final Label more = new Label();

    /**
     * @param onAttachFiles   asks for files to attach to the lead (a file chooser)
     * @param onCaptureRegion captures a screen region for the lead
     */
    public LeadEvidenceSection(LeadEvidenceViewModel model, AttachViewModel attach, ThumbnailCache cache, Consumer<UUID> onOpen,
                               Runnable onAttachFiles, Runnable onCaptureRegion) {
        this.model = model;
        this.attach = attach;
        this.cache = cache;
        this.onOpen = onOpen;
        root.setId("evidenceSection");
        root.getStyleClass().addAll("detail-section", "evidence-section");
        title.getStyleClass().add("section-title");
        title.setId("evidenceTitle");
        title.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("evidence.section", model.captures.size()),
                model.captures));
        tiles.setId("evidenceTiles");
        tiles.getStyleClass().add("evidence-tiles");
        more.getStyleClass().add("field-hint");
        more.managedProperty().bind(more.visibleProperty());

        Button files = new Button(Messages.get("evidence.attachFiles"));
        files.setId("attachFilesButton");
        files.setOnAction(event -> onAttachFiles.run());
        Button region = new Button(Messages.get("evidence.captureRegion"));
        region.setId("captureRegionButton");
        region.setOnAction(event -> onCaptureRegion.run());
        files.disableProperty().bind(attach.busy);
        region.disableProperty().bind(attach.busy);
        for (Button button : List.of(files, region)) {
            button.getStyleClass().add("small");
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox actions = new HBox(files, region);
        actions.getStyleClass().add("inline-row");
        Label hint = Layouts.label("evidence.dropHint", "field-hint");
        hint.setWrapText(true);

        ProgressBar bar = Layouts.progressBar("attachProgress", attach.progress);
        Button cancel = new Button(Messages.get("evidence.attach.cancel"));
        cancel.setId("attachCancel");
        cancel.getStyleClass().add("small");
        cancel.setOnAction(event -> attach.cancel());
        HBox busy = new HBox(Layouts.label("evidence.attaching", "field-hint"), bar, cancel);
        busy.getStyleClass().add("inline-row");
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.visibleProperty().bind(attach.busy);
        busy.managedProperty().bind(attach.busy);

        Label error = Layouts.errorLine("attachError");
        error.textProperty().bind(attach.error);
        Button keep = new Button(Messages.get("evidence.keepWithoutPreview"));
        keep.setId("keepWithoutPreview");
        keep.getStyleClass().add("small");
        keep.setOnAction(event -> attach.keepWithoutPreview());
        Button dismiss = new Button(Messages.get("evidence.dismiss"));
        dismiss.setId("attachDismiss");
        dismiss.getStyleClass().addAll("small", "flat");
        dismiss.setOnAction(event -> attach.dismiss());
        keep.visibleProperty().bind(attach.keepOffered);
        keep.managedProperty().bind(attach.keepOffered);
        HBox errorActions = new HBox(keep, dismiss);
        errorActions.getStyleClass().add("inline-row");
        VBox refusal = new VBox(error, errorActions);
        refusal.getStyleClass().add("attach-refusal");
        refusal.visibleProperty().bind(attach.error.isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());

        Label loadError = Layouts.errorLine("evidenceLoadError");
        loadError.textProperty().bind(model.error);
        root.getChildren().setAll(title, tiles, more, busy, refusal, loadError, actions, hint);
        model.captures.addListener((ListChangeListener<CaptureSummary>) change -> showTiles());
        showTiles();
    }

    public Node root() {
        return root;
    }

    private void showTiles() {
        List<CaptureSummary> shown = model.captures.stream().limit(MAX_TILES).toList();
        List<Node> nodes = new java.util.ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            CaptureSummary capture = shown.get(i);
            ThumbnailTile tile = new ThumbnailTile(cache, TILE, false);
            tile.setId("leadEvidence" + i);
            tile.setFocusTraversable(true);
            tile.show(capture);
            tile.setOnMouseClicked(event -> {
                tile.requestFocus();
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                    onOpen.accept(capture.id());
                }
            });
            tile.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
                if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                    onOpen.accept(capture.id());
                    event.consume();
                }
            });
            nodes.add(tile);
        }
        if (nodes.isEmpty()) {
            nodes.add(Layouts.label("evidence.none", "muted"));
        }
        tiles.getChildren().setAll(nodes);
        int hidden = model.captures.size() - shown.size();
        more.setText(hidden > 0 ? Messages.get("evidence.more", hidden) : "");
        more.setVisible(hidden > 0);
    }

    /** Makes a node (the detail pane) take files dropped on it for the selected lead. */
    public void acceptDrops(Node target) {
        target.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasFiles() && model.leadId.get() != null && !attach.busy.get()) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            UUID lead = model.leadId.get();
            boolean taken = event.getDragboard().hasFiles() && lead != null;
            if (taken) {
                attach.attachFiles(event.getDragboard().getFiles().stream().map(File::toPath).toList(), List.of(lead));
            }
            event.setDropCompleted(taken);
            event.consume();
        });
    }
}

package org.leadline.ui.evidence;

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.leadline.logic.evidence.Sizes;
import org.leadline.logic.workspace.Bytes;
import org.leadline.model.Capture;
import org.leadline.model.CaptureSummary;
import org.leadline.ui.common.Icons;
import org.leadline.ui.common.Layouts;
import org.leadline.ui.common.Messages;
import org.leadline.ui.documents.DocumentDialog;
import org.leadline.ui.documents.DocumentPicker;
import org.leadline.ui.facechecks.FaceCheckView;
import org.leadline.ui.firstrun.FingerprintLines;

/**
 * The evidence viewer: the picture with zoom (Ctrl+wheel, + and -, 0 fits, 1 shows 100 %) and pan (drag, scroll
 * bars), a redaction tool (R, then drag black boxes; Ctrl+Z takes the last back; Ctrl+S saves a redacted copy), a
 * marking tool (M, red frames round what matters, saved the same way as a marked copy), a crop tool (C, then drag
 * the rectangle to keep; Ctrl+S saves it), each a capture derived from the original, and
 * the capture's record beside it: hash, type, size, times, officer, source, EXIF with a warning where it may
 * identify someone. Escape closes it.
 */
public final class ViewerView {
    static final double WIDTH = 1240;
    static final double HEIGHT = 720;

    private final ViewerViewModel model;
    /** The main window's thumbnails, for the face-check ledger opened from here. */
    private final ThumbnailCache thumbnails;
    private final Stage stage = new Stage();
    private final BorderPane root = new BorderPane();
    private final ImageView picture = new ImageView();
    private final Pane boxLayer = new Pane();
    private final Pane canvas = new Pane(picture, boxLayer);
    private final Scale scale = new Scale(1, 1);
    private final ScrollPane scroller = new ScrollPane();
    private final VBox noPreview = new VBox();
    private final Label noPreviewText = new Label();
    private final Label warning = new Label();
    private final HBox warningBanner = new HBox();
    private final VBox metadata = new VBox();
    private final Label zoomText = new Label();
    private final ToggleButton redact = new ToggleButton(Messages.get("viewer.redact"));
    private final ToggleButton mark = new ToggleButton(Messages.get("viewer.mark"));
    private final ToggleButton crop = new ToggleButton(Messages.get("viewer.crop"));
    private final Rectangle dragBox = new Rectangle();
    private final Button attachToSelected = new Button(Messages.get("viewer.attachToLead"));
    private double dragX;
    private double dragY;

    public ViewerView(ViewerViewModel model, ThumbnailCache thumbnails) {
        this.model = model;
        this.thumbnails = thumbnails;
        root.setId("viewer");
        root.getStyleClass().add("viewer");
        root.setTop(new VBox(toolbar(), warningBanner));
        root.setCenter(picturePane());
        root.setRight(metadataPane());
        root.setBottom(footer());
        warningBanner.getStyleClass().add("viewer-warning");
        warningBanner.setId("viewerWarning");
        warningBanner.getChildren().setAll(Icons.icon(Icons.WARNING, 16, "icon-warning"), warning);
        warningBanner.setAlignment(Pos.CENTER_LEFT);
        warning.setWrapText(true);
        warning.setId("viewerWarningText");
        HBox.setHgrow(warning, Priority.ALWAYS);
        warningBanner.managedProperty().bind(warningBanner.visibleProperty());
        warningBanner.setVisible(false);
        model.loaded.addListener((obs, before, after) -> show(after, before));
        model.zoom.addListener((obs, before, after) -> applyZoom());
        model.boxes.addListener((ListChangeListener<RegionSelection.Box>) change -> drawBoxes());
        bindTool(redact, ViewerViewModel.Tool.REDACT);
        bindTool(mark, ViewerViewModel.Tool.MARK);
        bindTool(crop, ViewerViewModel.Tool.CROP);
        model.cropBox.addListener((obs, before, after) -> drawBoxes());
        model.boxesTool.addListener((obs, before, after) -> drawBoxes());
    }

    /** The tool's button shows whether it is the one in use, and pressing it takes it up or puts it down. */
    private void bindTool(ToggleButton button, ViewerViewModel.Tool tool) {
        button.setSelected(model.tool.get() == tool);
        model.tool.addListener((obs, before, after) -> button.setSelected(after == tool));
        button.setOnAction(event -> {
            model.toggle(tool);
            button.setSelected(model.tool.get() == tool);
        });
    }

    /** Opens the viewer over the main window. */
    public void open(Window owner, List<String> stylesheets, boolean dark, Consumer<Scene> watch) {
        Scene scene = new Scene(root);
        scene.getStylesheets().setAll(stylesheets);
        if (dark) {
            root.getStyleClass().add("dark");
        }
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.setTitle(Messages.get("viewer.title"));
        double width = Math.min(WIDTH, owner.getWidth() - 40);
        double height = Math.min(HEIGHT, owner.getHeight() - 30);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setX(owner.getX() + (owner.getWidth() - width) / 2);
        stage.setY(owner.getY() + (owner.getHeight() - height) / 2);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        watch.accept(scene);
        stage.show();
        scroller.requestFocus();
    }

    public Stage stage() {
        return stage;
    }

    /**
     * Offers "Attach to the selected lead" for originals: the lead selected in the main window (the viewer does not
     * block it) gets this capture too, linked rather than stored again.
     *
     * @param selectedLead the main window's selected lead, or null
     */
    void offerAttachTo(javafx.beans.value.ObservableValue<java.util.UUID> selectedLead, Consumer<Capture> attach) {
        attachToSelected.setVisible(true);
        attachToSelected.disableProperty().bind(Bindings.createBooleanBinding(() -> selectedLead.getValue() == null
                || model.loaded.get() == null || !model.loaded.get().capture().isOriginal(), selectedLead, model.loaded));
        attachToSelected.setOnAction(event -> {
            if (model.loaded.get() != null) {
                attach.accept(model.loaded.get().capture());
            }
        });
    }

    public ViewerViewModel model() {
        return model;
    }

    private Node toolbar() {
        Button zoomOut = tool("viewer.zoomOut", "viewerZoomOut", () -> model.zoomBy(1 / ViewerViewModel.ZOOM_STEP));
        Button zoomIn = tool("viewer.zoomIn", "viewerZoomIn", () -> model.zoomBy(ViewerViewModel.ZOOM_STEP));
        Button fit = tool("viewer.fit", "viewerFit", this::fit);
        Button actual = tool("viewer.actual", "viewerActual", () -> model.zoom.set(1));
        zoomText.getStyleClass().add("viewer-zoom");
        zoomText.setMinWidth(52);
        zoomText.setId("viewerZoom");
        redact.setId("viewerRedact");
        redact.setMinWidth(Region.USE_PREF_SIZE);
        redact.setTooltip(new Tooltip(Messages.get("viewer.redact.tooltip")));
        mark.setId("viewerMark");
        mark.setMinWidth(Region.USE_PREF_SIZE);
        mark.setTooltip(new Tooltip(Messages.get("viewer.mark.tooltip")));
        Button undo = tool("viewer.undoBox", "viewerUndoBox", model::undoBox);
        undo.disableProperty().bind(Bindings.isEmpty(model.boxes));
        Button saveBoxes = tool("viewer.saveRedacted", "viewerSaveBoxes", () -> model.saveBoxes(() -> { }));
        saveBoxes.textProperty().bind(Bindings.when(model.boxesTool.isEqualTo(ViewerViewModel.Tool.MARK))
                .then(Messages.get("viewer.saveMarked")).otherwise(Messages.get("viewer.saveRedacted")));
        saveBoxes.getStyleClass().add("accent");
        saveBoxes.disableProperty().bind(Bindings.isEmpty(model.boxes).or(model.saving));
        crop.setId("viewerCrop");
        crop.setMinWidth(Region.USE_PREF_SIZE);
        crop.setTooltip(new Tooltip(Messages.get("viewer.crop.tooltip")));
        Button saveCrop = tool("viewer.saveCrop", "viewerSaveCrop", () -> model.saveCrop(() -> { }));
        saveCrop.getStyleClass().add("accent");
        saveCrop.disableProperty().bind(model.cropBox.isNull().or(model.saving));
        Button saveCopy = tool("viewer.saveCopy", "viewerSaveCopy", this::chooseCopy);
        attachToSelected.setId("viewerAttachToLead");
        attachToSelected.setMinWidth(Region.USE_PREF_SIZE);
        attachToSelected.setFocusTraversable(false);
        attachToSelected.setTooltip(new Tooltip(Messages.get("viewer.attachToLead.tooltip")));
        attachToSelected.setVisible(false);
        attachToSelected.managedProperty().bind(attachToSelected.visibleProperty());
        HBox bar = new HBox(zoomOut, zoomText, zoomIn, fit, actual, new Separator(javafx.geometry.Orientation.VERTICAL),
                redact, mark, undo, saveBoxes, new Separator(javafx.geometry.Orientation.VERTICAL), crop, saveCrop,
                new Separator(javafx.geometry.Orientation.VERTICAL), saveCopy, attachToSelected);
        bar.getStyleClass().add("viewer-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        // Without a picture there is nothing to zoom or redact.
        var noPicture = Bindings.createBooleanBinding(() -> model.loaded.get() == null || model.loaded.get().image() == null,
                model.loaded);
        for (Node node : List.of(zoomOut, zoomIn, fit, actual, redact, mark, crop)) {
            node.disableProperty().bind(noPicture);
        }
        return bar;
    }

    private Button tool(String key, String id, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        button.setFocusTraversable(false);
        return button;
    }

    private Node picturePane() {
        picture.setSmooth(true);
        boxLayer.setPickOnBounds(false);
        dragBox.getStyleClass().add("redaction-drag");
        dragBox.setVisible(false);
        canvas.getChildren().add(dragBox);
        canvas.getTransforms().add(scale);
        canvas.getStyleClass().add("viewer-canvas");
        canvas.setId("viewerCanvas");
        // A Group sizes itself to the scaled canvas, so the scroll bars follow the zoom.
        StackPane centred = new StackPane(new Group(canvas));
        centred.getStyleClass().add("viewer-stage");
        centred.minWidthProperty().bind(Bindings.createDoubleBinding(() -> scroller.getViewportBounds().getWidth(),
                scroller.viewportBoundsProperty()));
        centred.minHeightProperty().bind(Bindings.createDoubleBinding(() -> scroller.getViewportBounds().getHeight(),
                scroller.viewportBoundsProperty()));
        scroller.setContent(centred);
        scroller.setId("viewerScroll");
        scroller.getStyleClass().add("viewer-scroll");
        scroller.pannableProperty().bind(model.tool.isNull());
        scroller.addEventFilter(ScrollEvent.SCROLL, event -> {
            if (event.isShortcutDown() && event.getDeltaY() != 0) {
                model.zoomBy(event.getDeltaY() > 0 ? ViewerViewModel.ZOOM_STEP : 1 / ViewerViewModel.ZOOM_STEP);
                event.consume();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::startBox);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragBox);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::endBox);
        canvas.cursorProperty().bind(Bindings.when(model.tool.isNotNull()).then(javafx.scene.Cursor.CROSSHAIR)
                .otherwise(javafx.scene.Cursor.OPEN_HAND));

        noPreview.setId("viewerNoPreview");
        noPreview.getStyleClass().add("viewer-no-preview");
        noPreview.setAlignment(Pos.CENTER);
        noPreviewText.setWrapText(true);
        noPreviewText.setId("viewerNoPreviewText");
        noPreviewText.getStyleClass().add("placeholder-hint");
        noPreview.getChildren().setAll(Icons.icon(Icons.SHIELD, 36, "placeholder-icon"),
                Layouts.label("evidence.noPreview", "placeholder-title"), noPreviewText);
        noPreview.setMaxWidth(420);
        noPreview.setMaxHeight(Region.USE_PREF_SIZE);
        noPreview.setVisible(false);
        StackPane center = new StackPane(scroller, noPreview);
        center.getStyleClass().add("viewer-center");
        return center;
    }

    private Node metadataPane() {
        metadata.getStyleClass().add("viewer-metadata");
        metadata.setId("viewerMetadata");
        ScrollPane scroll = new ScrollPane(metadata);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("viewer-metadata-scroll");
        scroll.setPrefWidth(380);
        scroll.setMinWidth(320);
        // The records that rest on a capture start from it: a face check of the image, a document it shows.
        Button faceCheck = new Button(Messages.get("viewer.faceCheck"));
        faceCheck.setId("viewerFaceCheck");
        faceCheck.setOnAction(event -> FaceCheckView.show(stage, model.session(), model.captureId.get(), thumbnails));
        // A new record of the document the image shows, or (from the arrow) the image added to a record made already.
        SplitMenuButton document = new SplitMenuButton();
        document.setText(Messages.get("viewer.document"));
        document.setId("viewerDocument");
        document.setAlignment(Pos.CENTER);
        document.setOnAction(event -> DocumentDialog.show(stage, model.session(), List.of(model.captureId.get())));
        MenuItem addTo = new MenuItem(Messages.get("viewer.document.addTo"));
        addTo.setId("viewerDocumentAddTo");
        addTo.setOnAction(event -> DocumentPicker.show(stage, model.session(), model.captureId.get(),
                added -> model.message.set(Messages.get("viewer.document.added", added.canonical()))));
        document.getItems().add(addTo);
        for (javafx.scene.control.ButtonBase button : List.of(faceCheck, document)) {
            button.setMaxWidth(Double.MAX_VALUE);
            button.disableProperty().bind(model.captureId.isNull());
            HBox.setHgrow(button, Priority.ALWAYS);
        }
        HBox records = new HBox(8, faceCheck, document);
        records.getStyleClass().add("viewer-records");
        records.setPadding(new javafx.geometry.Insets(8, 12, 8, 12));
        return new VBox(records, scroll);
    }

    private Node footer() {
        Label error = Layouts.errorLine("viewerError");
        error.textProperty().bind(model.error);
        Label message = new Label();
        message.setId("viewerMessage");
        message.getStyleClass().add("status-notice");
        message.textProperty().bind(model.message);
        message.setWrapText(true);
        // The keys sit here rather than beside the tools: at 1366 pixels the toolbar left them a cut third of a line.
        Label keys = Layouts.label("viewer.keys", "field-hint");
        keys.setId("viewerKeys");
        keys.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(error, Priority.ALWAYS);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox bar = new HBox(error, message, Layouts.spacer(), keys);
        bar.getStyleClass().add("viewer-footer");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void onKey(KeyEvent event) {
        if (event.getTarget() instanceof javafx.scene.control.TextInputControl && event.getCode() != KeyCode.ESCAPE) {
            return;
        }
        boolean shortcut = event.isShortcutDown();
        switch (event.getCode()) {
            case ESCAPE -> {
                if (model.tool.get() != null) {
                    model.tool.set(null);
                } else {
                    stage.close();
                }
            }
            case PLUS, ADD, EQUALS -> model.zoomBy(ViewerViewModel.ZOOM_STEP);
            case MINUS, SUBTRACT -> model.zoomBy(1 / ViewerViewModel.ZOOM_STEP);
            case DIGIT0, NUMPAD0 -> fit();
            case DIGIT1, NUMPAD1 -> model.zoom.set(1);
            case R -> {
                if (!shortcut && hasPicture()) {
                    model.toggle(ViewerViewModel.Tool.REDACT);
                } else {
                    return;
                }
            }
            case C -> {
                if (!shortcut && hasPicture()) {
                    model.toggle(ViewerViewModel.Tool.CROP);
                } else {
                    return;
                }
            }
            case M -> {
                if (!shortcut && hasPicture()) {
                    model.toggle(ViewerViewModel.Tool.MARK);
                } else {
                    return;
                }
            }
            case Z -> {
                if (shortcut) {
                    model.undoBox();
                } else {
                    return;
                }
            }
            case S -> {
                if (shortcut && event.isShiftDown()) {
                    chooseCopy();
                } else if (shortcut) {
                    model.saveTool(() -> { });
                } else {
                    return;
                }
            }
            default -> {
                return;
            }
        }
        event.consume();
    }

    private boolean hasPicture() {
        return model.loaded.get() != null && model.loaded.get().image() != null;
    }

    private void fit() {
        Image image = picture.getImage();
        if (image == null) {
            return;
        }
        Bounds view = scroller.getViewportBounds();
        model.zoom.set(ViewerViewModel.fit(image.getWidth(), image.getHeight(), view.getWidth() - 8, view.getHeight() - 8));
    }

    private void applyZoom() {
        scale.setX(model.zoom.get());
        scale.setY(model.zoom.get());
        zoomText.setText(Math.round(model.zoom.get() * 100) + " %");
    }

    private void show(ViewerViewModel.Loaded loaded, ViewerViewModel.Loaded before) {
        if (loaded == null) {
            picture.setImage(null);
            metadata.getChildren().clear();
            return;
        }
        Capture capture = loaded.capture();
        stage.setTitle(Messages.get("viewer.title.of", capture.originalName()));
        Image image = loaded.image();
        picture.setImage(image);
        boolean samePicture = before != null && before.capture().id().equals(capture.id());
        if (image != null) {
            canvas.setPrefSize(image.getWidth(), image.getHeight());
            boxLayer.setPrefSize(image.getWidth(), image.getHeight());
            if (!samePicture) {
                // The first look: the whole picture, never blown up past 100 %.
                javafx.application.Platform.runLater(() -> {
                    fit();
                    model.zoom.set(Math.min(1, model.zoom.get()));
                    applyZoom();
                });
            }
        }
        scroller.setVisible(image != null);
        noPreview.setVisible(image == null);
        noPreviewText.setText(capture.previewIssue() != null ? capture.previewIssue() : Messages.get("viewer.noPreview.unknown"));
        String warningText = ViewerViewModel.exifWarning(capture.exif());
        warning.setText(warningText == null ? "" : warningText);
        warningBanner.setVisible(warningText != null);
        metadata.getChildren().setAll(metadataNodes(loaded));
        applyZoom();
    }

    private List<Node> metadataNodes(ViewerViewModel.Loaded loaded) {
        Capture c = loaded.capture();
        List<Node> nodes = new java.util.ArrayList<>();
        Label name = Layouts.text(c.originalName(), "viewer-name");
        name.setWrapText(true);
        name.setId("viewerName");
        nodes.add(name);
        if (!c.isOriginal()) {
            Label derived = Layouts.text(Messages.get("viewer.derived." + c.derivation().wireName()), "tile-badge", "badge-derived");
            derived.setId("viewerDerivedBadge");
            nodes.add(derived);
        }

        nodes.add(Layouts.label("viewer.sha256", "section-title"));
        // Selectable, and wrapped: 64 hex digits do not fit the panel on one line.
        TextArea sha = new TextArea(c.sha256());
        sha.setEditable(false);
        sha.setWrapText(true);
        sha.setPrefRowCount(2);
        sha.setId("viewerSha256");
        sha.getStyleClass().add("viewer-hash");
        Button copy = new Button(Messages.get("viewer.copy"));
        copy.setId("viewerCopyHash");
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(c.sha256());
            Clipboard.getSystemClipboard().setContent(content);
            model.message.set(Messages.get("viewer.copied"));
        });
        HBox.setHgrow(sha, Priority.ALWAYS);
        HBox hashLine = new HBox(sha, copy);
        hashLine.setAlignment(Pos.CENTER_LEFT);
        hashLine.getStyleClass().add("inline-row");
        nodes.add(hashLine);

        GridPane facts = new GridPane();
        facts.getStyleClass().add("viewer-facts");
        int row = 0;
        row = fact(facts, row, "viewer.type", c.mediaType());
        row = fact(facts, row, "viewer.size", c.size() < 1024 ? Sizes.readable(c.size())
                : Messages.get("viewer.size.value", Sizes.readable(c.size()), c.size()));
        row = fact(facts, row, "viewer.pixels", c.width() == null ? Messages.get("viewer.none")
                : Messages.get("viewer.pixels.value", c.width(), c.height()));
        row = fact(facts, row, "viewer.capturedUtc", ViewerViewModel.utc(c.capturedAt()));
        row = fact(facts, row, "viewer.capturedLocal", ViewerViewModel.local(c.capturedAt(), c.timeZone()));
        row = fact(facts, row, "viewer.officer", model.officer(loaded));
        row = fact(facts, row, "viewer.tool", c.toolVersion());
        row = fact(facts, row, "viewer.source", orNone(c.sourceUrl()));
        row = fact(facts, row, "viewer.platform", orNone(c.platform()));
        row = fact(facts, row, "viewer.note", orNone(c.note()));
        if (c.exif().software() != null) {
            fact(facts, row, "viewer.software", c.exif().software());
        }
        nodes.add(facts);

        nodes.add(Layouts.label("viewer.fingerprint", "section-title"));
        Label fingerprint = Layouts.text(FingerprintLines.of(Bytes.groupsOfFour(c.origin())), "viewer-fingerprint");
        fingerprint.setId("viewerFingerprint");
        nodes.add(fingerprint);

        if (loaded.original() != null) {
            nodes.add(Layouts.label("viewer.derivedFrom", "section-title"));
            nodes.add(link(loaded.original(), "viewerOriginalLink"));
        }
        List<CaptureSummary> others = loaded.derived().stream().filter(d -> !d.id().equals(c.id())).toList();
        if (!others.isEmpty()) {
            nodes.add(Layouts.label(c.isOriginal() ? "viewer.derivedItems" : "viewer.siblings", "section-title"));
            for (int i = 0; i < others.size(); i++) {
                nodes.add(link(others.get(i), "viewerDerived" + i));
            }
        }

        VBox tagList = new VBox();
        tagList.getStyleClass().add("viewer-tags");
        int count = 0;
        for (ViewerViewModel.TagGroup group : loaded.tags()) {
            tagList.getChildren().add(Layouts.text(group.directory(), "viewer-tag-directory"));
            for (Map.Entry<String, String> tag : group.tags()) {
                Label line = Layouts.text(tag.getKey() + ": " + tag.getValue(), "viewer-tag");
                line.setWrapText(true);
                tagList.getChildren().add(line);
                count++;
            }
        }
        if (count == 0) {
            tagList.getChildren().add(Layouts.label("viewer.tags.none", "muted"));
        }
        TitledPane tags = new TitledPane(Messages.get("viewer.tags", count), tagList);
        tags.setId("viewerTags");
        tags.setExpanded(false);
        tags.getStyleClass().add("viewer-tags-pane");
        nodes.add(tags);
        return nodes;
    }

    private Node link(CaptureSummary item, String id) {
        String label = item.derivation() == null ? item.originalName()
                : Messages.get("viewer.derivedLink", item.originalName(), Messages.get("viewer.derived." + item.derivation().wireName()));
        Hyperlink link = new Hyperlink(label);
        link.setId(id);
        link.setOnAction(event -> model.open(item.id()));
        return link;
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? Messages.get("viewer.none") : value;
    }

    private static int fact(GridPane grid, int row, String key, String value) {
        Label name = Layouts.label(key, "viewer-fact-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label text = Layouts.text(value, "viewer-fact");
        text.setWrapText(true);
        grid.addRow(row, name, text);
        return row + 1;
    }

    // ---------- Redaction boxes ----------

    private void startBox(MouseEvent event) {
        if (model.tool.get() == null || event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        dragX = event.getX();
        dragY = event.getY();
        dragBox.setX(dragX);
        dragBox.setY(dragY);
        dragBox.setWidth(0);
        dragBox.setHeight(0);
        dragBox.setVisible(true);
        event.consume();
    }

    private void dragBox(MouseEvent event) {
        if (!dragBox.isVisible()) {
            return;
        }
        dragBox.setX(Math.min(dragX, event.getX()));
        dragBox.setY(Math.min(dragY, event.getY()));
        dragBox.setWidth(Math.abs(event.getX() - dragX));
        dragBox.setHeight(Math.abs(event.getY() - dragY));
        event.consume();
    }

    private void endBox(MouseEvent event) {
        if (!dragBox.isVisible()) {
            return;
        }
        dragBox.setVisible(false);
        // Canvas coordinates are picture pixels: the zoom is a transform on the canvas.
        if (model.tool.get() == ViewerViewModel.Tool.CROP) {
            model.setCrop(dragX, dragY, event.getX(), event.getY());
        } else {
            model.addBox(dragX, dragY, event.getX(), event.getY());
        }
        event.consume();
    }

    private void drawBoxes() {
        List<Node> shapes = new java.util.ArrayList<>(model.boxes.stream().map(box -> {
            Rectangle shape = new Rectangle(box.x(), box.y(), box.width(), box.height());
            shape.getStyleClass().add(model.boxesTool.get() == ViewerViewModel.Tool.MARK ? "mark-box" : "redaction-box");
            return (Node) shape;
        }).toList());
        RegionSelection.Box kept = model.cropBox.get();
        if (kept != null) {
            Rectangle shape = new Rectangle(kept.x(), kept.y(), kept.width(), kept.height());
            shape.getStyleClass().add("crop-box");
            shapes.add(shape);
        }
        boxLayer.getChildren().setAll(shapes);
    }

    private void chooseCopy() {
        ViewerViewModel.Loaded loaded = model.loaded.get();
        if (loaded == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("viewer.saveCopy.title"));
        chooser.setInitialFileName(loaded.capture().originalName());
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            model.saveCopy(chosen.toPath());
        }
    }
}

package org.leadline.ui.training;

import java.io.ByteArrayInputStream;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.leadline.logic.exercises.ExerciseBuilder.MaterialEntry;
import org.leadline.ui.common.Format;
import org.leadline.ui.common.Layouts;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.OwnedWindow;
import org.leadline.ui.common.Session;

/**
 * View → Exercise material… (Ctrl+Shift+M, training operations): every post of the exercise with its platform, time,
 * source and image, the post's text selectable. Ctrl+Enter adds the selected text as a lead seen in that post (as the
 * quick-add bar would, with the post as the source); Ctrl+Shift+V opens the whole post in the paste dialog.
 *
 * <p>Keys: Up/Down choose a post; Tab reaches the text; Ctrl+Enter adds the selection; Ctrl+Shift+V analyses the post;
 * Escape closes.
 */
public final class MaterialWindow {
    private static final double WIDTH = 1240;
    private static final double HEIGHT = 720;
    private static final KeyCombination ADD = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ANALYSE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final MaterialViewModel model;
    private final Consumer<UUID> onAdded;
    private final Consumer<String> analyse;
    private final BorderPane root = new BorderPane();
    private final ListView<MaterialEntry> list = new ListView<>();
    private final TextArea text = new TextArea();
    private Stage stage;

    private MaterialWindow(MaterialViewModel model, Consumer<UUID> onAdded, Consumer<String> analyse) {
        this.model = model;
        this.onAdded = onAdded;
        this.analyse = analyse;
        root.setId("materialWindow");
        root.getStyleClass().add("package-window");
        root.setTop(OwnedWindow.header("material.heading", "material.hint"));
        root.setCenter(body());
        Label feedback = new Label();
        feedback.setId("materialFeedback");
        feedback.textProperty().bind(model.feedback);
        feedback.setMaxWidth(520);
        model.feedbackIsError.addListener((obs, before, after) -> {
            feedback.getStyleClass().removeAll("outcome-added", "outcome-error");
            feedback.getStyleClass().add(after ? "outcome-error" : "outcome-added");
        });
        feedback.getStyleClass().addAll("quick-add-feedback", "outcome-added");
        feedback.visibleProperty().bind(model.feedback.isNotEmpty());
        feedback.managedProperty().bind(feedback.visibleProperty());
        root.setBottom(OwnedWindow.footer("material.keys", feedback));
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (ADD.match(event)) {
                event.consume();
                addSelection();
            } else if (ANALYSE.match(event)) {
                event.consume();
                analyseSelected();
            }
        });
    }

    /**
     * Opens the material of the session's open (training) operation.
     *
     * @param onAdded  the entity of a lead added from the material (the main window selects it)
     * @param analyse  opens a post's whole text in the paste dialog
     */
    public static MaterialWindow show(Window owner, Session session, Consumer<javafx.scene.Scene> watch, Consumer<UUID> onAdded,
                                      Consumer<String> analyse) {
        MaterialWindow window = new MaterialWindow(new MaterialViewModel(session), onAdded, analyse);
        window.stage = OwnedWindow.open(owner, window.root, Messages.get("material.title"), WIDTH, HEIGHT, watch);
        window.model.load();
        Platform.runLater(window.list::requestFocus);
        return window;
    }

    public Stage stage() {
        return stage;
    }

    private Node body() {
        list.setId("materialList");
        list.setItems(model.entries);
        list.setMinWidth(300);
        list.setPlaceholder(Layouts.label("material.empty", "placeholder-hint"));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(MaterialEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                if (empty || entry == null) {
                    setText(null);
                    return;
                }
                int number = getIndex() + 1;
                String first = entry.post() == null ? Messages.get("material.imageOnly", entry.images().get(0).originalName())
                        : entry.headline();
                // The list's font has no emoji: flags read as their codes, as the drawn images show them.
                setText(Messages.get("material.line", number, platform(entry), first));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, before, after) -> {
            if (after != null) {
                model.selected.set(after);
            }
        });
        model.selected.addListener((obs, before, after) -> {
            if (after != null && list.getSelectionModel().getSelectedItem() != after) {
                list.getSelectionModel().select(after);
            }
        });

        Label meta = Layouts.text("", "form-section");
        meta.setId("materialMeta");
        meta.setWrapText(true);
        meta.textProperty().bind(Bindings.createStringBinding(() -> describe(model.selected.get()), model.selected));
        Label source = Layouts.text("", "field-hint", "mono");
        source.setId("materialSource");
        source.textProperty().bind(Bindings.createStringBinding(() -> model.selected.get() == null || model.selected.get().sourceUrl() == null
                ? "" : model.selected.get().sourceUrl(), model.selected));

        text.setId("materialText");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(8);
        text.textProperty().bind(Bindings.createStringBinding(() -> model.selected.get() == null || model.selected.get().post() == null
                ? "" : model.selected.get().post().text(), model.selected));
        Button add = new Button(Messages.get("material.add"));
        add.setId("materialAdd");
        add.getStyleClass().add("accent");
        add.disableProperty().bind(model.busy);
        add.setOnAction(event -> addSelection());
        // Clicking the button must not take the selection away from the text first.
        add.setFocusTraversable(false);
        Button analyseButton = new Button(Messages.get("material.analyse"));
        analyseButton.setId("materialAnalyse");
        analyseButton.setOnAction(event -> analyseSelected());
        analyseButton.disableProperty().bind(Bindings.createBooleanBinding(() -> model.selected.get() == null
                || model.selected.get().post() == null, model.selected));
        HBox actions = new HBox(8, add, analyseButton, Layouts.label("material.add.hint", "field-hint"));
        actions.setAlignment(Pos.CENTER_LEFT);

        ImageView picture = new ImageView();
        picture.setId("materialImage");
        picture.setPreserveRatio(true);
        picture.setSmooth(true);
        model.image.addListener((obs, before, after) -> picture.setImage(after == null ? null : new Image(new ByteArrayInputStream(after))));
        Label noImage = Layouts.label("material.noImage", "placeholder-hint");
        noImage.visibleProperty().bind(picture.imageProperty().isNull());
        StackPane imageBox = new StackPane(picture, noImage);
        imageBox.getStyleClass().add("material-image");
        ScrollPane imageScroll = new ScrollPane(imageBox);
        imageScroll.setFitToWidth(true);
        imageScroll.setFitToHeight(true);
        imageScroll.setFocusTraversable(false);
        picture.fitWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(100, imageScroll.getViewportBounds().getWidth() - 8),
                imageScroll.viewportBoundsProperty()));

        VBox textBox = new VBox(6, meta, source, text, actions);
        VBox.setVgrow(text, Priority.ALWAYS);
        SplitPane detail = new SplitPane(textBox, imageScroll);
        detail.setOrientation(Orientation.HORIZONTAL);
        detail.setDividerPositions(0.5);
        SplitPane split = new SplitPane(list, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.27);
        SplitPane.setResizableWithParent(list, false);
        VBox body = new VBox(split);
        VBox.setVgrow(split, Priority.ALWAYS);
        body.getStyleClass().add("package-body");
        return body;
    }

    private void addSelection() {
        String selection = text.getSelectedText();
        model.addSelection(selection, onAdded);
    }

    private void analyseSelected() {
        MaterialEntry entry = model.selected.get();
        if (entry != null && entry.post() != null) {
            analyse.accept(entry.post().text());
        }
    }

    private static String platform(MaterialEntry entry) {
        return entry.platform() != null ? entry.platform() : Messages.get("material.platformUnknown");
    }

    private static String describe(MaterialEntry entry) {
        if (entry == null) {
            return "";
        }
        java.time.Instant at = entry.post() != null ? entry.post().createdAt() : entry.images().get(0).capturedAt();
        return Messages.get("material.meta", platform(entry), Format.dateTime(at),
                entry.images().isEmpty() ? Messages.get("material.noImages") : entry.images().get(0).originalName());
    }
}

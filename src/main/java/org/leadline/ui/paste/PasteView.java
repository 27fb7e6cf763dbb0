package org.leadline.ui.paste;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.leadline.ui.common.Icons;
import org.leadline.ui.common.Layouts;
import org.leadline.ui.common.Messages;

/**
 * The paste dialog: the post on the left (an editor until analysed, then read-only with every selector highlighted),
 * the found selectors on the right to confirm, correct or drop, an optional source URL, and Save.
 *
 * <p>Keys: Ctrl+Enter finds the selectors while editing and saves afterwards; Enter in the list or the URL field
 * saves; Space checks or unchecks the selected row, Delete drops it, F2 corrects it; Escape cancels.
 */
public final class PasteView {
    static final double WIDTH = 1220;
    static final double HEIGHT = 700;

    private final PasteViewModel model;
    private final Consumer<PasteViewModel.Saved> onSaved;
    private final Stage stage = new Stage();
    private final BorderPane root = new BorderPane();
    private final TextArea editor = new TextArea();
    private final PostText post = new PostText();
    private final ListView<PasteRow> list = new ListView<>();
    private final TextField sourceUrl = new TextField();
    private final Button save = new Button();

    public PasteView(PasteViewModel model, Consumer<PasteViewModel.Saved> onSaved) {
        this.model = model;
        this.onSaved = onSaved;
        root.setId("pasteDialog");
        root.getStyleClass().add("paste-dialog");
        root.setTop(header());
        root.setCenter(body());
        root.setBottom(footer());
        model.analysed.addListener((obs, before, after) -> {
            if (after == null) {
                post.clear();
            } else {
                post.show(after, model.parts.get(), model.rows);
            }
        });
    }

    /** Opens the dialog over the main window; with text, finds its selectors at once, else the editor has the cursor. */
    public void open(Window owner, List<String> stylesheets, boolean dark, String text, Consumer<Scene> watch) {
        Scene scene = new Scene(root);
        scene.getStylesheets().setAll(stylesheets);
        if (dark) {
            root.getStyleClass().add("dark");
        }
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.get("paste.title"));
        double width = Math.min(WIDTH, owner.getWidth() - 60);
        double height = Math.min(HEIGHT, owner.getHeight() - 40);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setMinWidth(Math.min(900, width));
        stage.setMinHeight(Math.min(520, height));
        stage.setX(owner.getX() + (owner.getWidth() - width) / 2);
        stage.setY(owner.getY() + (owner.getHeight() - height) / 2);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        watch.accept(scene);
        stage.show();
        if (text != null && !text.isBlank()) {
            model.text.set(text);
            find();
        } else {
            editor.requestFocus();
        }
    }

    public Stage stage() {
        return stage;
    }

    private Node header() {
        Label title = Layouts.label("paste.heading", "paste-title");
        Label hint = Layouts.label("paste.hint", "field-hint");
        hint.setWrapText(true);
        VBox box = new VBox(title, hint);
        box.getStyleClass().add("paste-header");
        return box;
    }

    private Node body() {
        // Left: the editor while editing, the highlighted post once analysed.
        editor.setId("pasteText");
        editor.setWrapText(true);
        editor.setPromptText(Messages.get("paste.text.prompt"));
        editor.textProperty().bindBidirectional(model.text);
        editor.getStyleClass().add("paste-editor");
        editor.editableProperty().bind(model.finding.not());
        Node highlighted = post.root();
        StackPane textStack = new StackPane(editor, highlighted);
        VBox.setVgrow(textStack, Priority.ALWAYS);
        editor.visibleProperty().bind(model.analysed.isNull());
        highlighted.visibleProperty().bind(model.analysed.isNotNull());
        post.setOnPick(row -> {
            list.getSelectionModel().select(row);
            list.scrollTo(Math.max(0, list.getItems().indexOf(row) - 2));
            list.requestFocus();
        });

        Button findButton = new Button(Messages.get("paste.find"), Icons.icon(Icons.SEARCH, 12, "icon-on-accent"));
        findButton.setId("findSelectorsButton");
        findButton.getStyleClass().add("accent");
        findButton.setOnAction(event -> find());
        findButton.disableProperty().bind(model.finding);
        findButton.visibleProperty().bind(model.analysed.isNull());
        findButton.managedProperty().bind(findButton.visibleProperty());
        Button editButton = new Button(Messages.get("paste.editText"));
        editButton.setId("editTextButton");
        editButton.setMinWidth(Region.USE_PREF_SIZE);
        findButton.setMinWidth(Region.USE_PREF_SIZE);
        editButton.setOnAction(event -> {
            model.edit();
            editor.requestFocus();
        });
        editButton.visibleProperty().bind(model.analysed.isNotNull());
        editButton.managedProperty().bind(editButton.visibleProperty());
        editButton.disableProperty().bind(model.saving);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("pasteProgress");
        progress.getStyleClass().add("busy-indicator");
        progress.visibleProperty().bind(model.finding);
        progress.managedProperty().bind(model.finding);
        Label busy = Layouts.label("paste.finding", "field-hint");
        busy.visibleProperty().bind(model.finding);
        busy.managedProperty().bind(model.finding);
        Label legend = PostText.hint();
        legend.visibleProperty().bind(model.analysed.isNotNull().and(model.finding.not()));
        legend.managedProperty().bind(legend.visibleProperty());
        Label characters = new Label();
        characters.getStyleClass().add("field-hint");
        characters.textProperty().bind(Bindings.createStringBinding(() -> model.analysed.get() == null
                ? Messages.get("paste.findHint") : "", model.analysed));
        characters.visibleProperty().bind(model.analysed.isNull().and(model.finding.not()));
        characters.managedProperty().bind(characters.visibleProperty());
        HBox textActions = new HBox(findButton, editButton, progress, busy, characters, legend);
        textActions.getStyleClass().add("paste-text-actions");
        textActions.setAlignment(Pos.CENTER_LEFT);
        Label textTitle = Layouts.label("paste.post", "section-title");
        VBox left = new VBox(textTitle, textStack, textActions);
        left.getStyleClass().add("paste-left");

        // Right: the found selectors.
        list.setId("foundList");
        list.getStyleClass().add("found-list");
        list.setItems(model.rows);
        list.setEditable(true);
        list.setCellFactory(view -> new SelectorCell(model));
        VBox.setVgrow(list, Priority.ALWAYS);
        Label empty = new Label();
        empty.getStyleClass().add("placeholder-hint");
        empty.setWrapText(true);
        empty.setMaxWidth(300);
        empty.textProperty().bind(Bindings.createStringBinding(() -> model.finding.get() ? Messages.get("paste.finding")
                : model.analysed.get() == null ? Messages.get("paste.list.before") : Messages.get("paste.list.none"),
                model.finding, model.analysed));
        list.setPlaceholder(empty);
        list.getSelectionModel().selectedItemProperty().addListener((obs, before, after) -> post.select(after));
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::onListKey);
        Label count = new Label();
        count.setId("foundCount");
        count.getStyleClass().add("section-title");
        count.textProperty().bind(Bindings.createStringBinding(() -> model.analysed.get() == null
                ? Messages.get("paste.found.none") : Messages.get("paste.found", model.rows.size(), model.confirmedCount.get()),
                model.rows, model.analysed, model.confirmedCount));
        Label keys = Layouts.label("paste.keys", "field-hint");
        keys.setWrapText(true);
        VBox right = new VBox(count, list, offersSection(), keys);
        right.getStyleClass().add("paste-right");

        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.56);
        split.getStyleClass().add("paste-split");
        return split;
    }

    /** "Offers found": each suggested offer with a check box (unchecked: the officer confirms) and Correct…. */
    private Node offersSection() {
        Label title = Layouts.label("paste.offers", "section-title");
        VBox rows = new VBox(4);
        rows.setId("pasteOffers");
        model.offers.addListener((javafx.collections.ListChangeListener<OfferRow>) change -> {
            if (change.next() && (change.wasAdded() || change.wasRemoved())) {
                rows.getChildren().setAll(model.offers.stream().map(this::offerRow).toList());
            }
        });
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setMaxHeight(132);
        scroll.getStyleClass().add("paste-offers");
        VBox box = new VBox(4, title, scroll);
        box.setId("pasteOffersSection");
        box.getStyleClass().add("paste-offers-section");
        box.visibleProperty().bind(Bindings.isNotEmpty(model.offers));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node offerRow(OfferRow row) {
        javafx.scene.control.CheckBox check = new javafx.scene.control.CheckBox();
        check.getStyleClass().add("paste-offer-check");
        check.selectedProperty().bindBidirectional(row.checked);
        check.textProperty().bind(Bindings.createStringBinding(row::describe, row.draft));
        check.setWrapText(true);
        check.setTooltip(new javafx.scene.control.Tooltip(Messages.get("paste.offers.tooltip")));
        check.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(check, Priority.ALWAYS);
        Button correct = new Button(Messages.get("paste.offer.edit"));
        correct.getStyleClass().addAll("flat", "paste-offer-edit");
        correct.setMinWidth(Region.USE_PREF_SIZE);
        correct.setOnAction(event -> org.leadline.ui.offers.OfferForm.correct(stage, model.session(), row.draft(), accepted -> {
            row.draft.set(accepted);
            row.corrected.set(true);
            row.checked.set(true);
        }));
        HBox line = new HBox(8, check, correct);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("paste-offer-row");
        return line;
    }

    private Node footer() {
        sourceUrl.setId("sourceUrlField");
        sourceUrl.setPromptText(Messages.get("paste.source.prompt"));
        sourceUrl.textProperty().bindBidirectional(model.sourceUrl);
        sourceUrl.setOnAction(event -> saveOrFind());
        HBox.setHgrow(sourceUrl, Priority.ALWAYS);
        Label sourceLabel = Layouts.label("paste.source", "field-label");
        sourceLabel.setLabelFor(sourceUrl);
        sourceLabel.setMinWidth(Label.USE_PREF_SIZE);
        HBox source = new HBox(sourceLabel, sourceUrl);
        source.getStyleClass().add("inline-row");
        source.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(source, Priority.ALWAYS);
        source.setMaxWidth(560);

        Label error = Layouts.errorLine("pasteError");
        error.textProperty().bind(model.error);
        error.setMaxWidth(420);
        Button cancel = new Button(Messages.get("paste.cancel"));
        cancel.setId("pasteCancelButton");
        cancel.setCancelButton(false);
        cancel.setOnAction(event -> stage.close());
        save.setId("pasteSaveButton");
        save.getStyleClass().add("accent");
        save.setGraphic(Icons.icon(Icons.CHECK, 12, "icon-on-accent"));
        save.textProperty().bind(Bindings.createStringBinding(() -> model.checkedOffers.get() == 0
                        ? Messages.get("paste.save", model.confirmedCount.get())
                        : Messages.get("paste.saveWithOffers", model.confirmedCount.get(), model.checkedOffers.get()),
                model.confirmedCount, model.checkedOffers));
        save.disableProperty().bind(model.analysed.isNull().or(model.saving).or(model.finding)
                .or(model.confirmedCount.isEqualTo(0).and(model.checkedOffers.isEqualTo(0))));
        save.setOnAction(event -> save());
        ProgressIndicator saving = new ProgressIndicator();
        saving.getStyleClass().add("busy-indicator");
        saving.visibleProperty().bind(model.saving);
        saving.managedProperty().bind(model.saving);
        HBox bar = new HBox(source, Layouts.spacer(), error, saving, cancel, save);
        bar.getStyleClass().add("paste-footer");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void find() {
        model.find(model.text.get(), () -> {
            list.requestFocus();
            if (!model.rows.isEmpty()) {
                list.getSelectionModel().select(0);
                list.getFocusModel().focus(0);
            }
        });
    }

    private void save() {
        model.save(saved -> {
            stage.close();
            onSaved.accept(saved);
        });
    }

    private void saveOrFind() {
        if (model.isAnalysed()) {
            save();
        } else {
            find();
        }
    }

    /** Ctrl+Enter: find (while editing) or save; Escape: cancel, unless a row is being corrected. */
    private void onKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
            event.consume();
            saveOrFind();
        } else if (event.getCode() == KeyCode.ESCAPE && list.getEditingIndex() < 0) {
            event.consume();
            stage.close();
        }
    }

    /** Space checks or unchecks, Delete drops, F2 corrects, Enter saves (on the list itself, not its editor). */
    private void onListKey(KeyEvent event) {
        if (event.getTarget() != list || list.getEditingIndex() >= 0) {
            return;
        }
        PasteRow row = list.getSelectionModel().getSelectedItem();
        if (event.getCode() == KeyCode.SPACE && row != null && !event.isShortcutDown()) {
            model.toggle(row);
            event.consume();
        } else if ((event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) && row != null) {
            row.confirmed.set(false);
            event.consume();
        } else if (event.getCode() == KeyCode.F2 && row != null) {
            list.edit(list.getSelectionModel().getSelectedIndex());
            event.consume();
        } else if (event.getCode() == KeyCode.ENTER && !event.isShortcutDown()) {
            save();
            event.consume();
        }
    }
}

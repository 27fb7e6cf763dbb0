package org.leadline.ui.packages;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.leadline.logic.packages.Manifest;
import org.leadline.model.TrustedKey;
import org.leadline.ui.common.Layouts;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.OwnedWindow;
import org.leadline.ui.common.Session;

/**
 * Adding a colleague's key from a package or key file: the key's owner and its fingerprint in groups of four, to be
 * compared with what the colleague reads out in person; the key is trusted only once the officer confirms the match
 * (or types the fingerprint and it matches). A team lead's key file, signed by a trusted key, can be taken in whole.
 *
 * <p>Keys: Enter in the file field reads the file, elsewhere trusts the key; Escape cancels.
 */
public final class TrustKeyDialog {
    static final double WIDTH = 760;
    static final double HEIGHT = 700;

    private final TrustKeyViewModel model;
    private final Consumer<List<TrustedKey>> onAdded;
    private final BorderPane root = new BorderPane();
    private final TextField pathField = new TextField();
    private final TextField typedField = new TextField();
    private final CheckBox confirm = new CheckBox();
    private final Button add = new Button(Messages.get("trustKey.add"));
    private Stage stage;

    private TrustKeyDialog(TrustKeyViewModel model, Consumer<List<TrustedKey>> onAdded) {
        this.model = model;
        this.onAdded = onAdded;
        root.setId("trustKeyDialog");
        root.getStyleClass().add("package-window");
        root.setTop(OwnedWindow.header("trustKey.heading", "trustKey.hint"));
        ScrollPane body = new ScrollPane(body());
        body.setFitToWidth(true);
        body.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        body.getStyleClass().add("edge-to-edge");
        root.setCenter(body);
        root.setBottom(footer());
    }

    /** Opens the dialog with no file chosen yet. */
    public static TrustKeyDialog open(Window owner, Session session, Consumer<javafx.scene.Scene> watch,
                                      Consumer<List<TrustedKey>> onAdded) {
        TrustKeyDialog dialog = show(owner, session, watch, onAdded);
        Platform.runLater(dialog.pathField::requestFocus);
        return dialog;
    }

    /** Opens the dialog on a file (the package the import refused), already read. */
    public static TrustKeyDialog forFile(Window owner, Session session, Path file, Consumer<javafx.scene.Scene> watch,
                                         Consumer<List<TrustedKey>> onAdded) {
        TrustKeyDialog dialog = show(owner, session, watch, onAdded);
        dialog.model.path.set(file.toString());
        dialog.model.read();
        return dialog;
    }

    private static TrustKeyDialog show(Window owner, Session session, Consumer<javafx.scene.Scene> watch,
                                       Consumer<List<TrustedKey>> onAdded) {
        TrustKeyDialog dialog = new TrustKeyDialog(new TrustKeyViewModel(session), onAdded);
        dialog.stage = OwnedWindow.open(owner, dialog.root, Messages.get("trustKey.title"), WIDTH, HEIGHT, watch);
        dialog.stage.setOnHidden(event -> dialog.model.dispose());
        return dialog;
    }

    public Stage stage() {
        return stage;
    }

    private Node body() {
        pathField.setId("trustKeyPath");
        pathField.setPromptText(Messages.get("trustKey.file.prompt"));
        pathField.textProperty().bindBidirectional(model.path);
        pathField.setOnAction(event -> {
            event.consume();
            model.read();
        });
        HBox.setHgrow(pathField, Priority.ALWAYS);
        Button read = new Button(Messages.get("trustKey.read"));
        read.setId("trustKeyRead");
        read.setOnAction(event -> model.read());
        Button choose = new Button(Messages.get("trustKey.choose"));
        choose.setId("trustKeyChoose");
        choose.setOnAction(event -> choose());
        HBox fileLine = new HBox(8, pathField, read, choose);
        fileLine.setAlignment(Pos.CENTER_LEFT);

        Label source = new Label();
        source.setId("trustKeySource");
        source.getStyleClass().add("field-label");
        source.setWrapText(true);
        source.textProperty().bind(Bindings.createStringBinding(() -> switch (model.source.get()) {
            case NONE -> "";
            case PACKAGE -> Messages.get("trustKey.source.package");
            // The source is set a moment before the file's signer: nothing to say until both are.
            case KEY_FILE -> model.fileSigner.get() == null ? "" : Messages.get("trustKey.source.keyFile", model.fileSigner.get().name(),
                    Messages.get(model.fileSignerTrusted.get() ? "trustKey.signer.trusted" : "trustKey.signer.unknown"), model.keys.size());
        }, model.source, model.fileSigner, model.fileSignerTrusted, model.keys));
        source.managedProperty().bind(model.source.isNotEqualTo(TrustKeyViewModel.Source.NONE));
        source.visibleProperty().bind(source.managedProperty());

        Label allHint = new Label();
        allHint.getStyleClass().add("field-hint");
        allHint.setWrapText(true);
        allHint.textProperty().bind(Bindings.createStringBinding(() -> {
            // Read once: the property may change between two reads while a file is being opened.
            var signer = model.fileSigner.get();
            return signer == null ? "" : Messages.get("trustKey.addAll.hint", signer.name());
        }, model.fileSigner));
        Button addAll = new Button();
        addAll.setId("trustKeyAddAll");
        addAll.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("trustKey.addAll", model.newKeys()), model.keys));
        addAll.disableProperty().bind(model.canAddAll.not());
        addAll.setOnAction(event -> model.addAll(this::added));
        VBox all = new VBox(6, allHint, addAll);
        all.getStyleClass().add("package-note");
        all.visibleProperty().bind(model.source.isEqualTo(TrustKeyViewModel.Source.KEY_FILE).and(model.fileSignerTrusted)
                .and(Bindings.createBooleanBinding(() -> model.newKeys() > 0, model.keys)));
        all.managedProperty().bind(all.visibleProperty());

        ListView<TrustKeyViewModel.Offered> list = new ListView<>(model.keys);
        list.setId("trustKeyList");
        list.setCellFactory(view -> new OfferedCell());
        list.setPrefHeight(140);
        list.visibleProperty().bind(Bindings.size(model.keys).greaterThan(1));
        list.managedProperty().bind(list.visibleProperty());
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

        VBox key = new VBox(8);
        key.setId("trustKeyDetails");
        key.getStyleClass().add("package-section");
        model.selected.addListener((obs, before, after) -> showKey(key, after));
        key.visibleProperty().bind(model.selected.isNotNull());
        key.managedProperty().bind(key.visibleProperty());

        VBox body = new VBox(10, Layouts.label("trustKey.file", "form-section"), fileLine, source, all, list, key);
        body.getStyleClass().add("package-body");
        return body;
    }

    private void showKey(VBox box, TrustKeyViewModel.Offered offered) {
        box.getChildren().clear();
        if (offered == null) {
            return;
        }
        Manifest.Signer key = offered.key();
        Label who = Layouts.text(PackageTexts.officer(key.name(), key.agency(), key.country()), "package-signer");
        who.setId("trustKeyName");
        box.getChildren().add(who);
        if (offered.state() != TrustKeyViewModel.KeyState.NEW) {
            Label state = PackageTexts.badge(Messages.get(offered.state() == TrustKeyViewModel.KeyState.OWN ? "trustKey.key.own"
                    : "trustKey.key.trusted"), "status-trusted");
            state.setId("trustKeyState");
            box.getChildren().addAll(state, PackageTexts.fingerprint(key.fingerprint(), "trustKeyFingerprint"));
            return;
        }
        Label compare = Layouts.text(Messages.get("trustKey.compare", key.name()), "field-hint");
        compare.setWrapText(true);
        Label fingerprint = PackageTexts.fingerprint(key.fingerprint(), "trustKeyFingerprint");
        typedField.setId("trustKeyTyped");
        typedField.setPromptText(Messages.get("trustKey.typed.prompt"));
        typedField.textProperty().unbindBidirectional(model.typed);
        typedField.setText("");
        typedField.textProperty().bindBidirectional(model.typed);
        typedField.getStyleClass().add("mono");
        Label typedState = new Label();
        typedState.setId("trustKeyTypedState");
        typedState.setWrapText(true);
        typedState.managedProperty().bind(typedState.textProperty().isNotEmpty());
        typedState.visibleProperty().bind(typedState.managedProperty());
        typedState.textProperty().bind(Bindings.createStringBinding(() -> switch (model.typedState.get()) {
            case EMPTY -> "";
            case INCOMPLETE -> Messages.get("trustKey.typed.incomplete", model.typed.get().replaceAll("[\\s:]", "").length());
            case MATCH -> Messages.get("trustKey.typed.match");
            case MISMATCH -> Messages.get("trustKey.typed.mismatch");
        }, model.typedState, model.typed));
        model.typedState.addListener((obs, before, after) -> {
            typedState.getStyleClass().removeAll("check-ok", "check-failed");
            if (after == TrustKeyViewModel.Typed.MATCH) {
                typedState.getStyleClass().add("check-ok");
            } else if (after == TrustKeyViewModel.Typed.MISMATCH) {
                typedState.getStyleClass().add("check-failed");
            }
        });
        confirm.setId("trustKeyConfirm");
        confirm.setText(Messages.get("trustKey.confirm", key.name()));
        confirm.setWrapText(true);
        confirm.selectedProperty().unbindBidirectional(model.confirmed);
        confirm.selectedProperty().bindBidirectional(model.confirmed);
        box.getChildren().addAll(compare, fingerprint, typedField, typedState, confirm);
        // The key has just been read: the next step is comparing it, so the cursor waits where its fingerprint is typed.
        Platform.runLater(typedField::requestFocus);
    }

    private final class OfferedCell extends ListCell<TrustKeyViewModel.Offered> {
        @Override
        protected void updateItem(TrustKeyViewModel.Offered item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Manifest.Signer key = item.key();
            String state = switch (item.state()) {
                case NEW -> "";
                case OWN -> " · " + Messages.get("trustKey.key.own");
                case TRUSTED -> " · " + Messages.get("trustKey.key.trusted");
            };
            Label name = Layouts.text(PackageTexts.officer(key.name(), key.agency(), key.country()) + state, "entry-text");
            Label fp = Layouts.text(org.leadline.logic.workspace.Bytes.groupsOfFour(key.fingerprint()).substring(0, 39) + " …",
                    "entry-meta", "mono");
            setText(null);
            setGraphic(new VBox(1, name, fp));
        }
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("trustKey.choose.title"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(Messages.get("trustKey.choose.filter"),
                "*.leadpack", "*.leadkeys"), new FileChooser.ExtensionFilter(Messages.get("evidence.attachFiles.all"), "*"));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            model.path.set(chosen.getAbsolutePath());
            model.read();
        }
    }

    private Node footer() {
        Label error = Layouts.errorLine("trustKeyError");
        error.textProperty().bind(model.error);
        error.setMaxWidth(380);
        Button cancel = new Button(Messages.get("trustKey.cancel"));
        cancel.setId("trustKeyCancel");
        cancel.setOnAction(event -> stage.close());
        add.setId("trustKeyAdd");
        add.getStyleClass().add("accent");
        add.setDefaultButton(true);
        add.disableProperty().bind(model.canAdd.not());
        add.setOnAction(event -> model.add(key -> added(List.of(key))));
        HBox right = new HBox(8, error, OwnedWindow.busy(model.busy), cancel, add);
        right.setAlignment(Pos.CENTER_RIGHT);
        return OwnedWindow.footer("trustKey.keys", right);
    }

    private void added(List<TrustedKey> keys) {
        stage.close();
        onAdded.accept(keys);
    }
}

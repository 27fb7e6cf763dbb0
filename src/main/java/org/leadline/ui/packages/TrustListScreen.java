package org.leadline.ui.packages;

import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.leadline.logic.workspace.Bytes;
import org.leadline.model.Officer;
import org.leadline.model.TrustedKey;
import org.leadline.ui.common.Format;
import org.leadline.ui.common.Layouts;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.OwnedWindow;
import org.leadline.ui.common.Session;

/**
 * View → Trusted keys… (Ctrl+Shift+T): the colleagues' keys this workspace takes packages from, with their
 * fingerprints in groups of four and whether their encryption key is known; adding one from a package or key file,
 * removing one after asking, and writing the officer's own key or the team's keys to a {@code .leadkeys} file.
 *
 * <p>Keys: Ctrl+N adds; Delete removes the selected key; Escape closes.
 */
public final class TrustListScreen {
    static final double WIDTH = 1180;
    static final double HEIGHT = 640;
    private static final KeyCombination ADD = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final TrustListViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<TrustedKey> table = new TableView<>();
    private final java.util.function.Consumer<javafx.scene.Scene> watch;
    private Stage stage;

    private TrustListScreen(TrustListViewModel model, java.util.function.Consumer<javafx.scene.Scene> watch) {
        this.model = model;
        this.watch = watch;
        root.setId("trustScreen");
        root.getStyleClass().add("package-window");
        root.setTop(OwnedWindow.header("trust.heading", "trust.hint"));
        root.setCenter(body());
        root.setBottom(footer());
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (ADD.match(event)) {
                event.consume();
                add();
            }
        });
    }

    public static TrustListScreen show(Window owner, Session session, java.util.function.Consumer<javafx.scene.Scene> watch) {
        TrustListScreen screen = new TrustListScreen(new TrustListViewModel(session), watch);
        screen.stage = OwnedWindow.open(owner, screen.root, Messages.get("trust.title"), WIDTH, HEIGHT, watch);
        screen.model.reload();
        Platform.runLater(screen.table::requestFocus);
        return screen;
    }

    public Stage stage() {
        return stage;
    }

    public TrustListViewModel model() {
        return model;
    }

    private Node body() {
        Officer me = model.session().owner();
        Label mine = Layouts.text(Messages.get("trust.mine", me.name(), me.agency(), me.country()), "form-section");
        Label myFingerprint = Layouts.text(Bytes.groupsOfFour(me.fingerprint()), "mono", "own-fingerprint");
        myFingerprint.setId("trustOwnFingerprint");
        VBox own = new VBox(2, mine, myFingerprint);
        own.getStyleClass().add("package-note");

        table.setId("trustTable");
        table.setItems(model.keys);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<TrustedKey, String> fingerprint = column("trust.col.fingerprint", 330,
                key -> PackageTexts.twoLines(key.fingerprint()));
        fingerprint.setCellFactory(col -> {
            TableCell<TrustedKey, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                }
            };
            cell.getStyleClass().add("fingerprint-cell");
            return cell;
        });
        TableColumn<TrustedKey, String> transport = column("trust.col.transport", 150,
                key -> Messages.get(key.transportKey() != null ? "trust.transport.known" : "trust.transport.unknown"));
        transport.setCellFactory(col -> new TableCell<>() {
            private final Tooltip why = new Tooltip(Messages.get("trust.transport.tooltip"));

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty ? null : why);
                getStyleClass().remove("transport-unknown");
                if (!empty && getTableRow() != null && getTableRow().getItem() != null && getTableRow().getItem().transportKey() == null) {
                    getStyleClass().add("transport-unknown");
                }
            }
        });
        table.getColumns().setAll(List.of(
                column("trust.col.name", 170, TrustedKey::name),
                column("trust.col.agency", 170, TrustedKey::agency),
                column("trust.col.country", 80, key -> PackageTexts.country(key.country())),
                fingerprint,
                column("trust.col.added", 140, key -> Format.dateTime(key.addedAt())),
                transport));
        Label empty = Layouts.label("trust.empty", "placeholder-hint");
        empty.setWrapText(true);
        empty.setMaxWidth(460);
        table.setPlaceholder(empty);
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DELETE && table.getSelectionModel().getSelectedItem() != null) {
                event.consume();
                confirmRemove(table.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Button add = new Button(Messages.get("trust.add"));
        add.setId("trustAdd");
        add.getStyleClass().add("accent");
        add.setOnAction(event -> add());
        Button remove = new Button(Messages.get("trust.remove"));
        remove.setId("trustRemove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> confirmRemove(table.getSelectionModel().getSelectedItem()));
        Button exportMine = new Button(Messages.get("trust.exportMine"));
        exportMine.setId("trustExportMine");
        exportMine.setOnAction(event -> exportKeys(true));
        Button exportTeam = new Button(Messages.get("trust.exportTeam"));
        exportTeam.setId("trustExportTeam");
        exportTeam.setOnAction(event -> exportKeys(false));
        HBox actions = new HBox(8, add, remove, Layouts.spacer(), exportMine, exportTeam);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label notice = new Label();
        notice.setId("trustNotice");
        notice.getStyleClass().add("status-notice");
        notice.textProperty().bind(model.notice);
        notice.setWrapText(true);
        Label error = Layouts.errorLine("trustError");
        error.textProperty().bind(model.error);
        VBox box = new VBox(10, own, actions, table, notice, error);
        box.getStyleClass().add("package-body");
        return box;
    }

    private static <T> TableColumn<TrustedKey, T> column(String key, double width, Function<TrustedKey, T> value) {
        TableColumn<TrustedKey, T> column = new TableColumn<>(Messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(value.apply(data.getValue())));
        return column;
    }

    private void add() {
        TrustKeyDialog.open(stage, model.session(), watch, added -> model.added(added.size() == 1
                ? Messages.get("trustKey.added", added.get(0).name(), PackageTexts.country(added.get(0).country()))
                : Messages.get("trustKey.addedAll", added.size())));
    }

    private void confirmRemove(TrustedKey key) {
        if (key == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.CANCEL, ButtonType.OK);
        confirm.initOwner(stage);
        confirm.setTitle(Messages.get("trust.remove.title"));
        confirm.setHeaderText(Messages.get("trust.remove.header", key.name(), PackageTexts.country(key.country())));
        confirm.setContentText(Messages.get("trust.remove.text"));
        confirm.getDialogPane().getStylesheets().setAll(stage.getScene().getStylesheets());
        Button ok = (Button) confirm.getDialogPane().lookupButton(ButtonType.OK);
        ok.setText(Messages.get("trust.remove.confirm"));
        ok.setId("trustRemoveConfirm");
        ok.setDefaultButton(false);
        ((Button) confirm.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        Optional<ButtonType> answer = confirm.showAndWait();
        if (answer.isPresent() && answer.get() == ButtonType.OK) {
            model.remove(key);
        }
    }

    private void exportKeys(boolean onlyMine) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("trust.export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("trust.export.filter"), "*.leadkeys"));
        Officer me = model.session().owner();
        String base = (onlyMine ? me.name() : (model.session().operation() == null ? me.name() : model.session().operation().name()) + "-team")
                .strip().replaceAll("[^\\p{L}\\p{N}]+", "-");
        chooser.setInitialFileName(base + ".leadkeys");
        chooser.setInitialDirectory(new File(System.getProperty("user.home")));
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            java.nio.file.Path file = chosen.toPath();
            if (!file.getFileName().toString().endsWith(".leadkeys")) {
                file = file.resolveSibling(file.getFileName() + ".leadkeys");
            }
            model.exportKeys(file, onlyMine);
        }
    }

    private Node footer() {
        Button close = new Button(Messages.get("trust.close"));
        close.setId("trustClose");
        close.setOnAction(event -> stage.close());
        return OwnedWindow.footer("trust.keys", close);
    }
}

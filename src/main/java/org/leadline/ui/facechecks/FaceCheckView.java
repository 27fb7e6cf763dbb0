package org.leadline.ui.facechecks;

import java.util.Locale;
import java.util.UUID;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.leadline.logic.facechecks.LedgerLine;
import org.leadline.model.FaceCheckResult;
import org.leadline.ui.common.CaptureIds;
import org.leadline.ui.common.Icons;
import org.leadline.ui.common.Layouts;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.OwnedWindow;
import org.leadline.ui.common.Session;

/**
 * The face-check ledger: every face image checked in the operation, newest first, and a form to record a check in one
 * of the configured systems.
 *
 * <p>Keys: Enter (or Ctrl+Enter) in the form records; in the table, 1–4 set the selected own check's result
 * (pending, no hit, possible hit, hit), as does its context menu; Escape closes. "Edit list…" changes the systems.
 */
public final class FaceCheckView {
    static final double WIDTH = 1060;
    static final double HEIGHT = 660;

    private final FaceCheckViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<LedgerLine> table = new TableView<>();
    private final TextField image = new TextField();
    private final ComboBox<String> system = new ComboBox<>();
    private Stage stage;

    private FaceCheckView(FaceCheckViewModel model) {
        this.model = model;
        root.setId("faceCheckView");
        root.getStyleClass().add("document-dialog");
        root.setTop(OwnedWindow.header("faceCheck.heading", "faceCheck.hint"));
        root.setCenter(body());
        root.setBottom(footer());
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                event.consume();
                record();
            }
        });
    }

    /** Opens the ledger over the main window; with an image, the form is ready to record a check of it. */
    public static FaceCheckView show(Window owner, Session session, UUID imageId) {
        FaceCheckView view = new FaceCheckView(new FaceCheckViewModel(session, imageId));
        view.stage = OwnedWindow.open(owner, view.root, Messages.get("faceCheck.title"), WIDTH, HEIGHT);
        view.model.load(() -> (imageId == null ? view.image : view.system).requestFocus());
        Platform.runLater(() -> (imageId == null ? view.image : view.system).requestFocus());
        return view;
    }

    public Stage stage() {
        return stage;
    }

    private Node body() {
        table.setId("faceCheckTable");
        table.getStyleClass().add("lead-table");
        table.setItems(model.lines);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = Layouts.label("faceCheck.empty", "placeholder-hint");
        empty.setWrapText(true);
        empty.setMaxWidth(420);
        table.setPlaceholder(empty);

        TableColumn<LedgerLine, UUID> imageColumn = column("faceCheck.column.image", 170, line -> line.check().imageId());
        imageColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(UUID id, boolean empty) {
                super.updateItem(id, empty);
                if (empty || id == null) {
                    setGraphic(null);
                    setText(null);
                    setTooltip(null);
                    return;
                }
                // A placeholder until the evidence store can hand over a thumbnail of the capture.
                StackPane thumb = new StackPane(Icons.icon(Icons.SHIELD, 12, "placeholder-icon"));
                thumb.getStyleClass().add("thumb-placeholder");
                Label text = new Label(CaptureIds.shortForm(id));
                text.getStyleClass().add("mono");
                HBox box = new HBox(thumb, text);
                box.setAlignment(Pos.CENTER_LEFT);
                box.setSpacing(8);
                setGraphic(box);
                setText(null);
                setTooltip(new Tooltip(id.toString()));
            }
        });
        TableColumn<LedgerLine, String> systemColumn = column("faceCheck.column.system", 280, line -> line.check().system());
        TableColumn<LedgerLine, FaceCheckResult> resultColumn = column("faceCheck.column.result", 120, line -> line.check().result());
        resultColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(FaceCheckResult result, boolean empty) {
                super.updateItem(result, empty);
                if (empty || result == null) {
                    setGraphic(null);
                    return;
                }
                Label badge = new Label(resultName(result));
                badge.getStyleClass().addAll("kind-badge", "result-" + result.wireName());
                setGraphic(badge);
                setText(null);
            }
        });
        TableColumn<LedgerLine, String> referenceColumn = column("faceCheck.column.reference", 150,
                line -> line.check().reference() == null ? "" : line.check().reference());
        TableColumn<LedgerLine, String> dateColumn = column("faceCheck.column.date", 100, line -> line.check().checkedOn().toString());
        TableColumn<LedgerLine, String> officerColumn = column("faceCheck.column.officer", 140, LedgerLine::officer);
        table.getColumns().setAll(java.util.List.of(imageColumn, systemColumn, resultColumn, referenceColumn, dateColumn, officerColumn));
        table.setRowFactory(view -> {
            TableRow<LedgerLine> row = new TableRow<>();
            row.contextMenuProperty().bind(Bindings.createObjectBinding(() -> row.getItem() == null
                    || !row.getItem().check().origin().equals(model.me()) ? null : resultMenu(row.getItem()), row.itemProperty()));
            return row;
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::onTableKey);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label tableTitle = new Label();
        tableTitle.getStyleClass().add("section-title");
        tableTitle.setId("faceCheckCount");
        tableTitle.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("faceCheck.count", model.lines.size(),
                model.distinctImages()), model.lines));

        VBox content = new VBox(tableTitle, table, form());
        content.getStyleClass().add("document-body");
        return content;
    }

    private static <T> TableColumn<LedgerLine, T> column(String key, double width, java.util.function.Function<LedgerLine, T> value) {
        TableColumn<LedgerLine, T> column = new TableColumn<>(Messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    private ContextMenu resultMenu(LedgerLine line) {
        ContextMenu menu = new ContextMenu();
        int index = 1;
        for (FaceCheckResult result : FaceCheckResult.values()) {
            MenuItem item = new MenuItem(Messages.get("faceCheck.setResult", resultName(result), index++));
            item.setDisable(result == line.check().result());
            item.setOnAction(event -> model.setResult(line, result));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** 1–4 on a selected own check set its result. */
    private void onTableKey(KeyEvent event) {
        LedgerLine line = table.getSelectionModel().getSelectedItem();
        int digit = event.getCode().isDigitKey() ? event.getCode().getCode() - KeyCode.DIGIT0.getCode() : -1;
        if (event.getCode().ordinal() >= KeyCode.NUMPAD0.ordinal() && event.getCode().ordinal() <= KeyCode.NUMPAD9.ordinal()) {
            digit = event.getCode().ordinal() - KeyCode.NUMPAD0.ordinal();
        }
        if (line != null && digit >= 1 && digit <= FaceCheckResult.values().length && !event.isShortcutDown()) {
            event.consume();
            model.setResult(line, FaceCheckResult.values()[digit - 1]);
        }
    }

    private Node form() {
        image.setId("faceCheckImage");
        image.textProperty().bindBidirectional(model.image);
        image.setPromptText(Messages.get("faceCheck.image.prompt"));
        image.setOnAction(event -> record());
        image.setMinWidth(300);
        system.setId("faceCheckSystem");
        system.setItems(model.systems);
        system.valueProperty().bindBidirectional(model.system);
        system.setMaxWidth(Double.MAX_VALUE);
        ComboBox<FaceCheckResult> result = new ComboBox<>();
        result.setId("faceCheckResult");
        result.getItems().setAll(FaceCheckResult.values());
        result.valueProperty().bindBidirectional(model.result);
        result.setConverter(new StringConverter<>() {
            @Override
            public String toString(FaceCheckResult value) {
                return value == null ? "" : resultName(value);
            }

            @Override
            public FaceCheckResult fromString(String text) {
                return null;
            }
        });
        result.setMaxWidth(Double.MAX_VALUE);
        TextField reference = field("faceCheckReference", model.reference);
        TextField date = field("faceCheckDate", model.date);
        date.setPromptText(Messages.get("document.date.prompt"));
        TextField note = field("faceCheckNote", model.note);
        Button record = new Button(Messages.get("faceCheck.record"), Icons.icon(Icons.PLUS, 12, "icon-on-accent"));
        record.setId("faceCheckRecordButton");
        record.getStyleClass().add("accent");
        record.setDefaultButton(true);
        record.disableProperty().bind(model.busy);
        record.setOnAction(event -> record());
        record.setMinWidth(Region.USE_PREF_SIZE);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("document-grid");
        place(grid, 0, 0, "faceCheck.image", image, 1);
        Button editSystems = new Button(Messages.get("faceCheck.systems.edit"));
        editSystems.setId("editSystemsButton");
        editSystems.setMinWidth(Region.USE_PREF_SIZE);
        editSystems.setOnAction(event -> SystemsDialog.show(stage, model));
        place(grid, 0, 2, "faceCheck.system", system, 1);
        grid.add(editSystems, 4, 0);
        place(grid, 1, 0, "faceCheck.result", result, 1);
        place(grid, 1, 2, "faceCheck.reference", reference, 2);
        place(grid, 2, 0, "faceCheck.date", date, 1);
        place(grid, 2, 2, "faceCheck.note", note, 1);
        grid.add(record, 4, 2);
        javafx.scene.layout.ColumnConstraints fixed = new javafx.scene.layout.ColumnConstraints();
        grid.getColumnConstraints().addAll(fixed, grow(), fixed, grow(), fixed);
        Label error = Layouts.errorLine("faceCheckError");
        error.textProperty().bind(model.error);
        Label title = Layouts.label("faceCheck.form", "section-title");
        VBox box = new VBox(title, grid, error);
        box.getStyleClass().add("face-check-form");
        return box;
    }

    private static javafx.scene.layout.ColumnConstraints grow() {
        javafx.scene.layout.ColumnConstraints grow = new javafx.scene.layout.ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        return grow;
    }

    private TextField field(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        field.setOnAction(event -> record());
        return field;
    }

    private static void place(GridPane grid, int row, int column, String key, Node control, int span) {
        Label label = Layouts.label(key, "field-label");
        label.setLabelFor(control);
        label.setMinWidth(Label.USE_PREF_SIZE);
        grid.add(label, column, row);
        grid.add(control, column + 1, row, span, 1);
    }

    private Node footer() {
        Button close = new Button(Messages.get("faceCheck.close"));
        close.setId("faceCheckCloseButton");
        close.setOnAction(event -> stage.close());
        return OwnedWindow.footer("faceCheck.keys", OwnedWindow.busy(model.busy), close);
    }

    private void record() {
        if (model.busy.get()) {
            return;
        }
        model.record(() -> {
            table.getSelectionModel().clearSelection();
            image.requestFocus();
            image.selectAll();
        });
    }

    static String resultName(FaceCheckResult result) {
        return Messages.get("faceCheck.result." + result.wireName().toLowerCase(Locale.ROOT));
    }
}

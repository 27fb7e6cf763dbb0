package org.leadline.ui.facechecks;

import java.util.List;
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
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.leadline.logic.facechecks.LedgerLine;
import org.leadline.model.CaptureSummary;
import org.leadline.model.FaceCheckResult;
import org.leadline.ui.common.CaptureIds;
import org.leadline.ui.common.Icons;
import org.leadline.ui.common.Layouts;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.OwnedWindow;
import org.leadline.ui.common.Session;
import org.leadline.ui.evidence.ThumbnailCache;
import org.leadline.ui.evidence.ThumbnailTile;

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
    /** The side of a face image's thumbnail in the ledger and the form: enough to tell one face from another. */
    private static final double IMAGE_SIDE = 40;

    private final FaceCheckViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<LedgerLine> table = new TableView<>();
    private final ThumbnailCache thumbnails;
    private final ComboBox<String> system = new ComboBox<>();
    private Stage stage;

    private FaceCheckView(FaceCheckViewModel model, ThumbnailCache thumbnails) {
        this.model = model;
        this.thumbnails = thumbnails;
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

    /**
     * Opens the ledger over the main window; with an image, the form is ready to record a check of it. Without one, a
     * check is recorded of the selected line's image, so the ledger takes the focus.
     */
    public static FaceCheckView show(Window owner, Session session, UUID imageId, ThumbnailCache thumbnails) {
        FaceCheckView view = new FaceCheckView(new FaceCheckViewModel(session, imageId), thumbnails);
        view.stage = OwnedWindow.open(owner, view.root, Messages.get("faceCheck.title"), WIDTH, HEIGHT);
        Node first = imageId == null ? view.table : view.system;
        view.model.load(first::requestFocus);
        Platform.runLater(first::requestFocus);
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

        TableColumn<LedgerLine, LedgerLine> imageColumn = column("faceCheck.column.image", 200, line -> line);
        imageColumn.setCellFactory(col -> new TableCell<>() {
            private final ThumbnailTile tile = new ThumbnailTile(thumbnails, IMAGE_SIDE, false);
            private final Label name = new Label();
            private final HBox box = new HBox(8, tile, name);

            {
                box.setAlignment(Pos.CENTER_LEFT);
                name.setMinWidth(0);
            }

            @Override
            protected void updateItem(LedgerLine line, boolean empty) {
                super.updateItem(line, empty);
                setText(null);
                if (empty || line == null) {
                    tile.show(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                tile.show(line.image());
                name.setText(line.image() == null ? CaptureIds.shortForm(line.check().imageId()) : line.image().originalName());
                setGraphic(box);
                setTooltip(new Tooltip(line.check().imageId().toString()));
            }
        });
        TableColumn<LedgerLine, String> systemColumn = column("faceCheck.column.system", 300, line -> line.check().system());
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
        table.getColumns().setAll(List.of(imageColumn, systemColumn, resultColumn, referenceColumn, dateColumn, officerColumn));
        table.setRowFactory(view -> {
            TableRow<LedgerLine> row = new TableRow<>();
            row.contextMenuProperty().bind(Bindings.createObjectBinding(() -> row.getItem() == null
                    || !row.getItem().check().origin().equals(model.me()) ? null : resultMenu(row.getItem()), row.itemProperty()));
            return row;
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::onTableKey);
        table.getSelectionModel().selectedItemProperty().addListener((obs, before, line) -> model.pick(line));
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

    /** 1–4 on a selected own check set its result; Down or Up with nothing selected selects the line that has the focus. */
    private void onTableKey(KeyEvent event) {
        LedgerLine line = table.getSelectionModel().getSelectedItem();
        if (line == null && (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.UP) && !table.getItems().isEmpty()) {
            // The table focuses its first line when it fills, unselected: Down would move past it, and with one line do nothing.
            event.consume();
            table.getSelectionModel().select(Math.max(0, table.getFocusModel().getFocusedIndex()));
            return;
        }
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
        Node image = chosenImage();
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

    /** The image the next check is of: its thumbnail, name and short id, or how to choose one. */
    private Node chosenImage() {
        ThumbnailTile tile = new ThumbnailTile(thumbnails, IMAGE_SIDE, false);
        Label name = new Label();
        name.setId("faceCheckImageName");
        name.setMinWidth(0);
        Label id = new Label();
        id.getStyleClass().add("mono");
        id.setMinWidth(Region.USE_PREF_SIZE);
        Label none = Layouts.label("faceCheck.image.none", "field-hint");
        none.setId("faceCheckNoImage");
        none.setWrapText(true);
        none.setMinWidth(0);
        HBox.setHgrow(none, Priority.ALWAYS);
        HBox box = new HBox(8, tile, name, id, none);
        box.setId("faceCheckImage");
        box.setAlignment(Pos.CENTER_LEFT);
        // A set width, so that the form's two columns share the dialog as they do with no image (the hint is long).
        box.setMinWidth(200);
        box.setPrefWidth(200);
        Runnable show = () -> {
            CaptureSummary chosen = model.image.get();
            tile.show(chosen);
            for (Node part : List.of(tile, name, id)) {
                part.setManaged(chosen != null);
            }
            name.setText(chosen == null ? "" : chosen.originalName());
            id.setText(chosen == null ? "" : CaptureIds.shortForm(chosen.id()));
            none.setVisible(chosen == null);
            none.setManaged(chosen == null);
        };
        model.image.addListener((obs, before, after) -> show.run());
        show.run();
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
        // The image stays chosen for the next check of it, in another system.
        model.record(() -> system.requestFocus());
    }

    static String resultName(FaceCheckResult result) {
        return Messages.get("faceCheck.result." + result.wireName().toLowerCase(Locale.ROOT));
    }
}

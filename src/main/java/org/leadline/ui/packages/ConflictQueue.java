package org.leadline.ui.packages;

import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.leadline.logic.packages.ConflictService.ConflictedRecord;
import org.leadline.logic.packages.ConflictService.Variant;
import org.leadline.ui.common.Format;
import org.leadline.ui.common.Layouts;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.OwnedWindow;
import org.leadline.ui.common.Session;

/**
 * View → Conflicts… (Ctrl+Shift+C): the open operation's records in conflict; the selected one's versions side by
 * side with the differing fields highlighted, who made the record, which package each version came in, and which one
 * the workspace shows until the record's origin settles it with a new version.
 *
 * <p>Keys: ↑ ↓ choose a record; Escape closes.
 */
public final class ConflictQueue {
    static final double WIDTH = 1240;
    static final double HEIGHT = 720;
    private static final double FIELD_COLUMN = 150;

    private final ConflictViewModel model;
    private final BorderPane root = new BorderPane();
    private final ListView<ConflictedRecord> list = new ListView<>();
    private final VBox detail = new VBox();
    private Stage stage;

    private ConflictQueue(ConflictViewModel model) {
        this.model = model;
        root.setId("conflictQueue");
        root.getStyleClass().add("package-window");
        root.setTop(OwnedWindow.header("conflicts.heading", "conflicts.hint"));
        root.setCenter(body());
        Button close = new Button(Messages.get("conflicts.close"));
        close.setId("conflictsClose");
        close.setOnAction(event -> stage.close());
        root.setBottom(OwnedWindow.footer("conflicts.keys", close));
        model.selected.addListener((obs, before, after) -> {
            if (after != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(after);
            }
            showDetail(after);
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, before, after) -> {
            if (after != null) {
                model.selected.set(after);
            }
        });
    }

    public static ConflictQueue show(Window owner, Session session, Consumer<Scene> watch) {
        ConflictQueue queue = new ConflictQueue(new ConflictViewModel(session));
        queue.stage = OwnedWindow.open(owner, queue.root, Messages.get("conflicts.title"), WIDTH, HEIGHT, watch);
        queue.stage.setOnHidden(event -> queue.model.dispose());
        queue.model.reload();
        Platform.runLater(queue.list::requestFocus);
        return queue;
    }

    public Stage stage() {
        return stage;
    }

    public ConflictViewModel model() {
        return model;
    }

    private Node body() {
        list.setId("conflictList");
        list.setItems(model.records);
        list.setCellFactory(view -> new RecordCell());
        Label empty = Layouts.label("conflicts.empty", "placeholder-hint");
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.setMinWidth(260);
        detail.setId("conflictDetail");
        detail.getStyleClass().addAll("package-body", "conflict-detail");
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        Label error = Layouts.errorLine("conflictsError");
        error.textProperty().bind(model.error);
        StackPane right = new StackPane(scroll);
        VBox left = new VBox(list, error);
        VBox.setVgrow(list, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.27);
        split.getStyleClass().add("conflict-split");
        SplitPane.setResizableWithParent(left, false);
        showDetail(null);
        return split;
    }

    private static String typeName(String table) {
        return Messages.get("conflicts.type." + table);
    }

    private static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }

    private static String officer(Variant variant) {
        return variant.officerName() == null ? variant.origin().substring(0, 8)
                : PackageTexts.officer(variant.officerName(), variant.officerAgency(), variant.officerCountry());
    }

    private void showDetail(ConflictedRecord record) {
        detail.getChildren().clear();
        if (record == null) {
            detail.getChildren().add(Layouts.label(model.records.isEmpty() ? "conflicts.empty" : "conflicts.none.selected",
                    "placeholder-hint"));
            return;
        }
        Label badge = Layouts.text(typeName(record.recordType()), "kind-badge");
        Label title = Layouts.text(record.title().isEmpty() ? record.recordId().toString() : record.title(), "package-done-title");
        title.setId("conflictTitle");
        title.setWrapText(true);
        HBox head = new HBox(10, badge, title);
        head.setAlignment(Pos.CENTER_LEFT);
        int shownIndex = record.variants().indexOf(record.shown());
        Label explain = Layouts.text(Messages.get("conflicts.explain", letter(shownIndex), officer(record.shown())), "package-note");
        explain.setId("conflictExplain");
        explain.setWrapText(true);
        explain.setMaxWidth(Double.MAX_VALUE);
        Label differ = Layouts.text(Messages.get("conflicts.differ", record.differing().size(), String.join(", ", record.differing())),
                "field-label");
        differ.setId("conflictDiffer");
        detail.getChildren().addAll(head, explain, differ, comparison(record));
    }

    private Node comparison(ConflictedRecord record) {
        GridPane grid = new GridPane();
        grid.setId("conflictGrid");
        grid.getStyleClass().add("conflict-grid");
        ColumnConstraints field = new ColumnConstraints(FIELD_COLUMN);
        field.setMinWidth(FIELD_COLUMN);
        grid.getColumnConstraints().add(field);
        List<Variant> variants = record.variants();
        for (int i = 0; i < variants.size(); i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(-1);
            column.setHgrow(Priority.ALWAYS);
            column.setFillWidth(true);
            column.setMinWidth(120);
            grid.getColumnConstraints().add(column);
        }
        Label fieldHead = Layouts.label("conflicts.field", "count-head", "conflict-head");
        fieldHead.setMaxWidth(Double.MAX_VALUE);
        fieldHead.setMaxHeight(Double.MAX_VALUE);
        grid.add(fieldHead, 0, 0);
        for (int i = 0; i < variants.size(); i++) {
            grid.add(variantHead(variants.get(i), i), i + 1, 0);
        }
        int row = 1;
        for (String name : record.fields()) {
            boolean differs = record.differing().contains(name);
            Label fieldName = Layouts.text(name, "conflict-field");
            if (differs) {
                fieldName.getStyleClass().add("conflict-differs");
            }
            fieldName.setMaxWidth(Double.MAX_VALUE);
            fieldName.setMaxHeight(Double.MAX_VALUE);
            grid.add(fieldName, 0, row);
            for (int i = 0; i < variants.size(); i++) {
                String text = variants.get(i).fields().getOrDefault(name, "");
                Label value = Layouts.text(text.isEmpty() ? Messages.get("conflicts.emptyValue") : text, "conflict-value");
                if (text.isEmpty()) {
                    value.getStyleClass().add("conflict-empty");
                }
                value.setId("conflictValue-" + name + "-" + i);
                value.setWrapText(true);
                value.setMaxWidth(Double.MAX_VALUE);
                value.setMaxHeight(Double.MAX_VALUE);
                if (differs) {
                    value.getStyleClass().add("conflict-differs");
                }
                grid.add(value, i + 1, row);
            }
            row++;
        }
        return grid;
    }

    private static Node variantHead(Variant variant, int index) {
        Label name = Layouts.text(Messages.get("conflicts.variant", letter(index)), "conflict-variant-title");
        HBox title = new HBox(8, name);
        title.setAlignment(Pos.CENTER_LEFT);
        if (variant.shown()) {
            Label shown = PackageTexts.badge(Messages.get("conflicts.shown"), "status-trusted");
            shown.setId("conflictShown" + index);
            title.getChildren().add(shown);
        }
        Label madeBy = Layouts.text(Messages.get("conflicts.madeBy", officer(variant)), "entry-meta");
        madeBy.setWrapText(true);
        String via = variant.via() == null ? Messages.get("conflicts.before")
                : variant.via().signerName() == null ? Messages.get("conflicts.via.unknown", variant.via().packageId())
                : Messages.get("conflicts.via", variant.via().sequence(), variant.via().signerName(), Format.dateTime(variant.via().createdAt()));
        Label cameIn = Layouts.text(via, "entry-meta");
        cameIn.setId("conflictVia" + index);
        cameIn.setWrapText(true);
        VBox head = new VBox(2, title, madeBy, cameIn);
        head.setId("conflictVariant" + index);
        head.getStyleClass().add("conflict-variant-head");
        head.setMaxWidth(Double.MAX_VALUE);
        return head;
    }

    private static final class RecordCell extends ListCell<ConflictedRecord> {
        @Override
        protected void updateItem(ConflictedRecord item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label title = Layouts.text(item.title().isEmpty() ? item.recordId().toString().substring(0, 8) : item.title(), "entry-text");
            Label meta = Layouts.text(Messages.get("conflicts.item", typeName(item.recordType()), item.version(), item.variants().size()),
                    "entry-meta");
            Label who = Layouts.text(officer(item.shown()), "entry-meta");
            setText(null);
            setGraphic(new VBox(1, title, meta, who));
        }
    }
}

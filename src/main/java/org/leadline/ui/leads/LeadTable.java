package org.leadline.ui.leads;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.leadline.model.LeadSort;
import org.leadline.model.LeadStatus;
import org.leadline.model.LeadSummary;
import org.leadline.ui.common.Format;
import org.leadline.ui.common.Icons;
import org.leadline.ui.common.Layouts;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.StrandedLayout;

/**
 * The lead table. Sorting is the database's: a header click re-queries with that column's {@link LeadSort}
 * (a second click reverses it); the header arrow only shows what the database did.
 */
public final class LeadTable {
    /** Rows from the end at which the next page is fetched. */
    private static final int PREFETCH_ROWS = 25;

    private final LeadTableViewModel model;
    private final TableView<LeadSummary> table = new TableView<>();
    private final Map<TableColumn<LeadSummary, ?>, LeadSort> sorts = new LinkedHashMap<>();
    private TableColumn<LeadSummary, ?> shownColumn;
    private TableColumn.SortType shownType;
    private boolean syncing;
    private boolean scrollOnReplace;
    private Runnable onDelete = () -> { };

    public LeadTable(LeadTableViewModel model) {
        this.model = model;
        table.setId("leadTable");
        table.getStyleClass().addAll("lead-table", "striped");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setItems(model.rows());

        TableColumn<LeadSummary, LeadSummary> kind = column("table.kind", LeadSort.KIND, 100, row -> row);
        kind.setCellFactory(col -> new KindCell());
        TableColumn<LeadSummary, LeadSummary> value = column("table.value", LeadSort.VALUE, 320, row -> row);
        value.setCellFactory(col -> new ValueCell());
        TableColumn<LeadSummary, String> category = column("table.category", LeadSort.CATEGORY, 150,
                row -> Format.category(row.category()));
        TableColumn<LeadSummary, List<String>> tags = column("table.tags", null, 176, LeadSummary::tags);
        tags.setCellFactory(col -> new TagsCell());
        tags.setSortable(false);
        TableColumn<LeadSummary, Integer> officers = column("table.officers", LeadSort.OFFICERS, 84, LeadSummary::officers);
        officers.getStyleClass().add("number-column");
        TableColumn<LeadSummary, Integer> sightings = column("table.sightings", LeadSort.SIGHTINGS, 92, LeadSummary::sightings);
        sightings.getStyleClass().add("number-column");
        TableColumn<LeadSummary, String> lastSeen = column("table.lastSeen", LeadSort.LAST_SEEN, 116,
                row -> Format.shortDateTime(row.lastSeen()));
        table.getColumns().setAll(List.of(kind, value, category, tags, officers, sightings, lastSeen));
        table.getColumns().forEach(col -> col.setReorderable(false));

        table.setSortPolicy(t -> {
            if (!syncing) {
                onSortRequest();
            }
            return true;
        });
        showSort();

        table.setRowFactory(t -> new TableRow<>() {
            @Override
            public void updateIndex(int index) {
                super.updateIndex(index);
                if (index >= 0 && index >= table.getItems().size() - PREFETCH_ROWS) {
                    model.loadMore();
                }
            }
        });

        Label empty = Layouts.label("table.empty", "placeholder-title");
        Button clear = new Button(Messages.get("table.empty.clear"));
        clear.getStyleClass().add("flat");
        clear.setOnAction(event -> {
            model.clearFilters();
            model.reload(false);
        });
        VBox placeholder = new VBox(empty, clear);
        placeholder.setAlignment(Pos.CENTER);
        placeholder.getStyleClass().add("table-placeholder");
        table.setPlaceholder(placeholder);

        table.getSelectionModel().selectedItemProperty().addListener((obs, before, after) -> {
            if (after == null && model.loading.get()) {
                return;
            }
            model.selected.set(after == null ? null : after.id());
        });
        model.setAfterReplace(this::restoreSelection);
        model.tagColors().addListener((MapChangeListener<String, String>) change -> table.refresh());
        table.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
    }

    public Parent root() {
        return table;
    }

    public TableView<LeadSummary> table() {
        return table;
    }

    public void setOnDelete(Runnable onDelete) {
        this.onDelete = onDelete;
    }

    /** Selects a lead once it shows up after the next reload, and scrolls to it. */
    public void selectWhenLoaded(UUID id) {
        model.selected.set(id);
        scrollOnReplace = true;
    }

    /** Shows one lead wherever it is in the list: the search narrows the table to its value, then it is selected. */
    public void reveal(UUID id, String value) {
        model.clearFilters();
        model.search.set(value);
        selectWhenLoaded(id);
    }

    public void focus() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
        }
    }

    /** Moves the selection by one row (Alt+Down / Alt+Up, J / K). */
    public void move(int delta) {
        int size = table.getItems().size();
        if (size == 0) {
            return;
        }
        int index = table.getSelectionModel().getSelectedIndex();
        int next = index < 0 ? 0 : Math.max(0, Math.min(size - 1, index + delta));
        table.getSelectionModel().clearAndSelect(next);
        table.scrollTo(Math.max(0, next - 3));
        if (next >= size - PREFETCH_ROWS) {
            model.loadMore();
        }
    }

    private void onKey(KeyEvent event) {
        if (event.isControlDown() || event.isAltDown() || event.isMetaDown()) {
            return;
        }
        if (event.getCode() == KeyCode.J) {
            move(1);
            event.consume();
        } else if (event.getCode() == KeyCode.K) {
            move(-1);
            event.consume();
        } else if (event.getCode() == KeyCode.DELETE && table.getSelectionModel().getSelectedItem() != null) {
            onDelete.run();
            event.consume();
        }
    }

    private void restoreSelection() {
        // Rows that arrive just before the window's first layout could be left unshown behind the placeholder.
        StrandedLayout.relayout(table);
        UUID wanted = model.selected.get();
        if (wanted == null) {
            table.getSelectionModel().clearSelection();
            return;
        }
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).id().equals(wanted)) {
                table.getSelectionModel().clearAndSelect(i);
                if (scrollOnReplace) {
                    table.scrollTo(Math.max(0, i - 3));
                }
                scrollOnReplace = false;
                return;
            }
        }
        scrollOnReplace = false;
        table.getSelectionModel().clearSelection();
        model.selected.set(null);
    }

    private void onSortRequest() {
        TableColumn<LeadSummary, ?> clicked = table.getSortOrder().isEmpty() ? shownColumn : table.getSortOrder().get(0);
        boolean changed = table.getSortOrder().isEmpty() || clicked != shownColumn || clicked.getSortType() != shownType
                || table.getSortOrder().size() != 1;
        LeadSort wanted = sorts.get(clicked);
        if (changed && wanted != null) {
            model.sortBy(wanted);
        }
        Platform.runLater(this::showSort);
    }

    /** Puts the header arrow on the column the database sorts by, in the direction it sorts. */
    private void showSort() {
        TableColumn<LeadSummary, ?> column = sorts.entrySet().stream().filter(entry -> entry.getValue() == model.sort.get())
                .map(Map.Entry::getKey).findFirst().orElse(null);
        if (column == null) {
            return;
        }
        boolean descending = model.sort.get().descending() != model.reversed.get();
        TableColumn.SortType type = descending ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING;
        syncing = true;
        try {
            column.setSortType(type);
            table.getSortOrder().setAll(List.of(column));
        } finally {
            syncing = false;
        }
        shownColumn = column;
        shownType = type;
    }

    private <T> TableColumn<LeadSummary, T> column(String key, LeadSort sort, double width, Function<LeadSummary, T> value) {
        TableColumn<LeadSummary, T> column = new TableColumn<>(Messages.get(key));
        column.setPrefWidth(width);
        // Short columns keep their width; the value and tags columns give way when the window is narrow.
        column.setMinWidth(sort == LeadSort.VALUE || sort == null ? 120 : width);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(value.apply(data.getValue())));
        if (sort != null) {
            sorts.put(column, sort);
        }
        return column;
    }

    private static final class KindCell extends TableCell<LeadSummary, LeadSummary> {
        private final Label badge = new Label();

        KindCell() {
            badge.getStyleClass().add("kind-badge");
            badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(LeadSummary item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            badge.setText(Format.kind(item.kind()));
            badge.getStyleClass().removeIf(style -> style.startsWith("kind-") && !style.equals("kind-badge"));
            badge.getStyleClass().add("kind-" + item.kind().wireName());
            setGraphic(badge);
        }
    }

    private static final class ValueCell extends TableCell<LeadSummary, LeadSummary> {
        private final Tooltip unverified = new Tooltip(Messages.get("table.unverified.tooltip"));

        @Override
        protected void updateItem(LeadSummary item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("unverified");
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setText(item.canonical());
            if (item.status() == LeadStatus.UNVERIFIED) {
                getStyleClass().add("unverified");
                setGraphic(Icons.icon(Icons.WARNING, 13, "icon-warning"));
                setTooltip(unverified);
            } else {
                setGraphic(null);
                setTooltip(null);
            }
        }
    }

    private final class TagsCell extends TableCell<LeadSummary, List<String>> {
        private final HBox chips = new HBox();

        TagsCell() {
            chips.getStyleClass().add("tag-chips");
            chips.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(List<String> item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null || item.isEmpty()) {
                setGraphic(null);
                return;
            }
            chips.getChildren().setAll(item.stream().map(name -> TagChips.chip(name, model.tagColors().get(name), null)).toList());
            setGraphic(chips);
        }
    }
}

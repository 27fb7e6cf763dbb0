package org.leadline.ui.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.leadline.model.CaptureSummary;
import org.leadline.ui.common.Layouts;
import org.leadline.ui.common.Messages;

/**
 * The operation's evidence as a virtualized grid: a list of rows of tiles, so that only the rows on screen exist and
 * only their tiles ask for thumbnails; pages of captures come in as the officer nears the end. Arrow keys, Page Up/Down,
 * Home and End move the selection, Enter or a double click opens the viewer, Escape goes back to the leads.
 */
public final class EvidenceGridView {
    static final double TILE = 164;
    static final double GAP = 10;
    static final double ROW_HEIGHT = TILE + 44;
    private static final javafx.css.PseudoClass SELECTED = javafx.css.PseudoClass.getPseudoClass("selected");

    private final EvidenceGridViewModel model;
    private final ThumbnailCache cache;
    private final Consumer<UUID> onOpen;
    private final Runnable onBack;
    private final BorderPane root = new BorderPane();
    private final ListView<Integer> rows = new ListView<>();
    private final ObservableList<Integer> rowNumbers = FXCollections.observableArrayList();
    /** Every row cell the list made (a screenful and a few): a new page redraws those that wait for it. */
    private final List<TileRow> liveRows = new ArrayList<>();
    private int columns = 1;

    public EvidenceGridView(EvidenceGridViewModel model, ThumbnailCache cache, Consumer<UUID> onOpen, Runnable onBack) {
        this.model = model;
        this.cache = cache;
        this.onOpen = onOpen;
        this.onBack = onBack;
        root.setId("evidenceGrid");
        root.getStyleClass().add("evidence-screen");
        root.setTop(header());

        rows.setId("evidenceRows");
        rows.getStyleClass().add("evidence-rows");
        rows.setItems(rowNumbers);
        rows.setFixedCellSize(ROW_HEIGHT);
        rows.setCellFactory(list -> new TileRow());
        VBox empty = new VBox(Layouts.label("evidence.grid.empty", "placeholder-title"),
                Layouts.label("evidence.grid.empty.hint", "placeholder-hint"));
        ((Label) empty.getChildren().get(1)).setWrapText(true);
        empty.setAlignment(Pos.CENTER);
        empty.setMaxWidth(460);
        empty.getStyleClass().add("table-placeholder");
        rows.setPlaceholder(empty);
        rows.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        rows.widthProperty().addListener((obs, before, after) -> layoutRows());
        model.captures.addListener((ListChangeListener<CaptureSummary>) change -> {
            boolean appendedOnly = true;
            while (change.next()) {
                appendedOnly &= change.wasAdded() && !change.wasRemoved() && change.getFrom() == change.getList().size() - change.getAddedSize();
            }
            layoutRows(appendedOnly);
        });
        model.total.addListener((obs, before, after) -> layoutRows());
        model.selected.addListener((obs, before, after) -> {
            markSelected();
            reveal(after.intValue());
        });
        root.setCenter(rows);
    }

    public Parent root() {
        return root;
    }

    public void focus() {
        rows.requestFocus();
    }

    private Node header() {
        Label title = Layouts.label("evidence.grid.title", "screen-title");
        Label count = new Label();
        count.setId("evidenceCount");
        count.getStyleClass().add("field-hint");
        count.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("evidence.grid.count", model.total.get(),
                model.captures.size()), model.total, model.captures));
        Label keys = Layouts.label("evidence.grid.keys", "field-hint");
        Label error = Layouts.errorLine("evidenceGridError");
        error.textProperty().bind(model.error);
        Button back = new Button(Messages.get("evidence.grid.back"));
        back.setId("evidenceBack");
        back.setOnAction(event -> onBack.run());
        VBox titles = new VBox(title, count);
        titles.getStyleClass().add("header-titles");
        HBox line = new HBox(titles, Layouts.spacer(), keys, back);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("evidence-header");
        return new VBox(line, error);
    }

    /** Rows of as many tiles as fit the width; called when the width or the loaded captures change. */
    private void layoutRows() {
        layoutRows(false);
    }

    /**
     * Rows of as many tiles as fit the width, for every capture of the operation (the count is known before the pages
     * are), so the list's size stays put while pages come in: a page only redraws the rows on screen that it fills,
     * where a growing list would make the list rebuild its cells in the middle of the officer's scrolling.
     */
    private void layoutRows(boolean appendedOnly) {
        double width = rows.getWidth() - 24;
        int fit = Math.max(1, (int) Math.floor((width + GAP) / (TILE + GAP)));
        int shown = Math.max(model.total.get(), model.captures.size());
        int needed = (shown + fit - 1) / fit;
        boolean reshaped = fit != columns || needed != rowNumbers.size();
        columns = fit;
        if (reshaped) {
            List<Integer> numbers = new ArrayList<>(needed);
            for (int i = 0; i < needed; i++) {
                numbers.add(i);
            }
            rowNumbers.setAll(numbers);
            rows.refresh();
        } else if (appendedOnly) {
            liveRows.forEach(TileRow::redraw);
        } else {
            // A reload: any row may show other captures now (rare: after a change while the grid shows).
            rows.refresh();
        }
    }

    /** The selected tile's outline, set on the tiles that exist (the rows on screen) without redrawing them. */
    private void markSelected() {
        int selected = model.selected.get();
        for (Node node : rows.lookupAll(".evidence-tile")) {
            Object index = node.getProperties().get("index");
            node.pseudoClassStateChanged(SELECTED, index instanceof Integer i && i == selected);
        }
    }

    int columns() {
        return columns;
    }

    private void onKey(KeyEvent event) {
        int pageRows = Math.max(1, (int) (rows.getHeight() / ROW_HEIGHT));
        switch (event.getCode()) {
            case LEFT -> model.move(-1);
            case RIGHT -> model.move(1);
            case UP -> model.move(-columns);
            case DOWN -> model.move(columns);
            case PAGE_UP -> model.move(-columns * pageRows);
            case PAGE_DOWN -> model.move(columns * pageRows);
            case HOME -> model.move(-model.captures.size());
            case END -> model.move(model.captures.size());
            case ENTER -> open(model.selectedCapture());
            case ESCAPE -> onBack.run();
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void open(CaptureSummary capture) {
        if (capture != null) {
            onOpen.accept(capture.id());
        }
    }

    /** Scrolls just enough for the selected tile's row to be seen. */
    private void reveal(int index) {
        if (index < 0) {
            return;
        }
        int row = index / columns;
        if (rows.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(row);
        } else {
            rows.scrollTo(row);
        }
    }

    /** One row of tiles; its tiles are reused as the list recycles the row for other row numbers. */
    private final class TileRow extends ListCell<Integer> {
        private final HBox line = new HBox();
        private final List<ThumbnailTile> tiles = new ArrayList<>();

        TileRow() {
            liveRows.add(this);
            line.getStyleClass().add("evidence-row");
            line.setSpacing(GAP);
            getStyleClass().add("evidence-row-cell");
        }

        @Override
        protected void updateItem(Integer row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                tiles.forEach(tile -> tile.show(null));
                setGraphic(null);
                return;
            }
            while (tiles.size() < columns) {
                tiles.add(tile());
            }
            // Re-parenting tiles costs a CSS pass each: only when the number of columns changed.
            if (line.getChildren().size() != columns) {
                line.getChildren().setAll(tiles.subList(0, columns));
            }
            for (int c = 0; c < columns; c++) {
                int index = row * columns + c;
                ThumbnailTile tile = tiles.get(c);
                tile.getProperties().put("index", index);
                if (index < model.captures.size()) {
                    tile.show(model.captures.get(index));
                } else if (index < model.total.get()) {
                    tile.showPending();
                } else {
                    tile.show(null);
                }
                tile.pseudoClassStateChanged(SELECTED, index == model.selected.get());
            }
            setGraphic(line);
            // Near the end of what is loaded: the next page comes before the officer gets there.
            if ((row + 3) * columns >= model.captures.size()) {
                model.loadMore();
            }
        }

        /** Draws the row again if it shows tiles still waiting for their page. */
        void redraw() {
            Integer row = getItem();
            if (row != null && !isEmpty() && tiles.stream().limit(columns).anyMatch(ThumbnailTile::pending)) {
                updateItem(row, false);
            }
        }

        private ThumbnailTile tile() {
            ThumbnailTile tile = new ThumbnailTile(cache, TILE, true);
            tile.setOnMouseClicked(event -> {
                if (event.getButton() != MouseButton.PRIMARY || tile.capture() == null) {
                    return;
                }
                model.selected.set((Integer) tile.getProperties().get("index"));
                rows.requestFocus();
                if (event.getClickCount() == 2) {
                    open(tile.capture());
                }
            });
            return tile;
        }
    }
}

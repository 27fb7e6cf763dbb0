package org.leadline.ui.offers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.leadline.model.Offer;
import org.leadline.model.RouteAggregate;
import org.leadline.ui.common.Layouts;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.OwnedWindow;
import org.leadline.ui.common.Session;

/**
 * The offers window: the offers table (newest first, keyset-paged; Enter edits one of the officer's own offers,
 * Delete deletes it after asking), the routes aggregated in the database with a per-day sparkline and, for the
 * selected route, the chart of its EUR prices over time; and the map of the routes. Selecting a route (in the table
 * or by clicking its arrow) filters the offers table to it.
 *
 * <p>Keys: Ctrl+1 / Ctrl+2 / Ctrl+3 switch tabs; Ctrl+N records an offer; Escape closes.
 */
public final class OffersScreen {
    static final double WIDTH = 1320;
    static final double HEIGHT = 740;
    private static final DateTimeFormatter SEEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final OffersViewModel model;
    private final MapViewModel mapModel = new MapViewModel();
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final TableView<Offer> offersTable = new TableView<>();
    private final TableView<RouteAggregate> routesTable = new TableView<>();
    private final MapView map;
    private final ScatterChart<Number, Number> chart;
    private Stage stage;
    private boolean syncing;

    private OffersScreen(Session session) {
        this.model = new OffersViewModel(session);
        this.map = new MapView(mapModel, this::showRouteOffers);
        NumberAxis x = new NumberAxis();
        x.setForceZeroInRange(false);
        x.setLabel(Messages.get("offers.chart.x"));
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                long seconds = Math.round(value.doubleValue() * 86400);
                return (seconds % 86400 == 0 ? DAY : DAY_TIME).format(Instant.ofEpochSecond(seconds));
            }

            @Override
            public Number fromString(String string) {
                return 0;
            }
        });
        x.setAutoRanging(false);
        x.setMinorTickVisible(false);
        NumberAxis y = new NumberAxis();
        y.setLabel(Messages.get("offers.chart.y"));
        chart = new ScatterChart<>(x, y);
        chart.setId("priceChart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        root.setId("offersScreen");
        root.getStyleClass().add("offers-screen");
        root.setTop(OwnedWindow.header("offers.heading", "offers.hint"));
        root.setCenter(tabs());
        root.setBottom(footer());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        model.routes.addListener((javafx.collections.ListChangeListener<RouteAggregate>) change -> map.setRoutes(model.routes));
        model.route.addListener((obs, a, b) -> syncSelection(b));
        model.chart.addListener((javafx.collections.ListChangeListener<Offer>) change -> fillChart());
        mapModel.selectedProperty().addListener((obs, a, b) -> {
            if (!syncing && b != null) {
                model.route.set(b);
            }
        });
    }

    /** Opens the window over the main one for the session's open operation. */
    public static OffersScreen show(Window owner, Session session) {
        OffersScreen screen = new OffersScreen(session);
        screen.stage = OwnedWindow.open(owner, screen.root, Messages.get("offers.title"), WIDTH, HEIGHT);
        screen.stage.setOnHidden(event -> screen.model.dispose());
        screen.model.reload();
        Platform.runLater(screen.offersTable::requestFocus);
        return screen;
    }

    public Stage stage() {
        return stage;
    }

    public MapViewModel mapModel() {
        return mapModel;
    }

    public MapView map() {
        return map;
    }

    OffersViewModel model() {
        return model;
    }

    /** Switches to tab 0 (offers), 1 (routes) or 2 (map). */
    public void showTab(int index) {
        tabs.getSelectionModel().select(index);
    }

    private Node tabs() {
        Tab table = new Tab(Messages.get("offers.tab.table"), offersPane());
        table.setId("offersTab");
        Tab routes = new Tab(Messages.get("offers.tab.routes"), routesPane());
        routes.setId("routesTab");
        Tab mapTab = new Tab(Messages.get("offers.tab.map"), map);
        mapTab.setId("mapTab");
        tabs.getTabs().setAll(table, routes, mapTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("offers-tabs");
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, a, b) -> Platform.runLater(() -> {
            switch (b.intValue()) {
                case 0 -> offersTable.requestFocus();
                case 1 -> routesTable.requestFocus();
                default -> {
                    map.requestFocus();
                    map.redraw();
                }
            }
        }));
        return tabs;
    }

    private Node offersPane() {
        Label filter = new Label();
        filter.setId("offersFilter");
        filter.getStyleClass().add("section-title");
        filter.textProperty().bind(Bindings.createStringBinding(() -> model.route.get() == null ? Messages.get("offers.filter.all")
                : Messages.get("offers.filter.route", model.route.get().from(), model.route.get().to()), model.route));
        Button clear = new Button(Messages.get("offers.filter.clear"));
        clear.setId("offersShowAll");
        clear.visibleProperty().bind(model.route.isNotNull());
        clear.managedProperty().bind(clear.visibleProperty());
        clear.setOnAction(event -> model.route.set(null));
        Button record = new Button(Messages.get("offers.record"));
        record.setId("recordOfferButton");
        record.getStyleClass().add("accent");
        record.setOnAction(event -> record());
        HBox bar = new HBox(10, filter, clear, Layouts.spacer(), record);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("offers-bar");

        offersTable.setId("offersTable");
        offersTable.setItems(model.offers);
        offersTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        offersTable.getColumns().setAll(java.util.List.of(
                column("offers.col.type", 90, o -> Messages.get("offer.type." + o.type().wireName())),
                column("offers.col.price", 150, OffersViewModel::price),
                rightColumn("offers.col.eur", 100, o -> OfferFormViewModel.money(o.priceEur())),
                column("offers.col.route", 260, OffersViewModel::route),
                column("offers.col.transport", 110, o -> o.transport() == null ? "" : Messages.get("offer.transport." + o.transport().wireName())),
                column("offers.col.platform", 100, o -> o.platform() == null ? "" : o.platform()),
                column("offers.col.seen", 130, o -> SEEN.format(o.seenAt())),
                column("offers.col.status", 100, o -> Messages.get("offer.status." + o.status().wireName()))));
        Label empty = Layouts.label("offers.empty", "placeholder-hint");
        empty.setWrapText(true);
        offersTable.setPlaceholder(empty);
        offersTable.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            Offer offer = offersTable.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && offer != null) {
                event.consume();
                edit(offer);
            } else if (event.getCode() == KeyCode.DELETE && offer != null) {
                event.consume();
                confirmDelete(offer);
            }
        });
        offersTable.setOnMouseClicked(event -> {
            Offer offer = offersTable.getSelectionModel().getSelectedItem();
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && offer != null) {
                edit(offer);
            }
        });
        VBox.setVgrow(offersTable, Priority.ALWAYS);
        Button more = new Button(Messages.get("offers.more"));
        more.setId("offersMore");
        more.visibleProperty().bind(model.more);
        more.managedProperty().bind(model.more);
        more.setOnAction(event -> model.loadMore());
        Label count = new Label();
        count.getStyleClass().add("field-hint");
        count.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("offers.loaded", model.offers.size(), model.more.get() ? 1 : 0),
                model.offers, model.more));
        HBox under = new HBox(10, count, more);
        under.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, bar, offersTable, under);
        box.getStyleClass().add("offers-pane");
        return box;
    }

    private Node routesPane() {
        routesTable.setId("routesTable");
        routesTable.setItems(model.routes);
        routesTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<RouteAggregate, RouteAggregate> trend = new TableColumn<>(Messages.get("offers.col.trend"));
        trend.setPrefWidth(140);
        trend.setSortable(false);
        trend.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        trend.setCellFactory(column -> new SparklineCell());
        routesTable.getColumns().setAll(java.util.List.of(
                column("offers.col.from", 80, r -> r.from()),
                column("offers.col.to", 80, r -> r.to()),
                rightColumn("offers.col.offers", 80, r -> Integer.toString(r.offers())),
                rightColumn("offers.col.min", 100, r -> OffersViewModel.eur(r.minEur())),
                rightColumn("offers.col.median", 110, r -> OffersViewModel.eur(r.medianEur())),
                rightColumn("offers.col.max", 100, r -> OffersViewModel.eur(r.maxEur())),
                column("offers.col.platforms", 220, r -> String.join(", ", r.platforms())),
                trend));
        Label empty = Layouts.label("offers.routes.empty", "placeholder-hint");
        routesTable.setPlaceholder(empty);
        routesTable.getSelectionModel().selectedItemProperty().addListener((obs, a, b) -> {
            if (!syncing && b != null) {
                model.route.set(b);
            }
        });
        routesTable.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && routesTable.getSelectionModel().getSelectedItem() != null) {
                event.consume();
                showRouteOffers(routesTable.getSelectionModel().getSelectedItem());
            }
        });
        Label none = Layouts.label("offers.chart.none", "placeholder-hint");
        none.visibleProperty().bind(model.route.isNull());
        chart.visibleProperty().bind(model.route.isNotNull());
        StackPane chartBox = new StackPane(chart, none);
        SplitPane split = new SplitPane(routesTable, chartBox);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        return split;
    }

    private void fillChart() {
        RouteAggregate route = model.route.get();
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        for (Offer offer : model.chart) {
            series.getData().add(new XYChart.Data<>(offer.seenAt().getEpochSecond() / 86400.0, offer.priceEur().doubleValue()));
        }
        // Whole days along the axis, ticks every six hours over a few days, daily over more.
        double first = series.getData().stream().mapToDouble(d -> d.getXValue().doubleValue()).min().orElse(0);
        double last = series.getData().stream().mapToDouble(d -> d.getXValue().doubleValue()).max().orElse(1);
        NumberAxis x = (NumberAxis) chart.getXAxis();
        double lower = Math.floor(first);
        double upper = Math.max(lower + 1, Math.ceil(last));
        x.setLowerBound(lower);
        x.setUpperBound(upper);
        x.setTickUnit(upper - lower <= 4 ? 0.25 : Math.ceil((upper - lower) / 10));
        chart.setTitle(route == null ? "" : Messages.get("offers.chart.title", route.from(), route.to()));
        chart.getData().setAll(java.util.List.of(series));
    }

    private void syncSelection(RouteAggregate route) {
        syncing = true;
        try {
            if (route == null) {
                routesTable.getSelectionModel().clearSelection();
            } else {
                model.routes.stream().filter(r -> MapViewModel.same(r, route)).findFirst().ifPresent(r -> routesTable.getSelectionModel().select(r));
            }
            if (!MapViewModel.same(mapModel.selectedProperty().get(), route)) {
                mapModel.selectedProperty().set(route);
            }
        } finally {
            syncing = false;
        }
    }

    /** The offers behind a route: the route selected, the offers table filtered to it. */
    private void showRouteOffers(RouteAggregate route) {
        model.route.set(route);
        tabs.getSelectionModel().select(0);
    }

    private Node footer() {
        Label error = Layouts.errorLine("offersError");
        error.textProperty().bind(model.error);
        Label notice = new Label();
        notice.setId("offersNotice");
        notice.getStyleClass().add("field-hint");
        notice.textProperty().bind(model.notice);
        HBox right = new HBox(8, error, notice);
        right.setAlignment(Pos.CENTER_RIGHT);
        return OwnedWindow.footer("offers.keys", right);
    }

    private void onKey(KeyEvent event) {
        if (!event.isShortcutDown()) {
            return;
        }
        switch (event.getCode()) {
            case DIGIT1 -> tabs.getSelectionModel().select(0);
            case DIGIT2 -> tabs.getSelectionModel().select(1);
            case DIGIT3 -> tabs.getSelectionModel().select(2);
            case N -> record();
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void record() {
        OfferForm.record(stage, model.session(), null, offer -> model.notice.set(Messages.get("offer.saved", OffersViewModel.route(offer))));
    }

    private void edit(Offer offer) {
        OfferForm.edit(stage, model.session(), offer, saved -> model.notice.set(Messages.get("offer.saved", OffersViewModel.route(saved))),
                model.error::set);
    }

    private void confirmDelete(Offer offer) {
        if (!model.isMine(offer)) {
            model.error.set(Messages.get("offer.error.notOwn"));
            return;
        }
        ButtonType delete = new ButtonType(Messages.get("offers.delete.confirm"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("offers.delete.question", OffersViewModel.route(offer)),
                delete, ButtonType.CANCEL);
        alert.initOwner(stage);
        alert.setTitle(Messages.get("offers.delete.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().getStylesheets().setAll(stage.getScene().getStylesheets());
        alert.showAndWait().filter(delete::equals).ifPresent(ok -> model.delete(offer, offersTable::requestFocus));
    }

    private static <T> TableColumn<T, String> column(String key, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(Messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private static <T> TableColumn<T, String> rightColumn(String key, double width, Function<T, String> value) {
        TableColumn<T, String> column = column(key, width, value);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    /** Offers per day as small bars, the busiest day full height. */
    private static final class SparklineCell extends TableCell<RouteAggregate, RouteAggregate> {
        private final Canvas canvas = new Canvas(120, 18);

        @Override
        protected void updateItem(RouteAggregate route, boolean empty) {
            super.updateItem(route, empty);
            if (empty || route == null || route.perDay().isEmpty()) {
                setGraphic(null);
                return;
            }
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            Map<LocalDate, Integer> days = route.perDay();
            LocalDate first = route.perDay().firstKey();
            LocalDate last = route.perDay().lastKey();
            long span = Math.max(1, last.toEpochDay() - first.toEpochDay() + 1);
            int most = days.values().stream().mapToInt(Integer::intValue).max().orElse(1);
            double bar = Math.max(2, Math.min(12, canvas.getWidth() / span - 1));
            g.setFill(Color.web("#c2410c"));
            for (Map.Entry<LocalDate, Integer> day : days.entrySet()) {
                double x = (day.getKey().toEpochDay() - first.toEpochDay()) * (bar + 1);
                double h = Math.max(2, (canvas.getHeight() - 2) * day.getValue() / most);
                g.fillRect(x, canvas.getHeight() - h, bar, h);
            }
            setGraphic(canvas);
            setText(null);
        }
    }
}

package org.leadline.ui.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.leadline.logic.picture.OperationPicture;
import org.leadline.logic.stats.OperationStats;
import org.leadline.model.LeadScope;
import org.leadline.ui.common.Format;
import org.leadline.ui.common.Layouts;
import org.leadline.ui.common.Messages;
import org.leadline.ui.offers.MapView;
import org.leadline.ui.offers.MapViewModel;

/**
 * The operation picture in the main window's centre (View → Operation picture, Ctrl+Shift+P): the counters of stats
 * as tiles and the charts, every number a button to the leads behind it. Thin: the picture is computed by
 * {@link DashboardViewModel}; a drill-down is handed to the window, which shows its lead table filtered by it.
 */
public final class DashboardView {
    private final DashboardViewModel model;
    /** Shows the leads of a scope in the main table, with the chip's words. */
    private final BiConsumer<LeadScope, String> drill;
    /** What the tiles that count no leads open: "offers" and "conflicts". */
    private final Map<String, Runnable> actions;
    private final StackPane root = new StackPane();
    private final FlowPane tiles = new FlowPane();
    private final VBox hours = chartBox("pictureHours", "picture.chart.hours");
    private final VBox officers = chartBox("pictureOfficers", "picture.chart.officers");
    private final VBox phones = chartBox("picturePhones", "picture.chart.phones");
    private final VBox map = chartBox("pictureMapBox", "picture.chart.map");
    private final VBox platforms = chartBox("picturePlatforms", "picture.chart.platforms");
    private final VBox incidents = chartBox("pictureIncidents", "picture.chart.incidents");
    private final VBox documents = chartBox("pictureDocuments", "picture.chart.documents");
    private final VBox routes = chartBox("pictureRoutes", "picture.chart.routes");
    private final VBox timeline = chartBox("pictureTimeline", "picture.chart.timeline");
    private final MapView mapView = new MapView(new MapViewModel(), route -> { });
    private final TableView<OperationStats.RouteStats> routeTable = new TableView<>();
    private final Label updated = new Label();
    private boolean focusWhenShown;

    public DashboardView(DashboardViewModel model, BiConsumer<LeadScope, String> drill, Map<String, Runnable> actions,
                         Runnable back) {
        this.model = model;
        this.drill = drill;
        this.actions = Map.copyOf(actions);
        root.setId("dashboard");
        root.getStyleClass().add("dashboard");

        Label title = Layouts.label("picture.title", "dashboard-title");
        updated.getStyleClass().add("field-hint");
        updated.setId("pictureUpdated");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("pictureBusy");
        busy.getStyleClass().add("busy-indicator");
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.loading);
        Label error = Layouts.errorLine("pictureError");
        error.textProperty().bind(model.error);
        Button refresh = new Button(Messages.get("picture.refresh"));
        refresh.setId("pictureRefresh");
        refresh.setMnemonicParsing(true);
        refresh.setOnAction(event -> model.reload());
        Button leads = new Button(Messages.get("picture.back"));
        leads.setId("pictureBack");
        leads.setMnemonicParsing(true);
        leads.setOnAction(event -> back.run());
        HBox head = new HBox(title, updated, busy, error, Layouts.spacer(), refresh, leads);
        head.getStyleClass().add("dashboard-head");
        head.setAlignment(Pos.CENTER_LEFT);

        tiles.setId("pictureTiles");
        tiles.getStyleClass().add("picture-tiles");
        tiles.setHgap(8);
        tiles.setVgap(8);

        mapView.setId("pictureMap");
        mapView.setPrefHeight(260);
        map.getChildren().add(mapView);
        VBox.setVgrow(mapView, Priority.ALWAYS);
        routeTable.setId("pictureRouteTable");
        routeTable.setPrefHeight(220);
        routeTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        routeTable.setPlaceholder(new Label(Messages.get("picture.routes.none")));
        routeTable.getColumns().setAll(List.of(
                column("picture.routes.route", route -> route.from() + " → " + route.to()),
                column("picture.routes.offers", route -> Integer.toString(route.offers())),
                column("picture.routes.min", route -> euros(route.minEur())),
                column("picture.routes.median", route -> euros(route.medianEur())),
                column("picture.routes.max", route -> euros(route.maxEur()))));
        routes.getChildren().add(routeTable);

        GridPane charts = new GridPane();
        charts.getStyleClass().add("picture-charts");
        charts.setHgap(12);
        charts.setVgap(12);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        charts.getColumnConstraints().setAll(half, half);
        charts.addRow(0, hours, officers);
        charts.addRow(1, phones, map);
        charts.addRow(2, platforms, incidents);
        charts.addRow(3, timeline, documents);
        charts.add(routes, 0, 4, 2, 1);

        VBox content = new VBox(head, tiles, charts);
        content.getStyleClass().add("dashboard-content");
        content.setPadding(new Insets(12, 16, 16, 16));
        content.setSpacing(12);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("pictureScroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("dashboard-scroll");
        Label empty = Layouts.label("picture.loading", "welcome-text");
        empty.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.picture.get() == null, model.picture));
        root.getChildren().setAll(scroll, empty);
        root.setFocusTraversable(false);
        root.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                back.run();
            }
        });
        model.picture.addListener((obs, before, after) -> show(after));
    }

    public Parent root() {
        return root;
    }

    /** Focus lands on the first tile, so that arrows/Tab then Enter drill down from the keyboard. */
    public void focus() {
        if (!tiles.getChildren().isEmpty()) {
            focusWhenShown = false;
            Node first = tiles.getChildren().get(0);
            if (first.getScene() != null) {
                first.requestFocus();
            } else {
                // The scroll pane puts its content in the scene at the screen's first layout pass; a picture that came
                // sooner has tiles a focus request cannot reach yet.
                first.sceneProperty().addListener(new InvalidationListener() {
                    @Override
                    public void invalidated(Observable scene) {
                        first.sceneProperty().removeListener(this);
                        Platform.runLater(first::requestFocus);
                    }
                });
            }
        } else {
            // The picture is still being computed: the first tile takes the focus when it arrives.
            focusWhenShown = true;
            root.requestFocus();
        }
    }

    private void show(OperationPicture picture) {
        if (picture == null) {
            tiles.getChildren().clear();
            return;
        }
        // The scene's focus owner, not isFocused(): that is false while another application has the window focus.
        boolean hadFocus = focusWhenShown || root.getScene() != null && tiles.getChildren().contains(root.getScene().getFocusOwner());
        updated.setText(Messages.get("picture.updated", Format.dateTime(picture.computedAt()), picture.stats().operation()));
        tiles.getChildren().setAll(picture.tiles().stream().map(this::tile).toList());
        bars(hours, picture.leadsPerHour().stream()
                .map(bar -> new OperationPicture.Bar(bar.key(), model.hour(java.time.Instant.parse(bar.key())), bar.value(), bar.scope()))
                .toList(), "picture.axis.leads", false);
        bars(officers, picture.leadsPerOfficer(), "picture.axis.leads", true);
        bars(phones, picture.phonesByCountry(), "picture.axis.phones", false);
        bars(platforms, picture.platforms(), "picture.axis.leads", false);
        bars(incidents, picture.incidents().stream()
                .map(bar -> new OperationPicture.Bar(bar.key(), DashboardViewModel.incidentType(bar.scope().offerType()), bar.value(),
                        bar.scope())).toList(), "picture.axis.incidents", false);
        bars(documents, picture.documentsByCountry(), "picture.axis.documents", false);
        Map<String, Integer> byCountry = new LinkedHashMap<>();
        picture.phonesByCountry().forEach(bar -> byCountry.put(bar.key(), bar.value()));
        mapView.setShading(byCountry, country -> picture.phonesByCountry().stream().filter(bar -> bar.key().equals(country))
                .findFirst().ifPresent(this::drillBar), Messages.get("picture.map.hint"));
        routeTable.getItems().setAll(picture.routes());
        timeline(picture.sightings());
        if (hadFocus) {
            focus();
        }
    }

    /** A counter as a focusable button: Enter, Space or a click shows its leads (or its screen, for offers and conflicts). */
    private Node tile(OperationPicture.Tile tile) {
        Label value = new Label(Integer.toString(tile.value()));
        value.getStyleClass().add("stat-value");
        Label caption = new Label(DashboardViewModel.caption(tile));
        caption.getStyleClass().add("stat-caption");
        VBox face = new VBox(value, caption);
        Button button = new Button(null, face);
        // A fixed size: a caption that wraps inside a button in a flow pane made every tile a different height.
        button.setPrefSize(126, 54);
        button.setMinSize(126, 54);
        button.setMaxSize(126, 54);
        Tooltip.install(caption, new Tooltip(caption.getText()));
        button.setId("tile-" + tile.name().replace('.', '-'));
        button.getStyleClass().addAll("stat-tile", "picture-tile");
        button.setAlignment(Pos.TOP_LEFT);
        Runnable action = tile.drilldown().<Runnable>map(scope -> () -> drill.accept(scope, DashboardViewModel.describe(tile)))
                .orElse(actions.get(tile.name()));
        if (action == null) {
            button.getStyleClass().add("picture-tile-static");
            button.setFocusTraversable(false);
            button.setMouseTransparent(true);
        } else {
            button.setOnAction(event -> action.run());
            button.setTooltip(new Tooltip(Messages.get(tile.drilldown().isPresent() ? "picture.tile.tooltip" : "picture.tile.open")));
            button.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
                if (event.getCode() == KeyCode.ENTER) {
                    event.consume();
                    action.run();
                }
            });
        }
        return button;
    }

    private static VBox chartBox(String id, String titleKey) {
        VBox box = new VBox(Layouts.label(titleKey, "picture-chart-title"));
        box.setId(id);
        box.getStyleClass().add("picture-chart");
        box.setSpacing(4);
        box.setMinWidth(0);
        return box;
    }

    /** A bar chart whose bars are buttons: a click, or Enter on a focused bar, shows the leads behind it. */
    private void bars(VBox box, List<OperationPicture.Bar> bars, String axisKey, boolean horizontal) {
        box.getChildren().remove(1, box.getChildren().size());
        if (bars.isEmpty()) {
            box.getChildren().add(Layouts.label("picture.chart.none", "field-hint"));
            return;
        }
        CategoryAxis categories = new CategoryAxis();
        NumberAxis values = new NumberAxis();
        values.setLabel(Messages.get(axisKey));
        values.setMinorTickVisible(false);
        values.setForceZeroInRange(true);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        XYChart.Series<Number, String> sideways = new XYChart.Series<>();
        // A category axis needs distinct names; two officers of one name would otherwise share a bar.
        Map<String, OperationPicture.Bar> byName = new LinkedHashMap<>();
        for (OperationPicture.Bar bar : bars) {
            String name = bar.label();
            if (byName.containsKey(name)) {
                name = bar.label() + " · " + bar.key().substring(0, Math.min(8, bar.key().length()));
            }
            byName.put(name, bar);
        }
        List<String> names = List.copyOf(byName.keySet());
        XYChart<?, ?> chart;
        if (horizontal) {
            for (int i = names.size() - 1; i >= 0; i--) {
                sideways.getData().add(new XYChart.Data<>(byName.get(names.get(i)).value(), names.get(i)));
            }
            BarChart<Number, String> barChart = new BarChart<>(values, categories);
            barChart.getData().add(sideways);
            sideways.getData().forEach(data -> clickable(data.getNode(), byName.get(data.getYValue())));
            chart = barChart;
            barChart.setPrefHeight(Math.max(220, 22 * names.size() + 60));
            barChart.setCategoryGap(4);
            barChart.setBarGap(0);
        } else {
            names.forEach(name -> series.getData().add(new XYChart.Data<>(name, byName.get(name).value())));
            BarChart<String, Number> barChart = new BarChart<>(categories, values);
            barChart.getData().add(series);
            series.getData().forEach(data -> clickable(data.getNode(), byName.get(data.getXValue())));
            chart = barChart;
            barChart.setPrefHeight(240);
            barChart.setCategoryGap(names.size() > 24 ? 1 : 6);
            barChart.setBarGap(0);
        }
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.getStyleClass().add("picture-bar-chart");
        box.getChildren().add(chart);
    }

    private void clickable(Node node, OperationPicture.Bar bar) {
        if (node == null) {
            return;
        }
        node.setCursor(Cursor.HAND);
        // The chart binds its bars' focus traversal to the screen reader being on; here bars are always buttons.
        node.focusTraversableProperty().unbind();
        node.setFocusTraversable(true);
        node.getStyleClass().add("picture-bar");
        Tooltip.install(node, new Tooltip(Messages.get("picture.bar.tooltip", bar.label(), bar.value())));
        node.setOnMouseClicked(event -> drillBar(bar));
        node.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                event.consume();
                drillBar(bar);
            }
        });
    }

    private void drillBar(OperationPicture.Bar bar) {
        drill.accept(bar.scope(), model.describe(bar));
    }

    private void timeline(OperationPicture.Timeline sightings) {
        timeline.getChildren().remove(1, timeline.getChildren().size());
        if (sightings.buckets().isEmpty()) {
            timeline.getChildren().add(Layouts.label("picture.chart.none", "field-hint"));
            return;
        }
        NumberAxis time = new NumberAxis();
        time.setAutoRanging(false);
        double first = sightings.buckets().get(0).start().getEpochSecond();
        double last = sightings.buckets().get(sightings.buckets().size() - 1).start().getEpochSecond();
        time.setLowerBound(first);
        time.setUpperBound(Math.max(last, first + 1));
        time.setTickUnit(Math.max(1, (last - first) / 6));
        time.setMinorTickVisible(false);
        time.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number seconds) {
                return model.hour(java.time.Instant.ofEpochSecond(seconds.longValue()));
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        NumberAxis counts = new NumberAxis();
        counts.setLabel(Messages.get("picture.axis.sightings"));
        counts.setMinorTickVisible(false);
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        sightings.buckets().forEach(bucket -> series.getData().add(new XYChart.Data<>(bucket.start().getEpochSecond(), bucket.sightings())));
        AreaChart<Number, Number> chart = new AreaChart<>(time, counts);
        chart.setId("pictureTimelineChart");
        chart.getData().add(series);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(240);
        Label bucket = Layouts.text(Messages.get("picture.timeline.bucket", describe(sightings.bucket()), sightings.total()), "field-hint");
        timeline.getChildren().addAll(bucket, chart);
    }

    private static String describe(java.time.Duration bucket) {
        return bucket.toDays() >= 1 ? Messages.get("picture.bucket.days", bucket.toDays())
                : bucket.toHours() >= 1 ? Messages.get("picture.bucket.hours", bucket.toHours())
                : Messages.get("picture.bucket.minutes", bucket.toMinutes());
    }

    private static TableColumn<OperationStats.RouteStats, String> column(String key,
                                                                         java.util.function.Function<OperationStats.RouteStats, String> value) {
        TableColumn<OperationStats.RouteStats, String> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    private static String euros(double amount) {
        return Messages.get("picture.routes.eur", Math.round(amount));
    }
}

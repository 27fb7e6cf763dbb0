package org.leadline.ui.links;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.leadline.logic.links.ClusterPalette;
import org.leadline.logic.links.GraphMlWriter;
import org.leadline.logic.links.LinkEdge;
import org.leadline.logic.links.LinkGraph;
import org.leadline.logic.links.LinkNode;
import org.leadline.logic.links.Network;
import org.leadline.logic.links.SvgWriter;
import org.leadline.logic.workspace.AtomicFiles;
import org.leadline.model.Category;
import org.leadline.model.LeadKind;
import org.leadline.ui.common.Errors;
import org.leadline.ui.common.Format;
import org.leadline.ui.common.Layouts;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.OwnedWindow;
import org.leadline.ui.common.Session;

/**
 * The link chart window (View → Link chart, Ctrl+Shift+K): the chart on a canvas with its legend of networks, filters
 * by kind and category, a search that finds a lead by its value, the selected lead's detail with its links, and the
 * exports (PNG, SVG, GraphML). The chart of an operation is kept until the operation changes, so reopening it after
 * "Open in main window" is immediate.
 */
public final class LinkChartWindow {
    static final double WIDTH = 1340;
    static final double HEIGHT = 760;
    private static final int LEGEND_ROWS = ClusterPalette.size();

    /**
     * The last chart made, for the session (one workspace, held weakly), the operation and the session's revision it was
     * made at: any change in the workspace makes a new one.
     */
    private record Cached(java.lang.ref.WeakReference<Session> session, UUID operationId, long revision,
                          LinkChartViewModel.Chart chart) {
        boolean isFor(Session current) {
            return session.get() == current && operationId.equals(current.operationId()) && revision == current.revisionProperty().get();
        }
    }

    private static Cached cached;

    private final Session session;
    private final LinkChartViewModel model;
    private final LinkChartCanvas chart;
    private final Consumer<LinkNode> openLead;
    private final BorderPane root = new BorderPane();
    private final VBox legend = new VBox();
    private final Label value = new Label();
    private final Label facts = new Label();
    private final Label cluster = new Label();
    private final ListView<LinkEdge> links = new ListView<>();
    private final Button open = new Button(Messages.get("links.open"));
    private final TextField find = new TextField();
    private final Label notice = Layouts.errorLine("linkChartError");
    private Stage stage;

    private LinkChartWindow(Session session, Consumer<LinkNode> openLead) {
        this.session = session;
        this.model = new LinkChartViewModel(session);
        this.openLead = openLead;
        this.chart = new LinkChartCanvas(model, index -> openSelected());
        root.setId("linkChartWindow");
        root.getProperties().put(LinkChartWindow.class, this);
        root.getStyleClass().add("link-chart-window");
        root.setTop(new VBox(OwnedWindow.header("links.heading", "links.hint"), toolbar()));
        root.setCenter(centre());
        root.setRight(detail());
        Label status = new Label();
        status.setId("linkChartStatus");
        status.textProperty().bind(model.statusProperty());
        root.setBottom(OwnedWindow.footer("links.keys", status));
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        notice.textProperty().bind(model.errorProperty());
        model.selectedProperty().addListener((obs, a, b) -> showSelected(b));
        model.shownProperty().addListener((obs, a, b) -> fillLegend());
        model.fullProperty().addListener((obs, a, b) -> {
            if (b != null) {
                cached = new Cached(new java.lang.ref.WeakReference<>(session), session.operationId(),
                        session.revisionProperty().get(), b);
            }
        });
        showSelected(null);
    }

    /**
     * Opens the chart over the main window for the session's open operation. {@code openLead} shows a lead in the main
     * window (the chart closes first: it is modal like the other windows over the main one).
     */
    public static LinkChartWindow show(Window owner, Session session, Consumer<LinkNode> openLead) {
        LinkChartWindow window = new LinkChartWindow(session, openLead);
        window.stage = OwnedWindow.open(owner, window.root, Messages.get("links.title"), WIDTH, HEIGHT);
        window.stage.setOnHidden(event -> window.model.cancel());
        Cached last = cached;
        if (last != null && last.isFor(session)) {
            window.model.show(last.chart());
        } else {
            window.model.load();
        }
        Platform.runLater(window.chart::requestFocus);
        return window;
    }

    /** The window a chart's root belongs to (tests find it by the root's id). */
    public static LinkChartWindow of(Node root) {
        return (LinkChartWindow) root.getProperties().get(LinkChartWindow.class);
    }

    public Stage stage() {
        return stage;
    }

    public LinkChartViewModel model() {
        return model;
    }

    public LinkChartCanvas canvas() {
        return chart;
    }

    private Node toolbar() {
        MenuButton kinds = new MenuButton(Messages.get("links.filter.kinds"));
        kinds.setId("linkKinds");
        for (LeadKind kind : LeadKind.values()) {
            CheckMenuItem item = new CheckMenuItem(Format.kind(kind));
            item.setId("linkKind-" + kind.wireName());
            item.setSelected(true);
            item.selectedProperty().addListener((obs, a, b) -> model.setKindShown(kind, b));
            kinds.getItems().add(item);
        }
        MenuButton categories = new MenuButton(Messages.get("links.filter.categories"));
        categories.setId("linkCategories");
        for (Category category : Category.values()) {
            CheckMenuItem item = new CheckMenuItem(Format.category(category));
            item.setId("linkCategory-" + category.wireName());
            item.setSelected(true);
            item.selectedProperty().addListener((obs, a, b) -> model.setCategoryShown(category, b));
            categories.getItems().add(item);
        }
        find.setId("linkFind");
        find.setPromptText(Messages.get("links.find.prompt"));
        find.setPrefColumnCount(22);
        find.setOnAction(event -> findLead());
        Button fit = new Button(Messages.get("links.fit"));
        fit.setId("linkFit");
        fit.setOnAction(event -> {
            model.fit();
            chart.requestRedraw();
        });
        Button zoomIn = new Button("+");
        zoomIn.setOnAction(event -> zoom(1.25));
        Button zoomOut = new Button("−");
        zoomOut.setOnAction(event -> zoom(1 / 1.25));
        MenuItem png = new MenuItem(Messages.get("links.export.png"));
        png.setAccelerator(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        png.setOnAction(event -> choose("png", path -> exportPng(path)));
        MenuItem svg = new MenuItem(Messages.get("links.export.svg"));
        svg.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        svg.setOnAction(event -> choose("svg", path -> exportSvg(path)));
        MenuItem graphml = new MenuItem(Messages.get("links.export.graphml"));
        graphml.setAccelerator(new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN));
        graphml.setOnAction(event -> choose("graphml", path -> exportGraphMl(path)));
        MenuButton export = new MenuButton(Messages.get("links.export"), null, png, svg, new SeparatorMenuItem(), graphml);
        export.setId("linkExport");
        export.setMnemonicParsing(true);
        ProgressBar progress = Layouts.progressBar("linkProgress", model.progressProperty());
        progress.setMaxWidth(220);
        Button cancel = new Button(Messages.get("links.cancel"));
        cancel.setId("linkCancel");
        cancel.setOnAction(event -> model.cancel());
        HBox working = new HBox(8, progress, cancel);
        working.setAlignment(Pos.CENTER_LEFT);
        working.visibleProperty().bind(model.workingProperty());
        working.managedProperty().bind(model.workingProperty());
        HBox bar = new HBox(8, kinds, categories, find, fit, zoomIn, zoomOut, export, working, notice);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.getStyleClass().add("link-toolbar");
        HBox.setHgrow(notice, Priority.ALWAYS);
        return bar;
    }

    private Node centre() {
        legend.setId("linkLegend");
        legend.getStyleClass().add("link-legend");
        legend.setMouseTransparent(false);
        legend.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        // Fitting leaves the legend's corner free, so that it hides no network.
        legend.widthProperty().addListener((obs, a, b) -> {
            model.setLeftInset(b.doubleValue() + 20);
            chart.requestRedraw();
        });
        StackPane.setAlignment(legend, Pos.TOP_LEFT);
        StackPane.setMargin(legend, new Insets(10));
        StackPane centre = new StackPane(chart, legend);
        centre.getStyleClass().add("link-chart-centre");
        return centre;
    }

    private Node detail() {
        value.setId("linkValue");
        value.getStyleClass().add("link-value");
        value.setWrapText(true);
        facts.setId("linkFacts");
        facts.setWrapText(true);
        cluster.setId("linkCluster");
        cluster.setWrapText(true);
        // Wrapped labels in a VBox take their full height only when asked to.
        for (Label label : List.of(value, facts, cluster)) {
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        open.setId("linkOpen");
        open.setOnAction(event -> openSelected());
        open.setMaxWidth(Double.MAX_VALUE);
        links.setId("linkNeighbours");
        links.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(LinkEdge edge, boolean empty) {
                super.updateItem(edge, empty);
                LinkNode selected = model.selectedProperty().get();
                if (empty || edge == null || selected == null) {
                    setText(null);
                } else {
                    LinkNode other = edge.other(selected);
                    setText(other.canonical() + "\n" + Format.kind(other.kind()) + " · " + reasons(edge));
                }
            }
        });
        links.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                goToLink();
            }
        });
        links.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                goToLink();
                event.consume();
            }
        });
        Label linksTitle = Layouts.label("links.detail.links", "field-label");
        VBox box = new VBox(8, Layouts.label("links.detail.title", "field-label"), value, facts, cluster, open, linksTitle, links);
        VBox.setVgrow(links, Priority.ALWAYS);
        box.setPadding(new Insets(10, 12, 10, 12));
        box.setPrefWidth(300);
        box.setMinWidth(260);
        box.getStyleClass().add("link-detail");
        return box;
    }

    private static String reasons(LinkEdge edge) {
        StringBuilder text = new StringBuilder();
        edge.reasons().forEach((reason, count) -> {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(Messages.get("links.reason." + reason.wireName()));
            if (count > 1) {
                text.append(" ×").append(count);
            }
        });
        return text.toString();
    }

    private void showSelected(LinkNode node) {
        boolean none = node == null;
        open.setDisable(none);
        if (none) {
            value.setText(Messages.get("links.detail.none"));
            facts.setText("");
            cluster.setText("");
            links.getItems().clear();
            return;
        }
        value.setText(node.canonical());
        facts.setText(Format.kind(node.kind()) + " · " + Format.category(node.category())
                + (node.region() != null ? " · " + node.region() : "")
                + (node.mergedInto() != null ? "\n" + Messages.get("links.detail.merged") : ""));
        LinkGraph graph = model.shownProperty().get().graph();
        int number = graph.clusterOf(node.id());
        cluster.setText(number == LinkGraph.NO_CLUSTER ? Messages.get("links.detail.noCluster")
                : graph.networks().stream().filter(network -> network.cluster() == number).findFirst()
                .map(LinkChartWindow::networkText).orElse(Messages.get("links.legend.network", number + 1, 0)));
        links.getItems().setAll(model.selectedLinks());
    }

    private static String networkText(Network network) {
        String text = Messages.get("links.legend.network", network.cluster() + 1, network.size());
        if (network.facilitators() > 0) {
            text += Messages.get("links.legend.facilitators", network.facilitators());
        }
        if (!network.phoneCountries().isEmpty()) {
            text += " · " + String.join(" ", network.phoneCountries().keySet().stream().limit(4).toList());
        }
        return text;
    }

    private void fillLegend() {
        legend.getChildren().clear();
        LinkChartViewModel.Chart shown = model.shownProperty().get();
        if (shown == null) {
            return;
        }
        List<Network> top = shown.graph().topNetworks(LEGEND_ROWS);
        for (Network network : top) {
            Button row = legendRow(ClusterPalette.colour(network.cluster()), networkText(network));
            row.setOnAction(event -> {
                model.selectAndCentre(network.members().get(0).id());
                chart.requestRedraw();
            });
            legend.getChildren().add(row);
        }
        legend.getChildren().add(legendRow(ClusterPalette.OTHER_NETWORK, Messages.get("links.legend.smaller")));
        legend.getChildren().add(legendRow(ClusterPalette.NO_CLUSTER, Messages.get("links.legend.none")));
    }

    private static Button legendRow(String colour, String text) {
        Rectangle swatch = new Rectangle(11, 11, Color.web(colour));
        Button row = new Button(text, swatch);
        row.getStyleClass().add("link-legend-row");
        row.setFocusTraversable(false);
        row.setMaxWidth(Double.MAX_VALUE);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void findLead() {
        LinkChartViewModel.Chart shown = model.shownProperty().get();
        String wanted = find.getText().strip().toLowerCase(Locale.ROOT);
        if (shown == null || wanted.isEmpty()) {
            return;
        }
        shown.graph().nodes().stream().filter(node -> node.canonical().toLowerCase(Locale.ROOT).contains(wanted)).findFirst()
                .ifPresentOrElse(node -> {
                    model.errorProperty().set(null);
                    model.selectAndCentre(node.id());
                    chart.requestRedraw();
                    chart.requestFocus();
                }, () -> model.errorProperty().set(Messages.get("links.find.none", find.getText().strip())));
    }

    private void goToLink() {
        LinkEdge edge = links.getSelectionModel().getSelectedItem();
        LinkNode selected = model.selectedProperty().get();
        if (edge != null && selected != null) {
            model.selectAndCentre(edge.other(selected).id());
            chart.requestRedraw();
        }
    }

    private void openSelected() {
        LinkNode node = model.selectedProperty().get();
        if (node == null) {
            return;
        }
        LinkNode target = node.mergedInto() != null ? model.fullProperty().get().graph().node(node.mergedInto()).orElse(node) : node;
        stage.close();
        openLead.accept(target);
    }

    private void zoom(double factor) {
        model.zoom(factor);
        chart.requestRedraw();
    }

    private void onKey(KeyEvent event) {
        // The find box and the list of links keep their own keys (typing, moving in the list, Enter to go to a link).
        if (event.getTarget() instanceof TextField || links.isFocused() || event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        double step = 60;
        switch (event.getCode()) {
            case PLUS, ADD, EQUALS -> zoom(1.25);
            case MINUS, SUBTRACT -> zoom(1 / 1.25);
            case DIGIT0, NUMPAD0, HOME -> {
                model.fit();
                chart.requestRedraw();
            }
            case LEFT -> pan(step, 0);
            case RIGHT -> pan(-step, 0);
            case UP -> pan(0, step);
            case DOWN -> pan(0, -step);
            case ENTER -> openSelected();
            case SLASH -> find.requestFocus();
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void pan(double dx, double dy) {
        model.pan(dx, dy);
        chart.requestRedraw();
    }

    // ---- exports ----

    private void choose(String extension, Consumer<Path> write) {
        if (model.shownProperty().get() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("links.export." + extension));
        chooser.setInitialFileName("link-chart." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(Locale.ROOT), "*." + extension));
        java.io.File file = chooser.showSaveDialog(stage);
        if (file != null) {
            write.accept(file.toPath());
        }
    }

    /** Writes the chart as shown (filter, view and selection) at twice the screen's resolution, painted and encoded off the FX thread. */
    public void exportPng(Path target) {
        Supplier<BufferedImage> picture = chart.snapshot(2);
        written(target, () -> {
            BufferedImage pixels = picture.get();
            Path temp = AtomicFiles.temporarySibling(target);
            try {
                if (!ImageIO.write(pixels, "png", temp.toFile())) {
                    throw new IOException("No PNG writer.");
                }
                AtomicFiles.commit(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        });
    }

    /** Writes the leads shown, at their places in the layout, as SVG. */
    public void exportSvg(Path target) {
        LinkChartViewModel.Chart shown = model.shownProperty().get();
        written(target, () -> SvgWriter.write(shown.graph(), shown.positions(), target));
    }

    /** Writes the leads shown and their links as GraphML. */
    public void exportGraphMl(Path target) {
        LinkGraph graph = model.shownProperty().get().graph();
        written(target, () -> GraphMlWriter.write(graph, target));
    }

    private interface Export {
        void run() throws IOException;
    }

    private void written(Path target, Export export) {
        model.errorProperty().set(null);
        Thread thread = new Thread(() -> {
            try {
                export.run();
                Platform.runLater(() -> model.statusProperty().set(Messages.get("links.exported", target.getFileName())));
            } catch (IOException | RuntimeException e) {
                String sentence = e instanceof IOException io ? Messages.get("links.exportFailed", target.getFileName(), io.getMessage())
                        : Errors.sentence(e);
                Platform.runLater(() -> model.errorProperty().set(sentence));
            }
        }, "leadline-link-export");
        thread.setDaemon(true);
        thread.start();
    }
}

package org.leadline.ui.links;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.leadline.logic.links.ForceLayout;
import org.leadline.logic.links.LinkEdge;
import org.leadline.logic.links.LinkFilter;
import org.leadline.logic.links.LinkGraph;
import org.leadline.logic.links.LinkNode;
import org.leadline.logic.links.LinkService;
import org.leadline.logic.tasks.CancelledException;
import org.leadline.model.Category;
import org.leadline.model.LeadKind;
import org.leadline.ui.common.Background;
import org.leadline.ui.common.Errors;
import org.leadline.ui.common.FxProgress;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.Session;

/**
 * The link chart's state, without any control: the operation's graph and its layout (built off the FX thread with
 * progress and cancel), the filter by kind and category, the selected lead and its neighbours, and the viewport
 * (world to screen: {@code screen = world × scale + offset}). The view draws it and turns input into these calls.
 */
public final class LinkChartViewModel {
    /** Below this many pixels per unit of layout, labels are left out (they would only overlap). */
    static final double LABEL_SCALE = 22;
    private static final double MIN_SCALE = 0.2;
    private static final double MAX_SCALE = 400;

    /** A graph and its layout, computed together: positions are indexed like the graph's nodes. */
    public record Chart(LinkGraph graph, ForceLayout.Positions positions) {
    }

    private final Session session;
    private final ReadOnlyObjectWrapper<Chart> full = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Chart> shown = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<LinkFilter> filter = new SimpleObjectProperty<>(LinkFilter.ALL);
    private final ReadOnlyObjectWrapper<LinkNode> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Set<UUID>> highlighted = new ReadOnlyObjectWrapper<>(Set.of());
    private final BooleanProperty working = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty();
    private FxProgress running;
    private double scale = 10;
    private double offsetX;
    private double offsetY;
    private double leftInset;
    /** Whether the view is still as fitting left it (nothing zoomed or panned since). */
    private boolean fitted;
    private double width = 800;
    private double height = 600;

    public LinkChartViewModel(Session session) {
        this.session = session;
        filter.addListener((obs, a, b) -> applyFilter());
    }

    /** Builds the chart: the graph in the background queue (it reads the database), the layout on a thread of its own. */
    public void load() {
        if (session.operation() == null) {
            error.set(Messages.get("links.noOperation"));
            return;
        }
        cancel();
        FxProgress job = new FxProgress(progress);
        running = job;
        working.set(true);
        error.set(null);
        status.set(Messages.get("links.status.reading"));
        UUID operationId = session.operationId();
        Background.run(() -> new LinkService(session.workspace()).graph(operationId, job), graph -> {
            if (running != job) {
                return;
            }
            status.set(Messages.get("links.status.layout", graph.size()));
            progress.set(0);
            Thread layout = new Thread(() -> {
                try {
                    ForceLayout.Positions positions = ForceLayout.layout(graph, job);
                    Platform.runLater(() -> loaded(job, new Chart(graph, positions)));
                } catch (RuntimeException e) {
                    Platform.runLater(() -> failed(job, e));
                }
            }, "leadline-link-layout");
            layout.setDaemon(true);
            layout.start();
        }, e -> failed(job, e));
    }

    /** Shows a chart already made (tests, the cache of the window). */
    public void show(Chart chart) {
        cancel();
        loaded(null, chart);
    }

    private void loaded(FxProgress job, Chart chart) {
        if (job != null && running != job) {
            return;
        }
        running = null;
        working.set(false);
        full.set(chart);
        applyFilter();
        fit();
    }

    private void failed(FxProgress job, Throwable e) {
        if (running != job) {
            return;
        }
        running = null;
        working.set(false);
        if (e instanceof CancelledException) {
            status.set(Messages.get("links.status.cancelled"));
        } else {
            error.set(Errors.sentence(e));
            status.set("");
        }
    }

    /** Asks the reading or the layout to stop at its next check. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private void applyFilter() {
        Chart chart = full.get();
        if (chart == null) {
            return;
        }
        LinkGraph graph = chart.graph().filter(filter.get());
        shown.set(new Chart(graph, chart.positions().restrict(chart.graph(), graph)));
        LinkNode was = selected.get();
        select(was == null ? -1 : graph.indexOf(was.id()));
        status.set(Messages.get("links.status.shown", graph.size(), graph.edges().size(), chart.graph().networks().size()));
    }

    // ---- filter ----

    public ObjectProperty<LinkFilter> filterProperty() {
        return filter;
    }

    public void setKindShown(LeadKind kind, boolean show) {
        Set<LeadKind> kinds = EnumSet.noneOf(LeadKind.class);
        kinds.addAll(filter.get().kinds());
        if (show) {
            kinds.add(kind);
        } else {
            kinds.remove(kind);
        }
        filter.set(filter.get().withKinds(kinds));
    }

    public void setCategoryShown(Category category, boolean show) {
        Set<Category> categories = EnumSet.noneOf(Category.class);
        categories.addAll(filter.get().categories());
        if (show) {
            categories.add(category);
        } else {
            categories.remove(category);
        }
        filter.set(filter.get().withCategories(categories));
    }

    // ---- selection ----

    /** Selects the lead at an index of the shown graph (-1: none) and highlights its neighbours. */
    public void select(int index) {
        Chart chart = shown.get();
        if (chart == null || index < 0 || index >= chart.graph().size()) {
            selected.set(null);
            highlighted.set(Set.of());
            return;
        }
        LinkNode node = chart.graph().nodes().get(index);
        selected.set(node);
        Set<UUID> neighbours = new java.util.HashSet<>();
        chart.graph().neighbours(node.id()).forEach(n -> neighbours.add(n.id()));
        highlighted.set(Collections.unmodifiableSet(neighbours));
    }

    public void select(UUID id) {
        Chart chart = shown.get();
        select(chart == null ? -1 : chart.graph().indexOf(id));
    }

    /** Selects a lead and centres the view on it. */
    public void selectAndCentre(UUID id) {
        select(id);
        Chart chart = shown.get();
        int index = chart == null ? -1 : chart.graph().indexOf(id);
        if (index >= 0) {
            fitted = false;
            scale = Math.max(scale, LABEL_SCALE * 1.5);
            offsetX = width / 2 - chart.positions().x()[index] * scale;
            offsetY = height / 2 - chart.positions().y()[index] * scale;
        }
    }

    public ReadOnlyObjectProperty<LinkNode> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The ids of the selected lead's neighbours (empty when nothing is selected). */
    public ReadOnlyObjectProperty<Set<UUID>> highlightedProperty() {
        return highlighted.getReadOnlyProperty();
    }

    /** The selected lead's links, each with the lead at its other end, in a stable order. */
    public List<LinkEdge> selectedLinks() {
        LinkNode node = selected.get();
        Chart chart = shown.get();
        return node == null || chart == null ? List.of() : new ArrayList<>(chart.graph().linksOf(node.id()));
    }

    /** The lead nearest to a point of the canvas within {@code radius} pixels, or -1. */
    public int hit(double screenX, double screenY, double radius) {
        Chart chart = shown.get();
        if (chart == null) {
            return -1;
        }
        double wx = (screenX - offsetX) / scale;
        double wy = (screenY - offsetY) / scale;
        double limit = radius / scale;
        double best = limit * limit;
        int found = -1;
        double[] x = chart.positions().x();
        double[] y = chart.positions().y();
        for (int i = 0; i < x.length; i++) {
            double dx = x[i] - wx;
            double dy = y[i] - wy;
            double d2 = dx * dx + dy * dy;
            if (d2 <= best) {
                best = d2;
                found = i;
            }
        }
        return found;
    }

    // ---- viewport ----

    void resize(double newWidth, double newHeight) {
        boolean first = width <= 0 || height <= 0;
        offsetX += (newWidth - width) / 2;
        offsetY += (newHeight - height) / 2;
        width = newWidth;
        height = newHeight;
        if (first) {
            fit();
        }
    }

    /** Room kept free on the left when fitting (the legend's width, known only once it is laid out). */
    void setLeftInset(double inset) {
        leftInset = inset;
        if (fitted) {
            fit();
        }
    }

    /** Frames the whole chart (0 or Home), beside the legend when the window is wide enough for both. */
    public void fit() {
        Chart chart = full.get();
        if (chart == null || width <= 0 || height <= 0) {
            return;
        }
        double[] b = chart.positions().bounds();
        double margin = 24;
        double left = width - leftInset > height ? leftInset : margin;
        double usable = width - left - margin;
        scale = clamp(Math.min(usable / Math.max(1e-6, b[2] - b[0]), (height - 2 * margin) / Math.max(1e-6, b[3] - b[1])));
        offsetX = left + usable / 2 - scale * (b[0] + b[2]) / 2;
        offsetY = height / 2 - scale * (b[1] + b[3]) / 2;
        fitted = true;
    }

    /** Zooms by a factor keeping the point under (px, py) where it is. */
    public void zoom(double factor, double px, double py) {
        fitted = false;
        double next = clamp(scale * factor);
        double applied = next / scale;
        offsetX = px - (px - offsetX) * applied;
        offsetY = py - (py - offsetY) * applied;
        scale = next;
    }

    public void zoom(double factor) {
        zoom(factor, width / 2, height / 2);
    }

    public void pan(double dx, double dy) {
        fitted = false;
        offsetX += dx;
        offsetY += dy;
    }

    private static double clamp(double value) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, value));
    }

    public double scale() {
        return scale;
    }

    public double offsetX() {
        return offsetX;
    }

    public double offsetY() {
        return offsetY;
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    // ---- state for the view ----

    public ReadOnlyObjectProperty<Chart> fullProperty() {
        return full.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Chart> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return BooleanProperty.readOnlyBooleanProperty(working);
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty errorProperty() {
        return error;
    }
}

package org.leadline.ui.offers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.leadline.logic.places.CountryOutlines.Point;
import org.leadline.logic.places.MapPoints;
import org.leadline.model.RouteAggregate;

/**
 * The map's state and math, free of drawing: an equirectangular projection (longitudes shrunk by the cosine of 35°,
 * the latitude of the Mediterranean, so that Europe and North Africa keep their shape) framed by default on Europe,
 * North Africa, the Middle East and the Sahel; zoom about a point and pan; the routes as curved arrows from origin to
 * destination, their width by number of offers; and which arrow a point on the screen hits.
 */
public final class MapViewModel {
    /** The default frame: longitudes and latitudes that must be visible. */
    static final double WEST = -20;
    static final double EAST = 60;
    static final double SOUTH = 8;
    static final double NORTH = 58;
    static final double ASPECT = Math.cos(Math.toRadians(35));
    static final double MIN_WIDTH = 1.5;
    static final double MAX_WIDTH = 10;
    static final double MIN_SCALE = 1;
    static final double MAX_SCALE = 200;

    /** A route drawn: origin, control point of its curve and destination in screen pixels, and its stroke width. */
    public record Arrow(RouteAggregate route, double x0, double y0, double cx, double cy, double x1, double y1, double width) {
        /** The point of the curve at t (0 origin, 1 destination). */
        public double[] at(double t) {
            double u = 1 - t;
            return new double[] {u * u * x0 + 2 * u * t * cx + t * t * x1, u * u * y0 + 2 * u * t * cy + t * t * y1};
        }

        public double[] midpoint() {
            return at(0.5);
        }
    }

    private double width = 800;
    private double height = 500;
    private double centreLon = (WEST + EAST) / 2;
    private double centreLat = (SOUTH + NORTH) / 2;
    /** Pixels per degree of latitude. */
    private double scale = 10;
    private List<RouteAggregate> routes = List.of();
    /** True once the officer zoomed or panned: a resize then keeps their view instead of fitting the default frame. */
    private boolean moved;
    private final ObjectProperty<RouteAggregate> selected = new SimpleObjectProperty<>(this, "selected");

    public MapViewModel() {
        reset();
    }

    public ObjectProperty<RouteAggregate> selectedProperty() {
        return selected;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public double scale() {
        return scale;
    }

    /** The canvas changed size: the same centre and scale, the default frame again if nothing was zoomed yet. */
    public void resize(double newWidth, double newHeight) {
        if (newWidth <= 0 || newHeight <= 0) {
            return;
        }
        width = newWidth;
        height = newHeight;
        if (!moved) {
            fit();
        }
    }

    /** Back to the default frame, fitted into the canvas. */
    public void reset() {
        moved = false;
        fit();
    }

    private void fit() {
        centreLon = (WEST + EAST) / 2;
        centreLat = (SOUTH + NORTH) / 2;
        scale = Math.min(width / ((EAST - WEST) * ASPECT), height / (NORTH - SOUTH));
    }

    public double[] toScreen(double longitude, double latitude) {
        return new double[] {width / 2 + (longitude - centreLon) * scale * ASPECT, height / 2 - (latitude - centreLat) * scale};
    }

    public double[] toLonLat(double x, double y) {
        return new double[] {centreLon + (x - width / 2) / (scale * ASPECT), centreLat - (y - height / 2) / scale};
    }

    /** Zooms by factor keeping the geographic point under (x, y) where it is. */
    public void zoom(double factor, double x, double y) {
        moved = true;
        double next = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * factor));
        double[] before = toLonLat(x, y);
        scale = next;
        double[] after = toLonLat(x, y);
        centreLon += before[0] - after[0];
        centreLat += before[1] - after[1];
    }

    /** Moves the map by (dx, dy) pixels, as a drag does. */
    public void pan(double dx, double dy) {
        moved = true;
        centreLon -= dx / (scale * ASPECT);
        centreLat += dy / scale;
        centreLat = Math.max(-85, Math.min(85, centreLat));
    }

    public void setRoutes(List<RouteAggregate> newRoutes) {
        routes = List.copyOf(newRoutes);
        RouteAggregate chosen = selected.get();
        if (chosen != null) {
            selected.set(routes.stream().filter(r -> same(r, chosen)).findFirst().orElse(null));
        }
    }

    public List<RouteAggregate> routes() {
        return routes;
    }

    static boolean same(RouteAggregate a, RouteAggregate b) {
        return a != null && b != null && a.from().equals(b.from()) && a.to().equals(b.to());
    }

    /** Stroke width by number of offers, the busiest route widest; by area (square root) so small routes stay visible. */
    static double strokeWidth(int offers, int most) {
        if (most <= 1) {
            return MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * 0.25;
        }
        return MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * Math.sqrt(Math.max(0, offers) / (double) most);
    }

    /** The routes as drawn now, thinnest first (so the busiest lie on top); routes without coordinates are left out. */
    public List<Arrow> arrows() {
        int most = routes.stream().mapToInt(RouteAggregate::offers).max().orElse(1);
        List<Arrow> out = new ArrayList<>();
        List<RouteAggregate> ordered = new ArrayList<>(routes);
        ordered.sort(java.util.Comparator.comparingInt(RouteAggregate::offers));
        for (RouteAggregate route : ordered) {
            Optional<Point> from = MapPoints.country(route.from());
            Optional<Point> to = MapPoints.country(route.to());
            if (from.isEmpty() || to.isEmpty()) {
                continue;
            }
            out.add(arrow(route, from.get(), to.get(), strokeWidth(route.offers(), most)));
        }
        return out;
    }

    /** A curve bending to the left of its direction, so that A → B and B → A are drawn apart. */
    Arrow arrow(RouteAggregate route, Point from, Point to, double stroke) {
        double[] a = toScreen(from.longitude(), from.latitude());
        double[] b = toScreen(to.longitude(), to.latitude());
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double bend = 0.2;
        double cx = (a[0] + b[0]) / 2 + dy * bend;
        double cy = (a[1] + b[1]) / 2 - dx * bend;
        return new Arrow(route, a[0], a[1], cx, cy, b[0], b[1], stroke);
    }

    /** The arrow under (x, y), the nearest within its half width plus a few pixels of slack; empty when none. */
    public Optional<Arrow> hit(double x, double y) {
        Arrow best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Arrow arrow : arrows()) {
            double tolerance = arrow.width() / 2 + 4;
            double distance = distance(arrow, x, y);
            if (distance <= tolerance && distance < bestDistance) {
                best = arrow;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Selects the route under (x, y), or none; returns it. */
    public Optional<RouteAggregate> click(double x, double y) {
        Optional<RouteAggregate> route = hit(x, y).map(Arrow::route);
        selected.set(route.orElse(null));
        return route;
    }

    static double distance(Arrow arrow, double x, double y) {
        int steps = 32;
        double best = Double.MAX_VALUE;
        double[] previous = arrow.at(0);
        for (int i = 1; i <= steps; i++) {
            double[] next = arrow.at(i / (double) steps);
            best = Math.min(best, segmentDistance(x, y, previous[0], previous[1], next[0], next[1]));
            previous = next;
        }
        return best;
    }

    static double segmentDistance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
        double qx = ax + t * dx - px;
        double qy = ay + t * dy - py;
        return Math.sqrt(qx * qx + qy * qy);
    }
}

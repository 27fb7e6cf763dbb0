package org.leadline.ui.offers;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.leadline.logic.places.CountryOutlines;
import org.leadline.logic.places.CountryOutlines.Point;
import org.leadline.logic.places.MapPoints;
import org.leadline.model.RouteAggregate;
import org.leadline.ui.common.Messages;

/**
 * The offline map: Natural Earth country outlines on a canvas, the routes as curved arrows weighted by their offers,
 * a tooltip with a route's figures under the pointer, a click selecting the route under it. Wheel or +/- zooms,
 * dragging pans, 0 resets. Thin: the projection and hit-testing are {@link MapViewModel}'s.
 */
public final class MapView extends Pane {
    private static final Color SEA = Color.web("#dfe8f1");
    private static final Color LAND = Color.web("#f7f5ef");
    private static final Color LAND_ON_ROUTE = Color.web("#ece4d2");
    private static final Color BORDER = Color.web("#a9b3bd");
    private static final Color ARROW = Color.web("#c2410c", 0.78);
    private static final Color ARROW_SELECTED = Color.web("#1d4ed8", 0.92);
    private static final Color LABEL = Color.web("#1f2937");

    private final MapViewModel model;
    private final Canvas canvas = new Canvas();
    private final Label tooltip = new Label();
    /** Countries shaded by a count (the operation picture's phone numbers), and what a click on one of them does. */
    private java.util.Map<String, Integer> shading = java.util.Map.of();
    private Consumer<String> onCountryClick;
    private String hint = Messages.get("offers.map.hint");
    private double dragX;
    private double dragY;
    private boolean dragged;

    public MapView(MapViewModel model, Consumer<RouteAggregate> onClick) {
        this.model = model;
        setId("offersMap");
        getStyleClass().add("offers-map");
        setFocusTraversable(true);
        canvas.setId("offersMapCanvas");
        tooltip.setId("mapTooltip");
        tooltip.getStyleClass().add("map-tooltip");
        tooltip.setVisible(false);
        tooltip.setMouseTransparent(true);
        getChildren().addAll(canvas, tooltip);
        setMinSize(200, 150);
        widthProperty().addListener((obs, a, b) -> layoutCanvas());
        heightProperty().addListener((obs, a, b) -> layoutCanvas());
        model.selectedProperty().addListener((obs, a, b) -> redraw());
        setOnScroll(event -> {
            model.zoom(event.getDeltaY() > 0 ? 1.2 : 1 / 1.2, event.getX(), event.getY());
            redraw();
            event.consume();
        });
        setOnMousePressed(event -> {
            dragX = event.getX();
            dragY = event.getY();
            dragged = false;
            requestFocus();
        });
        setOnMouseDragged(event -> {
            double dx = event.getX() - dragX;
            double dy = event.getY() - dragY;
            if (Math.abs(dx) + Math.abs(dy) > 2) {
                dragged = true;
            }
            model.pan(dx, dy);
            dragX = event.getX();
            dragY = event.getY();
            tooltip.setVisible(false);
            redraw();
        });
        setOnMouseClicked(event -> {
            if (event.getButton() != MouseButton.PRIMARY || dragged) {
                return;
            }
            Optional<RouteAggregate> route = model.click(event.getX(), event.getY());
            route.ifPresent(onClick);
            if (route.isEmpty() && onCountryClick != null) {
                countryAt(event.getX(), event.getY()).filter(shading::containsKey).ifPresent(onCountryClick);
            }
        });
        setOnMouseMoved(event -> hover(event.getX(), event.getY()));
        setOnMouseExited(event -> tooltip.setVisible(false));
        setOnKeyPressed(event -> {
            double cx = getWidth() / 2;
            double cy = getHeight() / 2;
            if (event.getCode() == KeyCode.PLUS || event.getCode() == KeyCode.ADD || event.getCode() == KeyCode.EQUALS) {
                model.zoom(1.25, cx, cy);
            } else if (event.getCode() == KeyCode.MINUS || event.getCode() == KeyCode.SUBTRACT) {
                model.zoom(1 / 1.25, cx, cy);
            } else if (event.getCode() == KeyCode.DIGIT0 || event.getCode() == KeyCode.NUMPAD0) {
                model.reset();
            } else if (event.getCode() == KeyCode.LEFT) {
                model.pan(60, 0);
            } else if (event.getCode() == KeyCode.RIGHT) {
                model.pan(-60, 0);
            } else if (event.getCode() == KeyCode.UP) {
                model.pan(0, 60);
            } else if (event.getCode() == KeyCode.DOWN) {
                model.pan(0, -60);
            } else {
                return;
            }
            event.consume();
            redraw();
        });
    }

    public MapViewModel model() {
        return model;
    }

    public Canvas canvas() {
        return canvas;
    }

    private void layoutCanvas() {
        double w = Math.max(1, getWidth());
        double h = Math.max(1, getHeight());
        canvas.setWidth(w);
        canvas.setHeight(h);
        model.resize(w, h);
        redraw();
    }

    public void setRoutes(List<RouteAggregate> routes) {
        model.setRoutes(routes);
        redraw();
    }

    /**
     * Shades countries by a count, darker for more, with the count under the country's code; a click on a shaded
     * country calls {@code onClick} with its alpha-2 code. The routes stay as they are (none, for the picture's map).
     */
    public void setShading(java.util.Map<String, Integer> counts, Consumer<String> onClick, String newHint) {
        shading = java.util.Map.copyOf(counts);
        onCountryClick = onClick;
        hint = newHint;
        redraw();
    }

    /** The country whose outline holds a point of the canvas. */
    Optional<String> countryAt(double x, double y) {
        for (String country : CountryOutlines.countries()) {
            for (CountryOutlines.Polygon polygon : CountryOutlines.of(country)) {
                if (inside(polygon.outer(), x, y)) {
                    return Optional.of(country);
                }
            }
        }
        return Optional.empty();
    }

    private boolean inside(List<Point> ring, double x, double y) {
        boolean in = false;
        for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            double[] a = model.toScreen(ring.get(i).longitude(), ring.get(i).latitude());
            double[] b = model.toScreen(ring.get(j).longitude(), ring.get(j).latitude());
            if ((a[1] > y) != (b[1] > y) && x < (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]) + a[0]) {
                in = !in;
            }
        }
        return in;
    }

    /** From light to dark orange by the square root of the share of the largest count, so that small counts show. */
    private Color shade(int count) {
        int most = shading.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        double t = Math.sqrt(count / (double) Math.max(1, most));
        return Color.web("#fde6c8").interpolate(Color.web("#c2410c"), t);
    }

    private void hover(double x, double y) {
        Optional<MapViewModel.Arrow> arrow = model.hit(x, y);
        if (arrow.isEmpty()) {
            tooltip.setVisible(false);
            setCursor(javafx.scene.Cursor.DEFAULT);
            return;
        }
        setCursor(javafx.scene.Cursor.HAND);
        tooltip.setText(OffersViewModel.describe(arrow.get().route()));
        tooltip.autosize();
        double tx = Math.min(x + 14, getWidth() - tooltip.getWidth() - 4);
        double ty = Math.min(y + 14, getHeight() - tooltip.getHeight() - 4);
        tooltip.relocate(Math.max(4, tx), Math.max(4, ty));
        tooltip.setVisible(true);
    }

    public void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(SEA);
        g.fillRect(0, 0, w, h);
        java.util.Set<String> onRoutes = new java.util.HashSet<>();
        model.routes().forEach(r -> {
            onRoutes.add(r.from());
            onRoutes.add(r.to());
        });
        g.setLineWidth(0.7);
        g.setStroke(BORDER);
        for (String country : CountryOutlines.countries()) {
            Integer shaded = shading.get(country);
            g.setFill(shaded != null ? shade(shaded) : onRoutes.contains(country) ? LAND_ON_ROUTE : LAND);
            for (CountryOutlines.Polygon polygon : CountryOutlines.of(country)) {
                List<Point> ring = polygon.outer();
                double[] xs = new double[ring.size()];
                double[] ys = new double[ring.size()];
                double minX = Double.MAX_VALUE;
                double maxX = -Double.MAX_VALUE;
                double minY = Double.MAX_VALUE;
                double maxY = -Double.MAX_VALUE;
                for (int i = 0; i < ring.size(); i++) {
                    double[] p = model.toScreen(ring.get(i).longitude(), ring.get(i).latitude());
                    xs[i] = p[0];
                    ys[i] = p[1];
                    minX = Math.min(minX, p[0]);
                    maxX = Math.max(maxX, p[0]);
                    minY = Math.min(minY, p[1]);
                    maxY = Math.max(maxY, p[1]);
                }
                if (maxX < 0 || minX > w || maxY < 0 || minY > h) {
                    continue;
                }
                g.fillPolygon(xs, ys, ring.size());
                g.strokePolygon(xs, ys, ring.size());
            }
        }
        List<MapViewModel.Arrow> arrows = model.arrows();
        RouteAggregate selected = model.selectedProperty().get();
        g.setLineCap(StrokeLineCap.ROUND);
        for (MapViewModel.Arrow arrow : arrows) {
            boolean chosen = MapViewModel.same(arrow.route(), selected);
            drawArrow(g, arrow, chosen ? ARROW_SELECTED : ARROW);
        }
        g.setFill(LABEL);
        g.setFont(Font.font(null, javafx.scene.text.FontWeight.BOLD, 12));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (String country : onRoutes) {
            MapPoints.country(country).ifPresent(p -> {
                double[] s = model.toScreen(p.longitude(), p.latitude());
                g.setFill(Color.WHITE);
                g.fillOval(s[0] - 3.5, s[1] - 3.5, 7, 7);
                g.setFill(LABEL);
                g.fillOval(s[0] - 2.5, s[1] - 2.5, 5, 5);
                g.fillText(country, s[0], s[1] + 12);
            });
        }
        // The counts of the twelve largest only: small neighbours' labels would cover each other.
        shading.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                .forEach(entry -> MapPoints.country(entry.getKey()).ifPresent(p -> {
            String country = entry.getKey();
            int count = entry.getValue();
            double[] s = model.toScreen(p.longitude(), p.latitude());
            String text = country + " " + count;
            double width = 7.5 * text.length() + 8;
            g.setFill(Color.web("#ffffff", 0.85));
            g.fillRoundRect(s[0] - width / 2, s[1] - 9, width, 18, 6, 6);
            g.setFill(LABEL);
            g.fillText(text, s[0], s[1]);
        }));
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(Color.web("#4b5563"));
        g.fillText(hint, 10, h - 12);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText("Natural Earth 1:110m", w - 10, h - 12);
    }

    private static void drawArrow(GraphicsContext g, MapViewModel.Arrow arrow, Color color) {
        g.setStroke(color);
        g.setLineWidth(arrow.width());
        // Stop the curve short of the destination so that the head sits on its end.
        double head = 8 + arrow.width() * 1.6;
        double[] end = arrow.at(1);
        double[] before = arrow.at(0.96);
        double angle = Math.atan2(end[1] - before[1], end[0] - before[0]);
        double bx = end[0] - Math.cos(angle) * head * 0.8;
        double by = end[1] - Math.sin(angle) * head * 0.8;
        g.beginPath();
        g.moveTo(arrow.x0(), arrow.y0());
        g.quadraticCurveTo(arrow.cx(), arrow.cy(), bx, by);
        g.stroke();
        g.setFill(color);
        double spread = Math.toRadians(26);
        g.fillPolygon(new double[] {end[0], end[0] - Math.cos(angle - spread) * head, end[0] - Math.cos(angle + spread) * head},
                new double[] {end[1], end[1] - Math.sin(angle - spread) * head, end[1] - Math.sin(angle + spread) * head}, 3);
    }
}

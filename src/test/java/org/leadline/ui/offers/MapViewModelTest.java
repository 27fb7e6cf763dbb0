package org.leadline.ui.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leadline.model.RouteAggregate;

class MapViewModelTest {
    MapViewModel map;

    @BeforeEach
    void sized() {
        map = new MapViewModel();
        map.resize(1000, 600);
        map.reset();
    }

    private static RouteAggregate route(String from, String to, int offers) {
        return new RouteAggregate(from, to, offers, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN, List.of("telegram"), new TreeMap<>());
    }

    @Test
    void theDefaultFrameShowsEuropeNorthAfricaTheMiddleEastAndTheSahelCentred() {
        double[] southWest = map.toScreen(MapViewModel.WEST, MapViewModel.SOUTH);
        double[] northEast = map.toScreen(MapViewModel.EAST, MapViewModel.NORTH);
        assertThat(southWest[0]).isBetween(-0.01, 1000.01);
        assertThat(northEast[0]).isBetween(-0.01, 1000.01);
        assertThat(southWest[1]).isBetween(-0.01, 600.01);
        assertThat(northEast[1]).isBetween(-0.01, 600.01);
        // The frame fills the canvas along one side at least.
        assertThat(Math.max(northEast[0] - southWest[0], (southWest[1] - northEast[1]) / 0.6)).isCloseTo(1000, within(1.0));
        double[] centre = map.toScreen((MapViewModel.WEST + MapViewModel.EAST) / 2, (MapViewModel.SOUTH + MapViewModel.NORTH) / 2);
        assertThat(centre[0]).isCloseTo(500, within(1e-9));
        assertThat(centre[1]).isCloseTo(300, within(1e-9));
        // North is up, east is right; a degree of longitude is shorter than one of latitude (cos 35°).
        double[] tripoli = map.toScreen(13.19, 32.89);
        double[] rome = map.toScreen(12.5, 41.9);
        assertThat(rome[1]).isLessThan(tripoli[1]);
        double[] a = map.toScreen(10, 30);
        double[] b = map.toScreen(11, 31);
        assertThat((b[0] - a[0]) / (a[1] - b[1])).isCloseTo(Math.cos(Math.toRadians(35)), within(1e-9));
    }

    @Test
    void screenAndGeographicPointsRoundTripAndZoomKeepsThePointUnderThePointer() {
        double[] lonLat = map.toLonLat(123, 456);
        double[] back = map.toScreen(lonLat[0], lonLat[1]);
        assertThat(back[0]).isCloseTo(123, within(1e-9));
        assertThat(back[1]).isCloseTo(456, within(1e-9));

        double before = map.scale();
        map.zoom(2, 300, 200);
        assertThat(map.scale()).isCloseTo(before * 2, within(1e-9));
        double[] still = map.toScreen(lonLat[0], lonLat[1]);
        double[] under = map.toLonLat(300, 200);
        double[] again = map.toScreen(under[0], under[1]);
        assertThat(again[0]).isCloseTo(300, within(1e-9));
        assertThat(again[1]).isCloseTo(200, within(1e-9));
        assertThat(still[0]).isNotCloseTo(123, within(1.0));

        double[] rome = map.toScreen(12.5, 41.9);
        map.pan(40, -25);
        double[] moved = map.toScreen(12.5, 41.9);
        assertThat(moved[0] - rome[0]).isCloseTo(40, within(1e-9));
        assertThat(moved[1] - rome[1]).isCloseTo(-25, within(1e-9));

        map.zoom(1e9, 0, 0);
        assertThat(map.scale()).isEqualTo(MapViewModel.MAX_SCALE);
        map.reset();
        assertThat(map.scale()).isCloseTo(before, within(1e-9));
    }

    @Test
    void arrowsAreWeightedByOffersAndAClickOnOneSelectsItsRoute() {
        map.setRoutes(List.of(route("LY", "IT", 40), route("TN", "IT", 10), route("IT", "LY", 1), route("XX", "IT", 3)));
        List<MapViewModel.Arrow> arrows = map.arrows();
        // XX has no coordinates: not drawn. The busiest is widest and drawn last (on top).
        assertThat(arrows).extracting(a -> a.route().from() + a.route().to()).containsExactly("ITLY", "TNIT", "LYIT");
        assertThat(arrows.get(2).width()).isEqualTo(MapViewModel.MAX_WIDTH);
        assertThat(arrows.get(1).width()).isCloseTo(MapViewModel.MIN_WIDTH + (MapViewModel.MAX_WIDTH - MapViewModel.MIN_WIDTH) * 0.5,
                within(1e-9));
        assertThat(arrows.get(0).width()).isLessThan(arrows.get(1).width());

        MapViewModel.Arrow libya = arrows.get(2);
        double[] mid = libya.midpoint();
        assertThat(map.hit(mid[0], mid[1])).map(a -> a.route().from()).contains("LY");
        assertThat(map.click(mid[0], mid[1])).map(RouteAggregate::to).contains("IT");
        assertThat(map.selectedProperty().get().from()).isEqualTo("LY");

        // The way back is drawn apart: its own midpoint hits it, not LY → IT.
        double[] back = arrows.get(0).midpoint();
        assertThat(Math.hypot(back[0] - mid[0], back[1] - mid[1])).isGreaterThan(10);
        assertThat(map.hit(back[0], back[1])).map(a -> a.route().from()).contains("IT");

        // Far from any arrow: nothing, and a click there clears the selection.
        assertThat(map.hit(2, 2)).isEmpty();
        assertThat(map.click(2, 2)).isEmpty();
        assertThat(map.selectedProperty().get()).isNull();
        // Near the end of an arrow, within its half width and slack.
        double[] end = libya.at(0.9);
        assertThat(map.hit(end[0] + libya.width() / 2 + 3, end[1])).isPresent();
    }

    @Test
    void distanceToASegmentIsPerpendicularInsideAndToTheEndsOutside() {
        assertThat(MapViewModel.segmentDistance(5, 3, 0, 0, 10, 0)).isCloseTo(3, within(1e-9));
        assertThat(MapViewModel.segmentDistance(13, 4, 0, 0, 10, 0)).isCloseTo(5, within(1e-9));
        assertThat(MapViewModel.segmentDistance(1, 1, 2, 2, 2, 2)).isCloseTo(Math.sqrt(2), within(1e-9));
    }
}

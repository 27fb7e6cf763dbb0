package org.leadline.logic.places;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.leadline.logic.places.CountryOutlines.Point;
import org.leadline.model.Place;

/**
 * Where a route point sits on the map: a gazetteer place at its coordinates, a country at the centroid of its largest
 * polygon (mainland France, not French Guiana), and a country too small for the 1:110m outlines (Malta) at the mean
 * of its gazetteer places.
 */
public final class MapPoints {
    private static final Map<String, Optional<Point>> CENTRES = new ConcurrentHashMap<>();

    private MapPoints() {
    }

    public static Optional<Point> of(Place place) {
        if (place == null || place.country() == null) {
            return Optional.empty();
        }
        if (place.hasName()) {
            Optional<GazetteerPlace> known = Gazetteer.get().place(place.country(), place.name());
            if (known.isPresent()) {
                return Optional.of(new Point(known.get().longitude(), known.get().latitude()));
            }
        }
        return country(place.country());
    }

    /** The country's centre on the map, empty for a code with neither outline nor place. */
    public static Optional<Point> country(String alpha2) {
        return CENTRES.computeIfAbsent(alpha2, MapPoints::centre);
    }

    private static Optional<Point> centre(String alpha2) {
        List<CountryOutlines.Polygon> polygons = CountryOutlines.of(alpha2);
        double bestArea = 0;
        Point best = null;
        for (CountryOutlines.Polygon polygon : polygons) {
            List<Point> ring = polygon.outer();
            double area = 0;
            double cx = 0;
            double cy = 0;
            for (int i = 0; i + 1 < ring.size(); i++) {
                Point a = ring.get(i);
                Point b = ring.get(i + 1);
                double cross = a.longitude() * b.latitude() - b.longitude() * a.latitude();
                area += cross;
                cx += (a.longitude() + b.longitude()) * cross;
                cy += (a.latitude() + b.latitude()) * cross;
            }
            if (Math.abs(area) > bestArea) {
                bestArea = Math.abs(area);
                best = new Point(cx / (3 * area), cy / (3 * area));
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        List<GazetteerPlace> places = Gazetteer.get().placesIn(alpha2);
        if (places.isEmpty()) {
            return Optional.empty();
        }
        double lon = places.stream().mapToDouble(GazetteerPlace::longitude).average().orElse(0);
        double lat = places.stream().mapToDouble(GazetteerPlace::latitude).average().orElse(0);
        return Optional.of(new Point(lon, lat));
    }
}

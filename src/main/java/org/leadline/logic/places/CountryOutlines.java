package org.leadline.logic.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Country outlines for the offline map: Natural Earth 1:110m Admin 0 (public domain), decoded once from the TopoJSON
 * of the npm package world-atlas by {@code src/tools/gazetteer/generate.py}. Loaded on first use.
 */
public final class CountryOutlines {
    private static final String RESOURCE = "/org/leadline/gazetteer/outlines-110m.tsv";
    private static volatile Map<String, List<Polygon>> outlines;

    /** A point in degrees. */
    public record Point(double longitude, double latitude) {
    }

    /** A polygon: its outer ring first, then its holes; each ring is closed (first point repeated at the end). */
    public record Polygon(List<List<Point>> rings) {
        public Polygon {
            rings = rings.stream().map(List::copyOf).toList();
        }

        public List<Point> outer() {
            return rings.get(0);
        }
    }

    private CountryOutlines() {
    }

    /** The polygons of a country (alpha-2), empty for countries too small for the 1:110m scale (e.g. Malta). */
    public static List<Polygon> of(String alpha2) {
        return all().getOrDefault(alpha2 == null ? "" : alpha2.toUpperCase(Locale.ROOT), List.of());
    }

    public static Set<String> countries() {
        return all().keySet();
    }

    private static Map<String, List<Polygon>> all() {
        Map<String, List<Polygon>> loaded = outlines;
        if (loaded == null) {
            synchronized (CountryOutlines.class) {
                loaded = outlines;
                if (loaded == null) {
                    loaded = load();
                    outlines = loaded;
                }
            }
        }
        return loaded;
    }

    private static Map<String, List<Polygon>> load() {
        Map<String, List<Polygon>> byCountry = new HashMap<>();
        try (InputStream in = CountryOutlines.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The country outlines are missing from the application.");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                List<Polygon> polygons = new ArrayList<>();
                for (String polygon : line.substring(tab + 1).split("\\|")) {
                    List<List<Point>> rings = new ArrayList<>();
                    for (String ring : polygon.split(";")) {
                        List<Point> points = new ArrayList<>();
                        for (String point : ring.split(" ")) {
                            int comma = point.indexOf(',');
                            points.add(new Point(Double.parseDouble(point.substring(0, comma)), Double.parseDouble(point.substring(comma + 1))));
                        }
                        rings.add(points);
                    }
                    polygons.add(new Polygon(rings));
                }
                byCountry.put(line.substring(0, tab), List.copyOf(polygons));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(byCountry);
    }
}

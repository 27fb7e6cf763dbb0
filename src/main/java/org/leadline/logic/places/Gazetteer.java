package org.leadline.logic.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.leadline.model.Place;

/**
 * The offline gazetteer: every ISO 3166-1 country (names in EN/FR/IT/AR and aliases, from Debian's iso-codes) and the
 * places that matter on the routes to Europe (compiled by hand), loaded once from {@code org/leadline/gazetteer}.
 * See {@code src/tools/gazetteer/generate.py} for how the country table was made.
 *
 * <p>Names are looked up in {@link PlaceNames} form. Where a name is both a country and a place (Arabic الجزائر is
 * Algeria and Algiers), the country wins: a route is aggregated per country anyway.
 */
public final class Gazetteer {
    private static final String FOLDER = "/org/leadline/gazetteer/";
    private static volatile Gazetteer instance;

    /** What a name stands for: a country, or a place (whose country is then known too). */
    public record Entry(Country country, GazetteerPlace place) {
        public Place asPlace() {
            return new Place(country.alpha2(), place == null ? null : place.name());
        }
    }

    private final Map<String, Country> byAlpha2 = new LinkedHashMap<>();
    private final Map<String, Country> byAlpha3 = new HashMap<>();
    private final Map<String, List<GazetteerPlace>> placesByCountry = new HashMap<>();
    private final Map<String, Entry> byName = new HashMap<>();
    private int longestName;

    private Gazetteer() {
        read("countries.tsv", fields -> {
            Country country = new Country(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6], split(fields, 7));
            byAlpha2.put(country.alpha2(), country);
            byAlpha3.put(country.alpha3(), country);
        });
        read("places.tsv", fields -> {
            GazetteerPlace place = new GazetteerPlace(fields[0], fields[1], Double.parseDouble(fields[2]), Double.parseDouble(fields[3]),
                    fields[4], split(fields, 5));
            if (!byAlpha2.containsKey(place.country())) {
                throw new IllegalStateException("The gazetteer's place " + place.name() + " names an unknown country.");
            }
            placesByCountry.computeIfAbsent(place.country(), c -> new ArrayList<>()).add(place);
            Entry entry = new Entry(byAlpha2.get(place.country()), place);
            index(place.name(), entry);
            place.aliases().forEach(alias -> index(alias, entry));
        });
        // Countries last, so that they replace a place of the same name.
        for (Country country : byAlpha2.values()) {
            Entry entry = new Entry(country, null);
            for (String name : List.of(country.english(), country.french(), country.italian(), country.arabic())) {
                index(name, entry);
            }
            country.aliases().forEach(alias -> index(alias, entry));
        }
    }

    public static Gazetteer get() {
        Gazetteer loaded = instance;
        if (loaded == null) {
            synchronized (Gazetteer.class) {
                loaded = instance;
                if (loaded == null) {
                    loaded = new Gazetteer();
                    instance = loaded;
                }
            }
        }
        return loaded;
    }

    private void index(String name, Entry entry) {
        String key = PlaceNames.normalize(name);
        if (key.isEmpty()) {
            return;
        }
        Entry existing = byName.get(key);
        if (existing == null || existing.place() != null && entry.place() == null) {
            byName.put(key, entry);
        }
        longestName = Math.max(longestName, key.split(" ").length);
    }

    private static List<String> split(String[] fields, int index) {
        if (fields.length <= index || fields[index].isBlank()) {
            return List.of();
        }
        return List.of(fields[index].split("\\|"));
    }

    private static void read(String file, Consumer<String[]> row) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("The gazetteer file " + file + " is missing from the application.");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    row.accept(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Collection<Country> countries() {
        return byAlpha2.values();
    }

    public List<GazetteerPlace> places() {
        return placesByCountry.values().stream().flatMap(List::stream).toList();
    }

    public List<GazetteerPlace> placesIn(String alpha2) {
        return placesByCountry.getOrDefault(alpha2, List.of());
    }

    /** A country by alpha-2 or alpha-3 code, or by any of its names. */
    public Optional<Country> country(String codeOrName) {
        if (codeOrName == null) {
            return Optional.empty();
        }
        String upper = codeOrName.strip().toUpperCase(Locale.ROOT);
        Country byCode = upper.length() == 2 ? byAlpha2.get(upper) : upper.length() == 3 ? byAlpha3.get(upper) : null;
        if (byCode != null) {
            return Optional.of(byCode);
        }
        Entry entry = byName.get(PlaceNames.normalize(codeOrName));
        return entry != null && entry.place() == null ? Optional.of(entry.country()) : Optional.empty();
    }

    /** A place of a country by its name or an alias. */
    public Optional<GazetteerPlace> place(String alpha2, String name) {
        String wanted = PlaceNames.normalize(name == null ? "" : name);
        for (GazetteerPlace place : placesIn(alpha2)) {
            if (PlaceNames.normalize(place.name()).equals(wanted)
                    || place.aliases().stream().anyMatch(alias -> PlaceNames.normalize(alias).equals(wanted))) {
                return Optional.of(place);
            }
        }
        return Optional.empty();
    }

    /** What a name in compared form ({@link PlaceNames#normalize}) stands for. */
    public Optional<Entry> lookup(String normalizedName) {
        return Optional.ofNullable(byName.get(normalizedName));
    }

    /** The most words any name has, which bounds how far a scan looks ahead. */
    public int longestName() {
        return longestName;
    }

    /** The country of an emoji flag, e.g. "🇱🇾" → Libya. */
    public Optional<Country> flag(String flag) {
        if (flag == null || flag.codePointCount(0, flag.length()) != 2) {
            return Optional.empty();
        }
        int first = flag.codePointAt(0);
        int second = flag.codePointAt(Character.charCount(first));
        if (!isRegionalIndicator(first) || !isRegionalIndicator(second)) {
            return Optional.empty();
        }
        return Optional.ofNullable(byAlpha2.get("" + (char) ('A' + first - 0x1F1E6) + (char) ('A' + second - 0x1F1E6)));
    }

    public static boolean isRegionalIndicator(int codePoint) {
        return codePoint >= 0x1F1E6 && codePoint <= 0x1F1FF;
    }

    /**
     * A route point as typed ("LY", "LBY", "Libya", "LY/Zuwara", "LY/Zouara") in the gazetteer's own names.
     *
     * @param field the field named in the error, e.g. "from"
     * @throws IllegalArgumentException one sentence naming the field, if the country or the place is unknown
     */
    public Place resolve(Place written, String field) {
        if (written == null || written.country() == null || written.country().isBlank()) {
            throw new IllegalArgumentException("The " + field + " of the route has no country (write CC or CC/place, e.g. LY/Zuwara).");
        }
        Country country = country(written.country()).orElseThrow(() -> new IllegalArgumentException(
                "The country '" + written.country() + "' in " + field + " is not an ISO 3166 country code or name."));
        if (!written.hasName()) {
            return Place.country(country.alpha2());
        }
        GazetteerPlace place = place(country.alpha2(), written.name()).orElseThrow(() -> new IllegalArgumentException(
                "The place '" + written.name() + "' in " + field + " is not in the gazetteer for " + country.english()
                        + " (" + country.alpha2() + ")."));
        return new Place(country.alpha2(), place.name());
    }
}

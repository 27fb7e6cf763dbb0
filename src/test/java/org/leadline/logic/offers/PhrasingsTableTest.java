package org.leadline.logic.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadline.model.Place;

/** The table of price and route phrasings in src/test/resources/offers/phrasings.tsv, row by row. */
class PhrasingsTableTest {
    private static final PriceFinder PRICES = new PriceFinder("FR");

    static List<String[]> rows() throws IOException {
        try (InputStream in = PhrasingsTableTest.class.getResourceAsStream("/offers/phrasings.tsv")) {
            String table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String[]> rows = new ArrayList<>();
            for (String line : table.split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        }
    }

    static Stream<Arguments> phrasings() throws IOException {
        return rows().stream().map(row -> Arguments.of(row[0], row[1], row[2], row[3]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phrasings")
    void eachPhrasingYieldsItsPriceAndRoute(String text, String amount, String currency, String route) {
        List<PriceSuggestion> prices = PRICES.find(text, RouteFinder.countriesNamed(text));
        if (amount.equals("-")) {
            assertThat(prices).as("prices in %s", text).isEmpty();
        } else {
            assertThat(prices).as("prices in %s", text).isNotEmpty();
            PriceSuggestion first = prices.get(0);
            assertThat(first.amount()).as("amount in %s", text).isEqualByComparingTo(new BigDecimal(amount));
            assertThat(first.currency()).as("currency in %s", text).isEqualTo(currency);
            assertThat(text.substring(first.start(), first.end())).isEqualTo(first.raw());
        }
        List<RouteSuggestion> routes = RouteFinder.find(text);
        if (route.equals("-")) {
            assertThat(routes).as("routes in %s", text).isEmpty();
        } else {
            assertThat(routes).as("routes in %s", text).isNotEmpty();
            assertThat(written(routes.get(0))).as("route in %s", text).isEqualTo(route);
        }
    }

    private static String written(RouteSuggestion route) {
        List<Place> legs = new ArrayList<>();
        legs.add(route.from());
        legs.addAll(route.via());
        legs.add(route.to());
        return legs.stream().map(Place::toString).collect(Collectors.joining(">"));
    }

    @Test
    void theTableHoldsAtLeastAHundredPhrasingsOfWhichTwentyAreNotPrices() throws IOException {
        List<String[]> rows = rows();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(100);
        assertThat(rows.stream().filter(row -> row[1].equals("-"))).hasSizeGreaterThanOrEqualTo(20);
    }
}

package org.leadline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfferCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;
    CliRun cli;

    @BeforeEach
    void init() {
        cli = new CliRun(folder.resolve("ws"), "correct horse battery staple");
        CliRun.Result init = cli.run("init", "--name", "Claire Martin", "--agency", "OCLTI", "--country", "fr", "--operation", "Cyberprotect II");
        assertThat(init.code()).as(init.err()).isZero();
    }

    @Test
    void offerAddPrintsTheIdAndListShowsTheOfferWithItsRouteAndRate() throws IOException {
        String lead = cli.run("lead", "add", "--value", "telegram:zuwara_trips").out().strip();
        CliRun.Result added = cli.run("offer", "add", "--type", "travel", "--price", "12000", "--currency", "LYD", "--from", "LY/Zuwara",
                "--to", "IT/Lampedusa", "--via", "TN", "--transport", "boat", "--lead", lead, "--note", "Every night",
                "--platform", "telegram", "--seen", "2025-10-15T09:30:00Z");
        assertThat(added.code()).as(added.err()).isZero();
        String id = added.out().strip();
        assertThat(id).matches("[0-9a-f-]{36}");

        JsonNode offers = JSON.readTree(cli.run("offer", "list", "--json").out());
        assertThat(offers).hasSize(1);
        JsonNode offer = offers.get(0);
        assertThat(offer.get("id").asText()).isEqualTo(id);
        assertThat(offer.get("type").asText()).isEqualTo("travel");
        assertThat(offer.get("price").decimalValue()).isEqualByComparingTo("12000");
        assertThat(offer.get("currency").asText()).isEqualTo("LYD");
        assertThat(offer.get("unit").asText()).isEqualTo("per-person");
        assertThat(offer.get("priceEur").decimalValue()).isEqualByComparingTo("1920");
        assertThat(offer.get("rateDate").asText()).isEqualTo("2026-11-01");
        assertThat(offer.get("from").asText()).isEqualTo("LY/Zuwara");
        assertThat(offer.get("via").get(0).asText()).isEqualTo("TN");
        assertThat(offer.get("to").asText()).isEqualTo("IT/Lampedusa");
        assertThat(offer.get("transport").asText()).isEqualTo("boat");
        assertThat(offer.get("leads")).hasSize(1);
        assertThat(offer.get("status").asText()).isEqualTo("reported");

        assertThat(cli.run("offer", "list").out()).contains("LY/Zuwara → TN → IT/Lampedusa");
    }

    @Test
    void routesAndStatsCountTheOffers() throws IOException {
        cli.run("offer", "add", "--type", "travel", "--price", "1400", "--currency", "EUR", "--from", "FR/Calais", "--to", "GB");
        cli.run("offer", "add", "--type", "travel", "--price", "1000", "--currency", "EUR", "--from", "FR", "--to", "GB/Dover");
        cli.run("offer", "add", "--type", "documents", "--price", "800", "--currency", "EUR", "--unit", "document", "--from", "TR",
                "--to", "GR");
        JsonNode routes = JSON.readTree(cli.run("offer", "routes", "--json").out());
        assertThat(routes).as("the documents offer has a route but is not a crossing").hasSize(1);
        assertThat(routes.get(0).get("from").asText()).isEqualTo("FR");
        assertThat(routes.get(0).get("offers").asInt()).isEqualTo(2);
        assertThat(routes.get(0).get("medianEur").decimalValue()).isEqualByComparingTo("1200");

        JsonNode stats = JSON.readTree(cli.run("stats", "--json").out());
        assertThat(stats.get("offers").asInt()).isEqualTo(3);
        assertThat(stats.at("/incidents/travel").asInt()).isEqualTo(2);
        assertThat(stats.at("/incidents/documents").asInt()).isEqualTo(1);
        JsonNode channel = stats.get("routes").get(0);
        assertThat(channel.get("from").asText()).isEqualTo("FR");
        assertThat(channel.get("to").asText()).isEqualTo("GB");
        assertThat(channel.get("offers").asInt()).isEqualTo(2);
        assertThat(channel.get("minEur").asDouble()).isEqualTo(1000.0);
        assertThat(channel.get("medianEur").asDouble()).isEqualTo(1200.0);
        assertThat(channel.get("maxEur").asDouble()).isEqualTo(1400.0);
    }

    @Test
    void badInputExitsWithOneAndOneSentenceNamingTheField() {
        CliRun.Result unknownCurrency = cli.run("offer", "add", "--type", "travel", "--price", "1400", "--currency", "EUX",
                "--from", "FR", "--to", "GB");
        assertThat(unknownCurrency.code()).isEqualTo(1);
        assertThat(unknownCurrency.err().strip()).isEqualTo("The currency 'EUX' is not an ISO 4217 currency code (e.g. EUR, USD, GBP, LYD, TND, TRY).");
        assertThat(cli.run("offer", "add", "--type", "travel", "--price", "-1400", "--currency", "EUR", "--from", "FR", "--to", "GB")
                .err()).contains("price must be more than zero");
        CliRun.Result itself = cli.run("offer", "add", "--type", "travel", "--price", "1400", "--currency", "EUR", "--from", "FR",
                "--to", "FR");
        assertThat(itself.code()).isEqualTo(1);
        assertThat(itself.err()).contains("to itself");
        CliRun.Result place = cli.run("offer", "add", "--type", "travel", "--price", "1400", "--currency", "EUR", "--from", "LY/Atlantis",
                "--to", "IT");
        assertThat(place.err().strip()).isEqualTo("The place 'Atlantis' in from is not in the gazetteer for Libya (LY).");
        assertThat(cli.run("offer", "add", "--type", "cruise", "--price", "1", "--currency", "EUR", "--from", "LY", "--to", "IT").err())
                .contains("The type 'cruise' is not one of travel, documents, guidance, other.");
        assertThat(cli.run("offer", "add", "--type", "travel", "--price", "lots", "--currency", "EUR", "--from", "LY", "--to", "IT").err())
                .contains("The price 'lots' is not a number");
        assertThat(cli.run("offer", "list").out()).isEmpty();
    }

    @Test
    void aMissingOptionIsAUsageError() {
        CliRun.Result result = cli.run("offer", "add", "--type", "travel", "--price", "1400", "--from", "FR", "--to", "GB");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--currency");
    }

    @Test
    void ratesAreListedAndSetAndTheOldOfferKeepsItsRate() throws IOException {
        cli.run("offer", "add", "--type", "travel", "--price", "1000", "--currency", "USD", "--from", "TR/Izmir", "--to", "GR");
        JsonNode rates = JSON.readTree(cli.run("offer", "rates", "--json").out());
        assertThat(rates).anySatisfy(rate -> {
            assertThat(rate.get("currency").asText()).isEqualTo("LYD");
            assertThat(rate.get("date").asText()).isEqualTo("2026-11-01");
            assertThat(rate.get("source").asText()).isEqualTo("default");
        });
        CliRun.Result set = cli.run("offer", "rate", "set", "--currency", "USD", "--eur-per-unit", "0.95", "--date", "2026-12-01");
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(cli.run("offer", "rate", "set", "--currency", "USD", "--eur-per-unit", "-1").code()).isEqualTo(1);
        JsonNode usd = null;
        for (JsonNode rate : JSON.readTree(cli.run("offer", "rates", "--json").out())) {
            if (rate.get("currency").asText().equals("USD")) {
                usd = rate;
            }
        }
        assertThat(usd.get("eurPerUnit").decimalValue()).isEqualByComparingTo("0.95");
        assertThat(usd.get("source").asText()).isEqualTo("officer");
        cli.run("offer", "add", "--type", "travel", "--price", "1000", "--currency", "USD", "--from", "TR/Izmir", "--to", "GR");
        JsonNode offers = JSON.readTree(cli.run("offer", "list", "--json").out());
        assertThat(offers.get(0).get("priceEur").decimalValue()).isEqualByComparingTo("950");
        assertThat(offers.get(1).get("priceEur").decimalValue()).isEqualByComparingTo("860");
    }

    @Test
    void suggestPrintsOffersFromTextWithoutStoringThem() throws IOException {
        CliRun.Result result = cli.run("offer", "suggest", "--json", "Passage 🇱🇾➡️🇮🇹 en bateau, 3500 dinars par personne");
        assertThat(result.code()).as(result.err()).isZero();
        JsonNode suggestion = JSON.readTree(result.out()).get(0);
        assertThat(suggestion.get("type").asText()).isEqualTo("travel");
        assertThat(suggestion.at("/price/amount").decimalValue()).isEqualByComparingTo("3500");
        assertThat(suggestion.at("/price/currency").asText()).isEqualTo("LYD");
        assertThat(suggestion.at("/price/currencyNote").asText()).contains("LY");
        assertThat(suggestion.at("/route/from").asText()).isEqualTo("LY");
        assertThat(suggestion.at("/route/to").asText()).isEqualTo("IT");
        assertThat(suggestion.get("transport").asText()).isEqualTo("boat");
        assertThat(suggestion.get("unit").asText()).isEqualTo("per-person");

        cli.stdin = "Calais ➜ UK 1500 €";
        assertThat(cli.run("offer", "suggest", "-").out()).contains("1500 EUR").contains("FR/Calais → GB");
        assertThat(JSON.readTree(cli.run("offer", "list", "--json").out())).isEmpty();
    }

    @Test
    void anOfferCanBeConfirmedAndDeleted() throws IOException {
        String id = cli.run("offer", "add", "--type", "travel", "--price", "1400", "--currency", "EUR", "--from", "FR/Calais", "--to", "GB")
                .out().strip();
        CliRun.Result confirmed = cli.run("offer", "status", id, "confirmed");
        assertThat(confirmed.code()).as(confirmed.err()).isZero();
        JsonNode offer = JSON.readTree(cli.run("offer", "list", "--json").out()).get(0);
        assertThat(offer.get("status").asText()).isEqualTo("confirmed");
        assertThat(offer.get("version").asInt()).isEqualTo(2);
        assertThat(cli.run("offer", "status", id, "maybe").code()).isEqualTo(1);
        assertThat(cli.run("offer", "delete", id).code()).isZero();
        assertThat(JSON.readTree(cli.run("offer", "list", "--json").out())).isEmpty();
        CliRun.Result again = cli.run("offer", "delete", id);
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err().strip()).isEqualTo("The offer " + id + " was deleted.");
    }
}

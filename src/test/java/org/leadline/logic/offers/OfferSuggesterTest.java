package org.leadline.logic.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.leadline.model.OfferType;
import org.leadline.model.Place;
import org.leadline.model.PriceUnit;
import org.leadline.model.Transport;

class OfferSuggesterTest {
    private final OfferSuggester suggester = new OfferSuggester("FR");

    @Test
    void aPriceListUnderARouteHeadingGivesOneOfferPerLine() {
        String post = """
                🔥 Trips every week 🇱🇾➡️🇮🇹 by boat
                adult 3500$
                child 1500$

                Passports EU 2000€ each, WhatsApp +218 91 234 5678""";
        List<OfferSuggestion> offers = suggester.suggest(post);
        assertThat(offers).hasSize(3);
        OfferSuggestion adult = offers.get(0);
        assertThat(adult.type()).isEqualTo(OfferType.TRAVEL);
        assertThat(adult.price().amount()).isEqualByComparingTo(new BigDecimal("3500"));
        assertThat(adult.price().currency()).isEqualTo("USD");
        assertThat(adult.unit()).isEqualTo(PriceUnit.PER_PERSON);
        assertThat(adult.route().from()).isEqualTo(Place.country("LY"));
        assertThat(adult.route().to()).isEqualTo(Place.country("IT"));
        assertThat(adult.transport()).isEqualTo(Transport.BOAT);
        assertThat(offers.get(1).unit()).isEqualTo(PriceUnit.PER_CHILD);
        OfferSuggestion passports = offers.get(2);
        assertThat(passports.type()).isEqualTo(OfferType.DOCUMENTS);
        assertThat(passports.route()).as("another paragraph, and the post has one route only").isNotNull();
        assertThat(passports.offeredText()).startsWith("Passports EU");
    }

    @Test
    void eachSentenceOfALineIsReadForItsOwnOffer() {
        List<OfferSuggestion> offers = suggester.suggest(
                "Traversée 🇱🇾➡️🇮🇹 départ de Zuwara, 3500 dinars par personne. Passeport EU 2000€. Contact +218 91 234 5678");
        assertThat(offers).hasSize(2);
        assertThat(offers.get(0).type()).isEqualTo(OfferType.TRAVEL);
        assertThat(offers.get(0).unit()).isEqualTo(PriceUnit.PER_PERSON);
        assertThat(offers.get(1).type()).isEqualTo(OfferType.DOCUMENTS);
        assertThat(offers.get(1).unit()).isEqualTo(PriceUnit.PER_DOCUMENT);
    }

    @Test
    void guidanceAndDinghiesAreRecognised() {
        OfferSuggestion advice = suggester.suggest("Conseils: comment passer de Calais vers l'Angleterre, 200 €").get(0);
        assertThat(advice.type()).isEqualTo(OfferType.GUIDANCE);
        assertThat(advice.route().from()).isEqualTo(new Place("FR", "Calais"));

        OfferSuggestion dinghy = suggester.suggest("Boat leaving Dunkirk ➡️ UK on a small zodiac, 1400 € per person").get(0);
        assertThat(dinghy.transport()).isEqualTo(Transport.RUBBER_DINGHY);
        assertThat(dinghy.type()).isEqualTo(OfferType.TRAVEL);
    }

    @Test
    void aBareDinarFollowsTheCountriesOfThePostAndSaysSo() {
        OfferSuggestion offer = suggester.suggest("Sfax → Lampedusa, 3500 dinars, départ samedi").get(0);
        assertThat(offer.price().currency()).isEqualTo("TND");
        assertThat(offer.price().currencyNote()).contains("TN");
        OfferSuggestion region = new OfferSuggester("DZ").suggest("3500 dinars la place").get(0);
        assertThat(region.price().currency()).isEqualTo("DZD");
        assertThat(region.price().currencyNote()).contains("region");
    }

    @Test
    void aRouteWithoutAPriceStillGivesASuggestion() {
        List<OfferSuggestion> offers = suggester.suggest("Departures from Izmir to Greece every night, contact me");
        assertThat(offers).singleElement().satisfies(offer -> {
            assertThat(offer.price()).isNull();
            assertThat(offer.route().to()).isEqualTo(Place.country("GR"));
        });
        assertThat(suggester.suggest("Nothing to see here, call 06 12 34 56 78 in 2025")).isEmpty();
    }

    @Property(tries = 300)
    void neverThrowsAndKeepsSpansInsideTheText(@ForAll @StringLength(max = 400) String text) {
        for (OfferSuggestion offer : suggester.suggest(text)) {
            if (offer.price() != null) {
                assertThat(text.substring(offer.price().start(), offer.price().end())).isEqualTo(offer.price().raw());
            }
            assertThat(offer.start()).isBetween(0, text.length());
        }
    }

    @Property(tries = 200)
    void neverThrowsOnPriceAndRouteShapedNoise(@ForAll("noise") String text) {
        suggester.suggest(text);
        RouteFinder.find(text);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> noise() {
        return net.jqwik.api.Arbitraries.of("1", "٣", ".", ",", " ", "€", "$", "k", "dinars", "→", "➡️", "🇱🇾", "Libya", "de",
                "vers", "via", "(", ")", "\n", "+", "%", "/", ":", "millions", "de", "Tripoli", "إلى", "من", "ل", "Zuwara")
                .list().ofMaxSize(60).map(parts -> String.join("", parts));
    }

    @Test
    void aLongPasteIsReadInLinearTime() {
        String line = "Tripoli → Lampedusa 3500 € par personne, appeler +218 91 234 5678 le 12/03/2025 à 14:30\n";
        String small = line.repeat(500);
        String large = line.repeat(5_000);
        suggester.suggest(small);
        long started = System.nanoTime();
        List<OfferSuggestion> offers = suggester.suggest(large);
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(offers).hasSize(5_000);
        assertThat(seconds).as("430 KB of offers").isLessThan(5);
    }
}

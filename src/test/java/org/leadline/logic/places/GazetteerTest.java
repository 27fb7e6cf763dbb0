package org.leadline.logic.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leadline.model.Place;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.get();

    @Test
    void holdsEveryIso3166CountryWithItsNamesInFourLanguages() {
        assertThat(gazetteer.countries()).hasSizeGreaterThanOrEqualTo(249);
        Country libya = gazetteer.country("LY").orElseThrow();
        assertThat(libya.alpha3()).isEqualTo("LBY");
        assertThat(libya.english()).isEqualTo("Libya");
        assertThat(libya.french()).isEqualTo("Libye");
        assertThat(libya.italian()).isEqualTo("Libia");
        assertThat(libya.arabic()).isEqualTo("ليبيا");
        assertThat(libya.flag()).isEqualTo("🇱🇾");
    }

    @ParameterizedTest
    @CsvSource({"Libye,LY", "Libia,LY", "LBY,LY", "Turchia,TR", "Türkiye,TR", "Turkey,TR", "turquie,TR", "UK,GB", "U.K.,GB",
            "Britain,GB", "Angleterre,GB", "Inghilterra,GB", "إيطاليا,IT", "ايطاليا,IT", "اليونان,GR", "Grèce,GR", "GRECE,GR",
            "Royaume-Uni,GB", "Regno Unito,GB", "Côte d'Ivoire,CI", "cote d ivoire,CI", "المملكة المتحدة,GB"})
    void findsCountriesByAnyNameOrCode(String name, String alpha2) {
        assertThat(gazetteer.country(name)).map(Country::alpha2).contains(alpha2);
    }

    @Test
    void readsEmojiFlags() {
        assertThat(gazetteer.flag("🇮🇹")).map(Country::alpha2).contains("IT");
        assertThat(gazetteer.flag("🇬🇧")).map(Country::alpha2).contains("GB");
        assertThat(gazetteer.flag("IT")).isEmpty();
    }

    @Test
    void knowsTheRoutesPlacesWithCoordinatesInTheirCountry() {
        assertThat(gazetteer.places()).hasSizeGreaterThanOrEqualTo(80);
        for (GazetteerPlace place : gazetteer.places()) {
            assertThat(gazetteer.country(place.country())).as(place.name()).isPresent();
            assertThat(place.latitude()).as(place.name()).isBetween(-60.0, 75.0);
            assertThat(place.longitude()).as(place.name()).isBetween(-30.0, 100.0);
        }
        GazetteerPlace lampedusa = gazetteer.place("IT", "Lampedusa").orElseThrow();
        assertThat(lampedusa.latitude()).isCloseTo(35.5, org.assertj.core.data.Offset.offset(0.1));
        assertThat(gazetteer.place("FR", "Dunkerque")).map(GazetteerPlace::name).contains("Dunkirk");
        assertThat(gazetteer.place("LY", "زوارة")).map(GazetteerPlace::name).contains("Zuwara");
    }

    @Test
    void resolvesWrittenRoutePointsToTheGazetteersNames() {
        assertThat(gazetteer.resolve(Place.parse("ly/zouara"), "from")).isEqualTo(new Place("LY", "Zuwara"));
        assertThat(gazetteer.resolve(Place.parse("Libya"), "from")).isEqualTo(Place.country("LY"));
        assertThat(gazetteer.resolve(Place.parse("ITA/Lampedusa"), "to")).isEqualTo(new Place("IT", "Lampedusa"));
    }

    @Test
    void anUnknownCountryOrPlaceIsOneSentenceNamingTheField() {
        assertThatThrownBy(() -> gazetteer.resolve(Place.parse("XX"), "from"))
                .hasMessage("The country 'XX' in from is not an ISO 3166 country code or name.");
        assertThatThrownBy(() -> gazetteer.resolve(Place.parse("IT/Zuwara"), "to"))
                .hasMessage("The place 'Zuwara' in to is not in the gazetteer for Italy (IT).");
    }
}

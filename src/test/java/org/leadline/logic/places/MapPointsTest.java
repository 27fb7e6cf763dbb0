package org.leadline.logic.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.leadline.logic.places.CountryOutlines.Point;
import org.leadline.model.Place;

class MapPointsTest {
    @Test
    void countriesSitAtTheCentreOfTheirLargestPolygon() {
        Point libya = MapPoints.country("LY").orElseThrow();
        assertThat(libya.longitude()).isCloseTo(17.9, within(1.5));
        assertThat(libya.latitude()).isCloseTo(27.0, within(1.5));
        Point france = MapPoints.country("FR").orElseThrow();
        assertThat(france.longitude()).isCloseTo(2.5, within(1.5));
        assertThat(france.latitude()).isCloseTo(46.5, within(1.5));
    }

    @Test
    void placesSitAtTheirCoordinatesAndSmallCountriesAtTheirPlaces() {
        Point zuwara = MapPoints.of(new Place("LY", "Zuwara")).orElseThrow();
        assertThat(zuwara.longitude()).isCloseTo(12.08, within(0.2));
        assertThat(zuwara.latitude()).isCloseTo(32.93, within(0.2));
        Point malta = MapPoints.country("MT").orElseThrow();
        assertThat(malta.longitude()).isCloseTo(14.4, within(0.5));
        assertThat(malta.latitude()).isCloseTo(35.9, within(0.5));
        assertThat(MapPoints.country("XX")).isEmpty();
    }
}

package org.leadline.logic.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountryOutlinesTest {

    @Test
    void everyOutlineIsAClosedRingOfDegrees() {
        assertThat(CountryOutlines.countries()).hasSizeGreaterThan(170).contains("LY", "IT", "TR", "GR", "FR", "GB", "MA");
        for (String country : CountryOutlines.countries()) {
            for (CountryOutlines.Polygon polygon : CountryOutlines.of(country)) {
                List<CountryOutlines.Point> outer = polygon.outer();
                assertThat(outer.size()).as(country).isGreaterThanOrEqualTo(4);
                assertThat(outer.get(0)).as(country).isEqualTo(outer.get(outer.size() - 1));
                for (CountryOutlines.Point point : outer) {
                    assertThat(point.longitude()).isBetween(-180.0, 180.0);
                    assertThat(point.latitude()).isBetween(-90.0, 90.0);
                }
            }
        }
    }

    @Test
    void aPlaceLiesInsideItsCountrysOutline() {
        assertThat(inside("LY", 13.19, 32.80)).as("Tripoli in Libya").isTrue();
        assertThat(inside("TR", 32.85, 39.93)).as("Ankara in Türkiye").isTrue();
        assertThat(inside("IT", 13.19, 32.80)).as("Tripoli not in Italy").isFalse();
        assertThat(CountryOutlines.of("MT")).as("too small for 1:110m").isEmpty();
    }

    /** Even-odd ray casting over the outer rings. */
    private static boolean inside(String country, double lon, double lat) {
        for (CountryOutlines.Polygon polygon : CountryOutlines.of(country)) {
            List<CountryOutlines.Point> ring = polygon.outer();
            boolean in = false;
            for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                CountryOutlines.Point a = ring.get(i);
                CountryOutlines.Point b = ring.get(j);
                if ((a.latitude() > lat) != (b.latitude() > lat)
                        && lon < (b.longitude() - a.longitude()) * (lat - a.latitude()) / (b.latitude() - a.latitude()) + a.longitude()) {
                    in = !in;
                }
            }
            if (in) {
                return true;
            }
        }
        return false;
    }
}

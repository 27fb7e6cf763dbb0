package org.leadline.logic.selectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadline.model.LeadKind;

/** The benchmark helpers work and their corpus is what it claims to be; the speed itself is measured by bench. */
class SelectorBenchmarksTest {

    @Test
    void theCorpusIsReproducibleAndOfTheRequestedSize() {
        String a = SelectorBenchmarks.syntheticPosts(50_000, 1);
        assertThat(a).isEqualTo(SelectorBenchmarks.syntheticPosts(50_000, 1)).isNotEqualTo(SelectorBenchmarks.syntheticPosts(50_000, 2));
        assertThat(a.getBytes(StandardCharsets.UTF_8).length).isBetween(50_000, 52_000);
    }

    @Test
    void theCorpusHoldsEveryCommonKindInThreeLanguages() {
        String corpus = SelectorBenchmarks.syntheticPosts(100_000, 3);
        assertThat(corpus).contains("Trip").contains("Passage").contains("رحلة");
        List<Selector> found = new SelectorExtractor("FR").extract(corpus);
        assertThat(found).extracting(Selector::kind)
                .contains(LeadKind.PHONE, LeadKind.URL, LeadKind.HANDLE, LeadKind.EMAIL, LeadKind.IBAN, LeadKind.CRYPTO);
    }

    @Test
    void theMeasurementsReturnPositiveRates() {
        assertThat(SelectorBenchmarks.extractionMegabytesPerSecond(SelectorBenchmarks.syntheticPosts(20_000, 5), 2)).isPositive();
        assertThat(SelectorBenchmarks.normalisationsPerSecond(SelectorBenchmarks.syntheticValues(500, 5), 2)).isPositive();
    }

    @Test
    void syntheticValuesAllNormalise() {
        for (String value : SelectorBenchmarks.syntheticValues(300, 9)) {
            assertThat(SelectorNormalizer.normalize(value, null, "FR")).as(value).isNotEmpty();
        }
    }
}

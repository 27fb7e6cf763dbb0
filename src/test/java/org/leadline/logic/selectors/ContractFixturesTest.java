package org.leadline.logic.selectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadline.model.LeadKind;

/** The worked examples of the selectors contract (fixtures/selectors.tsv and fixtures/posts.txt). */
class ContractFixturesTest {

    static Stream<Arguments> selectorRows() {
        return FixtureTables.tsv("/fixtures/selectors.tsv").stream()
                .map(r -> Arguments.of(r[0], r[1], r[2], r[3], r[4], r[5]));
    }

    @ParameterizedTest(name = "{0} → {2} {3}")
    @MethodSource("selectorRows")
    void everyRowNormalisesToItsCanonicalValue(String input, String region, String kind, String canonical,
                                               String phoneRegion, String valid) {
        List<Selector> results = SelectorNormalizer.normalize(input, null, region);
        LeadKind expectedKind = LeadKind.fromWireName(kind);
        Selector match;
        if (expectedKind == LeadKind.HANDLE && results.get(0).kind() != LeadKind.HANDLE) {
            // a profile URL: the handle is among what it yields
            match = results.stream().filter(s -> s.kind() == LeadKind.HANDLE).findFirst().orElseThrow(
                    () -> new AssertionError("no handle among " + results));
        } else {
            match = results.get(0);
        }
        assertThat(match.kind()).isEqualTo(expectedKind);
        assertThat(match.canonical()).isEqualTo(canonical);
        assertThat(match.verified()).as("verified, reason %s", match.reason()).isTrue();
        if (expectedKind == LeadKind.PHONE) {
            assertThat(match.phone().region()).isEqualTo(phoneRegion);
            assertThat(match.phone().valid()).isEqualTo(Boolean.parseBoolean(valid));
        }
    }

    @ParameterizedTest(name = "{0} is idempotent")
    @MethodSource("selectorRows")
    void everyCanonicalValueNormalisesToItself(String input, String region, String kind, String canonical) {
        LeadKind k = LeadKind.fromWireName(kind);
        assertThat(SelectorNormalizer.normalize(canonical, null, region).get(0).canonical()).isEqualTo(canonical);
        assertThat(SelectorNormalizer.normalize(canonical, k, region).get(0).canonical()).isEqualTo(canonical);
    }

    static Stream<FixtureTables.Post> posts() {
        return FixtureTables.posts("/fixtures/posts.txt").stream();
    }

    @Test
    void thePostsFileHoldsPosts() {
        assertThat(posts()).hasSizeGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("posts")
    void everyPostYieldsExactlyTheExpectedSelectorsInOrder(FixtureTables.Post post) {
        List<Selector> found = new SelectorExtractor("FR").extract(post.text());
        assertThat(found).extracting(s -> s.kind().wireName() + " " + s.canonical())
                .containsExactlyElementsOf(post.expected());
        for (Selector s : found) {
            assertThat(post.text().substring(s.start(), s.end())).isEqualTo(s.raw());
            assertThat(s.verified()).isTrue();
        }
    }
}

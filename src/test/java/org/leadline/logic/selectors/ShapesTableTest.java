package org.leadline.logic.selectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadline.model.LeadKind;

/**
 * Real-world shapes of selectors from selectors/shapes.tsv. Each row: op, input, region, kind,
 * canonical, verified, detail. Ops:
 * <ul>
 * <li>{@code norm}: the first selector {@link SelectorNormalizer#normalize} returns for the input (kind detected);
 * <li>{@code yield}: any selector normalize returns (what a URL yields);
 * <li>{@code alone}: normalize returns exactly this one selector (an invite or post URL yields no handle);
 * <li>{@code find}: any selector {@link SelectorExtractor#extract} finds in the input;
 * <li>{@code none}: extract finds no selector of that kind in the input ({@code *}: none at all).
 * </ul>
 * detail: for phones {@code REGION/valid/lineType}; for crypto the chain; for handles {@code platform=...};
 * {@code ~text}: the reason contains text; {@code -}: nothing more.
 */
class ShapesTableTest {

    private static final String TABLE = "/selectors/shapes.tsv";

    static Stream<Arguments> rows() {
        return FixtureTables.tsv(TABLE).stream().map(r -> Arguments.of((Object) r));
    }

    @Test
    void theTableHoldsAtLeastTwoHundredShapes() {
        assertThat(FixtureTables.tsv(TABLE)).hasSizeGreaterThanOrEqualTo(200);
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("rows")
    void shape(String[] row) {
        assertThat(row).as("row needs 7 cells: %s", String.join(" | ", row)).hasSize(7);
        String op = row[0];
        String input = row[1];
        String region = row[2];
        String kind = row[3];
        String canonical = row[4];
        boolean verified = Boolean.parseBoolean(row[5]);
        String detail = row[6];
        switch (op) {
            case "norm" -> {
                List<Selector> results = SelectorNormalizer.normalize(input, null, region);
                assertThat(results).isNotEmpty();
                check(results.get(0), kind, canonical, verified, detail);
                assertThat(SelectorNormalizer.normalize(results.get(0).canonical(), null, region).get(0).canonical())
                        .as("idempotent").isEqualTo(results.get(0).canonical());
            }
            case "alone" -> {
                List<Selector> results = SelectorNormalizer.normalize(input, null, region);
                assertThat(results).as("yields nothing more: %s", describe(results)).hasSize(1);
                check(results.get(0), kind, canonical, verified, detail);
            }
            case "yield" -> checkAny(SelectorNormalizer.normalize(input, null, region), kind, canonical, verified, detail);
            case "find" -> {
                List<Selector> found = new SelectorExtractor(region).extract(input);
                checkAny(found, kind, canonical, verified, detail);
                for (Selector s : found) {
                    assertThat(input.substring(s.start(), s.end())).isEqualTo(s.raw());
                }
            }
            case "none" -> {
                List<Selector> found = new SelectorExtractor(region).extract(input);
                Predicate<Selector> ofKind = s -> kind.equals("*") || s.kind() == LeadKind.fromWireName(kind);
                assertThat(found.stream().filter(ofKind)).as("found in %s", input).isEmpty();
            }
            default -> throw new AssertionError("unknown op " + op);
        }
    }

    private static void checkAny(List<Selector> results, String kind, String canonical, boolean verified, String detail) {
        Selector match = results.stream()
                .filter(s -> s.kind().wireName().equals(kind) && s.canonical().equals(canonical))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + canonical + " among " + describe(results)));
        check(match, kind, canonical, verified, detail);
    }

    private static void check(Selector s, String kind, String canonical, boolean verified, String detail) {
        assertThat(s.kind().wireName() + " " + s.canonical()).as(describe(List.of(s))).isEqualTo(kind + " " + canonical);
        assertThat(s.verified()).as("verified of %s (reason %s)", s.canonical(), s.reason()).isEqualTo(verified);
        if (!verified) {
            assertThat(s.reason()).as("an unverified selector says why").isNotBlank();
        }
        if (detail.equals("-")) {
            return;
        }
        if (detail.startsWith("~")) {
            assertThat(s.reason()).contains(detail.substring(1));
        } else if (detail.startsWith("platform=")) {
            assertThat(s.platform()).isEqualTo(detail.substring("platform=".length()));
        } else if (s.kind() == LeadKind.PHONE) {
            String[] parts = detail.split("/");
            assertThat(s.phone().region()).isEqualTo(parts[0]);
            assertThat(s.phone().valid()).isEqualTo(Boolean.parseBoolean(parts[1]));
            if (parts.length > 2) {
                assertThat(s.phone().lineType()).isEqualTo(parts[2]);
            }
        } else if (s.kind() == LeadKind.CRYPTO) {
            assertThat(s.chain()).isEqualTo(detail);
        } else {
            throw new AssertionError("unknown detail " + detail);
        }
    }

    private static String describe(List<Selector> results) {
        StringBuilder b = new StringBuilder();
        for (Selector s : results) {
            b.append("\n  ").append(s.kind().wireName()).append(' ').append(s.canonical())
                    .append(s.verified() ? "" : " (unverified: " + s.reason() + ")");
        }
        return b.toString();
    }
}

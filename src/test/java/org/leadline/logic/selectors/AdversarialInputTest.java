package org.leadline.logic.selectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Extraction must stay linear whatever the text holds: no regular expression may backtrack over an
 * unbounded run, no detector may rescan the text per candidate. Each input is about a megabyte; the
 * bound is generous (a linear scan takes a fraction of it, a quadratic one would take hours).
 */
class AdversarialInputTest {

    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final int MB = 1 << 20;

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("100,000 @ signs", "@".repeat(100_000)),
                Arguments.of("1 MB of digits", "7".repeat(MB)),
                Arguments.of("1 MB of spaced digits", "1 ".repeat(MB / 2)),
                Arguments.of("1 MB of dotted digits", "06.".repeat(MB / 3)),
                Arguments.of("deeply nested brackets", "(".repeat(MB / 2) + ")".repeat(MB / 2)),
                Arguments.of("nested brackets around digits", "(1".repeat(MB / 4) + ")".repeat(MB / 4)),
                Arguments.of("long run of dots", ".".repeat(MB)),
                Arguments.of("long run of slashes", "/".repeat(MB)),
                Arguments.of("a URL with a megabyte of path", "https://example.com/" + "a/".repeat(MB / 2)),
                Arguments.of("a megabyte host", "a.".repeat(MB / 2) + "com/x"),
                Arguments.of("alternating mail and at", "a@".repeat(MB / 2)),
                Arguments.of("local part without domain", "a".repeat(MB) + "@example.com"),
                Arguments.of("handles glued together", "@abc".repeat(MB / 4)),
                Arguments.of("plus signs and digits", "+1 ".repeat(MB / 3)),
                Arguments.of("filler lines", ("<".repeat(44) + "\n").repeat(MB / 45)),
                Arguments.of("one huge filler line", "P<UTO" + "<".repeat(MB)),
                Arguments.of("hex run", "0x" + "a".repeat(MB)),
                Arguments.of("base58 run", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa".repeat(MB / 34)),
                Arguments.of("IBAN-like groups", "FR76 3000 ".repeat(MB / 10)),
                Arguments.of("repeated scheme", "http://".repeat(MB / 7)),
                Arguments.of("repeated www", "www.".repeat(MB / 4)),
                Arguments.of("platform words before at", "Telegram @".repeat(MB / 10)),
                Arguments.of("Arabic-Indic digits", "٠٦١٢".repeat(MB / 4)),
                Arguments.of("dates everywhere", "2025-10-17 ".repeat(MB / 11)),
                Arguments.of("many real phones", "+218 91 234 5678 ".repeat(MB / 17)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void extractionFinishesQuickly(String name, String text) {
        List<Selector> found = assertTimeoutPreemptively(BOUND, () -> new SelectorExtractor("FR").extract(text));
        assertThat(found).isNotNull();
    }

    @Property(tries = 20)
    void extractionOfAnyRepeatedFragmentFinishesQuickly(@ForAll("fragments") String fragment, @ForAll("sizes") int size) {
        IntFunction<String> text = n -> fragment.repeat(Math.max(1, n / fragment.length()));
        String input = text.apply(size);
        assertTimeoutPreemptively(BOUND, () -> new SelectorExtractor("TR").extract(input));
    }

    @Provide
    Arbitrary<String> fragments() {
        return Arbitraries.of("@", "9", "(", "<", ".", "/", "a@", "@a ", "1 ", "0.", "+", "x", "%", "-", "?u=", "https://a",
                "t.me/", "TG:", "00", "<<", "\n", " ", "٠");
    }

    @Provide
    Arbitrary<Integer> sizes() {
        return Arbitraries.of(64 * 1024, 256 * 1024, 512 * 1024);
    }
}

package org.leadline.ui.paste;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextPartsTest {
    @Test
    void aShortPostIsOnePart() {
        assertThat(TextParts.split("call +218 91 234 5678", List.of(), 100)).containsExactly(new TextParts.Part(0, 21));
    }

    @Test
    void partsCoverTheTextEndAtLineBreaksAndNeverCutASpan() {
        String line = "x".repeat(9) + "\n";
        String text = line.repeat(30);
        // A span across the first boundary (25) pushes the part to the span's end, then to the next line break.
        List<TextParts.Span> spans = List.of(new TextParts.Span(22, 34), new TextParts.Span(70, 75));
        List<TextParts.Part> parts = TextParts.split(text, spans, 25);
        assertThat(parts.get(0).start()).isZero();
        assertThat(parts.get(parts.size() - 1).end()).isEqualTo(text.length());
        for (int i = 1; i < parts.size(); i++) {
            assertThat(parts.get(i).start()).isEqualTo(parts.get(i - 1).end());
        }
        assertThat(parts.get(0).end()).isEqualTo(40);
        for (TextParts.Span span : spans) {
            assertThat(parts).anyMatch(part -> part.holds(span.start(), span.end()));
        }
        assertThat(parts).allMatch(part -> part.end() == text.length() || text.charAt(part.end() - 1) == '\n');
        assertThat(TextParts.partOf(parts, 72)).isEqualTo(parts.indexOf(parts.stream().filter(part -> part.holds(70, 75))
                .findFirst().orElseThrow()));
        assertThat(TextParts.partOf(parts, text.length() + 5)).isEqualTo(-1);
    }

    @Test
    void aPartDoesNotEndInsideASurrogatePair() {
        String text = "a".repeat(9) + "🚤" + "b".repeat(20);
        List<TextParts.Part> parts = TextParts.split(text, List.of(), 10);
        assertThat(parts.get(0).end()).isEqualTo(11);
    }

    @Test
    void millionsOfCharactersSplitQuickly() {
        String text = ("Call +218 91 234 5678 or t.me/ahmed_trips today\n").repeat(100_000);
        long started = System.nanoTime();
        List<TextParts.Part> parts = TextParts.split(text, List.of(new TextParts.Span(5, 21)), TextParts.PART_SIZE);
        assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);
        assertThat(parts.size()).isBetween(text.length() / (TextParts.PART_SIZE + TextParts.LINE_SLACK), text.length() / TextParts.PART_SIZE + 1);
    }
}

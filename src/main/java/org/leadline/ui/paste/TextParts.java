package org.leadline.ui.paste;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts a long post into parts the window can lay out without freezing (a chat export can have millions of
 * characters; a text flow of that size would take seconds). A part never cuts a selector's span or a surrogate
 * pair, and ends at a line break when one is near.
 */
final class TextParts {
    /** Characters shown at once. */
    static final int PART_SIZE = 20_000;
    /** How far past the size a part may run to end at a line break. */
    static final int LINE_SLACK = 2_000;

    /** A part of the text: [start, end). */
    record Part(int start, int end) {
        boolean holds(int start, int end) {
            return start >= this.start && end <= this.end;
        }

        int length() {
            return end - start;
        }
    }

    /** A span of a selector in the text: [start, end). */
    record Span(int start, int end) {
    }

    private TextParts() {
    }

    static List<Part> split(String text, List<Span> spans, int size) {
        List<Part> parts = new ArrayList<>();
        int length = text.length();
        if (length <= size) {
            parts.add(new Part(0, length));
            return parts;
        }
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start));
        int next = 0;
        int reach = 0;
        int start = 0;
        while (start < length) {
            int end = Math.min(length, start + size);
            int previous = -1;
            while (end < length && end != previous) {
                previous = end;
                while (next < sorted.size() && sorted.get(next).start() < end) {
                    reach = Math.max(reach, sorted.get(next).end());
                    next++;
                }
                if (reach > end) {
                    end = Math.min(length, reach);
                    continue;
                }
                int lineBreak = text.indexOf('\n', end - 1);
                if (lineBreak >= 0 && lineBreak + 1 > end && lineBreak + 1 - end <= LINE_SLACK) {
                    end = lineBreak + 1;
                }
            }
            if (end < length && Character.isHighSurrogate(text.charAt(end - 1))) {
                end++;
            }
            parts.add(new Part(start, end));
            start = end;
        }
        return parts;
    }

    /** The index of the part where a span starts, or -1. */
    static int partOf(List<Part> parts, int spanStart) {
        int low = 0;
        int high = parts.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Part part = parts.get(middle);
            if (spanStart < part.start()) {
                high = middle - 1;
            } else if (spanStart >= part.end()) {
                low = middle + 1;
            } else {
                return middle;
            }
        }
        return -1;
    }
}

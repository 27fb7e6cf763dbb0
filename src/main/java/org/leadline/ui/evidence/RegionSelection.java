package org.leadline.ui.evidence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The arithmetic of a screen-region capture: the rectangle the officer dragged over the frozen screen, in the
 * overlay's coordinates, becomes a pixel rectangle of the screenshot (whose pixels may be denser than the overlay's
 * on a HiDPI screen), clamped to the picture. Too small a drag is a click, not a region.
 */
public final class RegionSelection {
    /** Narrower or lower than this many screenshot pixels: not a region (a click, or a shaky hand). */
    static final int MIN_SIDE = 4;
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'")
            .withZone(ZoneOffset.UTC);

    private RegionSelection() {
    }

    /** A rectangle of screenshot pixels. */
    public record Box(int x, int y, int width, int height) {
    }

    /**
     * @param x1 y1 x2 y2          the drag's two corners in overlay coordinates, in any order, possibly off the overlay
     * @param viewWidth viewHeight the overlay's size (the screen's in its own units)
     * @param imageWidth imageHeight the screenshot's size in pixels
     */
    public static Optional<Box> crop(double x1, double y1, double x2, double y2, double viewWidth, double viewHeight,
                                     int imageWidth, int imageHeight) {
        if (viewWidth <= 0 || viewHeight <= 0 || imageWidth <= 0 || imageHeight <= 0) {
            return Optional.empty();
        }
        double scaleX = imageWidth / viewWidth;
        double scaleY = imageHeight / viewHeight;
        int left = clamp((int) Math.floor(Math.min(x1, x2) * scaleX), imageWidth);
        int top = clamp((int) Math.floor(Math.min(y1, y2) * scaleY), imageHeight);
        int right = clamp((int) Math.ceil(Math.max(x1, x2) * scaleX), imageWidth);
        int bottom = clamp((int) Math.ceil(Math.max(y1, y2) * scaleY), imageHeight);
        if (right - left < MIN_SIDE || bottom - top < MIN_SIDE) {
            return Optional.empty();
        }
        return Optional.of(new Box(left, top, right - left, bottom - top));
    }

    /** The whole screenshot (Enter before any drag). */
    public static Box whole(int imageWidth, int imageHeight) {
        return new Box(0, 0, imageWidth, imageHeight);
    }

    /** "screen-2026-12-01T14-03-55Z.png": UTC, sortable, and without the colons some file systems refuse. */
    public static String fileName(Instant at) {
        return "screen-" + NAME_TIME.format(at) + ".png";
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(max, value));
    }
}

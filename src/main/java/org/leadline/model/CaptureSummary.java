package org.leadline.model;

import java.time.Instant;
import java.util.UUID;

/** A row of the evidence grid: enough to draw a tile and its badges without reading the blob. */
public record CaptureSummary(
        UUID id,
        String sha256,
        String originalName,
        String mediaType,
        long size,
        Integer width,
        Integer height,
        Instant capturedAt,
        boolean hasPreview,
        boolean exifWarning,
        UUID derivedFrom,
        Capture.Derivation derivation) {
}

package org.leadline.model;

import java.time.Instant;
import java.util.UUID;

/**
 * One piece of evidence as it was captured: a screenshot, a document image, a PDF. The original bytes never change;
 * crops, redactions and annotations are captures of their own that name their original in {@code derivedFrom}.
 *
 * @param sha256       hex SHA-256 of the original bytes, computed while they were read at capture
 * @param mediaType    detected from the content, never from the file name
 * @param width        pixel width, or null where the content is not an image ImageIO can read
 * @param timeZone     the officer's time zone at capture (captured-at itself is UTC)
 * @param origin       fingerprint of the capturing officer's signing key
 * @param exif         camera metadata worth a warning (time, position, software), or {@link ExifSummary#NONE}
 * @param previewIssue why the viewer shows "no preview", or null
 */
public record Capture(
        UUID id,
        UUID operationId,
        String sha256,
        String originalName,
        String mediaType,
        long size,
        Integer width,
        Integer height,
        Instant capturedAt,
        String timeZone,
        UUID officerId,
        String origin,
        String toolVersion,
        String sourceUrl,
        String platform,
        String note,
        UUID derivedFrom,
        Derivation derivation,
        ExifSummary exif,
        String metadataJson,
        String previewIssue,
        long version,
        Instant createdAt,
        Instant updatedAt,
        boolean deleted) {

    /** What a derived capture did to its original. */
    public enum Derivation {
        CROP, REDACTION, ANNOTATION;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The camera metadata an officer must be warned about: it may place or date the picture, or name its editor. */
    public record ExifSummary(String cameraTime, Double latitude, Double longitude, String software) {
        public static final ExifSummary NONE = new ExifSummary(null, null, null, null);

        public boolean hasPosition() {
            return latitude != null && longitude != null;
        }

        /** Time or position found: both can identify or endanger a person, and both may be false. */
        public boolean warrantsWarning() {
            return cameraTime != null || hasPosition();
        }
    }

    public boolean hasPreview() {
        return previewIssue == null && width != null;
    }

    public boolean isOriginal() {
        return derivedFrom == null;
    }
}

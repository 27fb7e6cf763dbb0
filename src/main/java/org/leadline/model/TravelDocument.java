package org.leadline.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One officer's record of a travel or ID document: the holder's fields typed or read from the machine-readable zone,
 * the zone itself with each check digit's result, and the captured images of the document (capture ids).
 * Only its origin edits it, raising the version; a deletion is a tombstone.
 *
 * @param mrz      the zone's lines as read (upper case, no spaces, separated by line breaks), null when typed by hand
 * @param checks   the zone's check digits in the order of the zone; empty when typed by hand
 * @param imageIds capture records of the document's images, in the order they were linked
 */
public record TravelDocument(
        UUID id,
        UUID operationId,
        DocumentType type,
        String issuingCountry,
        String number,
        String surname,
        String givenNames,
        String nationality,
        LocalDate birthDate,
        String sex,
        LocalDate expiryDate,
        String mrz,
        List<CheckDigit> checks,
        List<UUID> imageIds,
        String note,
        String origin,
        long version,
        Instant createdAt,
        Instant updatedAt,
        boolean deleted) {

    public TravelDocument {
        checks = List.copyOf(checks);
        imageIds = List.copyOf(imageIds);
    }

    /** The canonical value of the document lead it yields, {@code <type>:<issuer>:<number>}. */
    public String canonical() {
        return type.selectorType() + ":" + issuingCountry + ":" + number;
    }

    /** Whether the record came with a zone whose check digits do not all agree. */
    public boolean hasFailedCheck() {
        return checks.stream().anyMatch(check -> !check.ok());
    }

    public TravelDocument withImages(List<UUID> images, Instant now) {
        return new TravelDocument(id, operationId, type, issuingCountry, number, surname, givenNames, nationality, birthDate,
                sex, expiryDate, mrz, checks, images, note, origin, version + 1, createdAt, now, deleted);
    }

    public TravelDocument asTombstone(Instant now) {
        return new TravelDocument(id, operationId, type, issuingCountry, number, surname, givenNames, nationality, birthDate,
                sex, expiryDate, mrz, checks, imageIds, note, origin, version + 1, createdAt, now, true);
    }
}

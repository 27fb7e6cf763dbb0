package org.leadline.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of the face-check ledger: a captured face image checked against a system, with its result. The officer who
 * checked is the record's origin; only they edit it, raising the version; a deletion is a tombstone.
 *
 * @param imageId   the capture record of the face image
 * @param system    the system it was checked in, one of the configured names at the time
 * @param reference the system's case or request reference, null when none
 * @param checkedOn the day of the check
 */
public record FaceCheck(
        UUID id,
        UUID operationId,
        UUID imageId,
        String system,
        FaceCheckResult result,
        String reference,
        LocalDate checkedOn,
        String note,
        String origin,
        long version,
        Instant createdAt,
        Instant updatedAt,
        boolean deleted) {

    public FaceCheck withOutcome(FaceCheckResult newResult, String newReference, String newNote, Instant now) {
        return new FaceCheck(id, operationId, imageId, system, newResult, newReference, checkedOn, newNote, origin, version + 1,
                createdAt, now, false);
    }

    public FaceCheck asTombstone(Instant now) {
        return new FaceCheck(id, operationId, imageId, system, result, reference, checkedOn, note, origin, version + 1,
                createdAt, now, true);
    }
}

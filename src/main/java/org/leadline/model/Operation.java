package org.leadline.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An action day (or a training exercise): the leads of one operation never mix with another's. */
public record Operation(UUID id, String name, String defaultRegion, LocalDate startsOn, LocalDate endsOn, Instant createdAt) {
}

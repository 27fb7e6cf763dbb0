package org.leadline.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Option values the commands parse themselves, so that a bad one is one sentence naming the option. */
final class Values {
    private Values() {
    }

    static LocalDate date(String value, String option) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " '" + value + "' is not a date written YYYY-MM-DD.");
        }
    }

    static UUID uuid(String value, String option) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " '" + value + "' is not a capture id (a UUID).");
        }
    }

    /** A record id given on the command line: {@code what} names it ("The document id"). */
    static UUID id(String value, String what) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " '" + value + "' is not a UUID.");
        }
    }
}

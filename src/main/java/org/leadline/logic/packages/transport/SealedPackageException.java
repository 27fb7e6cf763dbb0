package org.leadline.logic.packages.transport;

import java.util.List;

/**
 * A sealed package that cannot be opened: one sentence for the officer, and why, so that a window or the command line
 * can tell "not for you" (ask the sender to seal it for you too) from "damaged" (ask for the file again). No output
 * file exists when it is thrown.
 */
public final class SealedPackageException extends RuntimeException {
    public enum Reason {
        /** The file does not start with the sealed-package magic: a plain package, or something else. */
        NOT_SEALED,
        /** The header is malformed or out of bounds, or the content does not authenticate: altered, cut or corrupted. */
        DAMAGED,
        /** The package is sealed for other officers only. */
        NOT_A_RECIPIENT
    }

    private final Reason reason;
    private final List<String> recipients;

    SealedPackageException(Reason reason, String message) {
        this(reason, message, List.of(), null);
    }

    SealedPackageException(Reason reason, String message, Throwable cause) {
        this(reason, message, List.of(), cause);
    }

    SealedPackageException(Reason reason, String message, List<String> recipients, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.recipients = List.copyOf(recipients);
    }

    public Reason reason() {
        return reason;
    }

    /** For {@link Reason#NOT_A_RECIPIENT}: the fingerprints the package is sealed for, as its header lists them. */
    public List<String> recipients() {
        return recipients;
    }
}

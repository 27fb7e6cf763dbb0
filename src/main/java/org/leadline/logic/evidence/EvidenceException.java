package org.leadline.logic.evidence;

/** A file that cannot become evidence, or stored evidence that no longer holds: the message is one sentence for the officer. */
public final class EvidenceException extends IllegalArgumentException {
    public EvidenceException(String message) {
        super(message);
    }

    public EvidenceException(String message, Throwable cause) {
        super(message, cause);
    }
}

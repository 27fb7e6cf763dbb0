package org.leadline.logic.workspace;

/** The workspace cannot be created, opened or unlocked; the message is one sentence for the officer. */
public final class WorkspaceException extends RuntimeException {

    /** Why, so that the command line can choose its exit code and the window its screen. */
    public enum Reason { NOT_FOUND, ALREADY_EXISTS, WRONG_PASSPHRASE, LOCKED, DAMAGED }

    private final Reason reason;

    public WorkspaceException(Reason reason, String message) {
        this(reason, message, null);
    }

    public WorkspaceException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

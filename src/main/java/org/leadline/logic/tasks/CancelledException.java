package org.leadline.logic.tasks;

/** The officer cancelled long work; what was committed before stays, the batch under way was rolled back. */
public final class CancelledException extends RuntimeException {
    public CancelledException(String message) {
        super(message);
    }
}

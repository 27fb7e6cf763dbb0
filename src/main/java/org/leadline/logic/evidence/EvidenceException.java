package org.leadline.logic.evidence;

/** A file that cannot become evidence, or stored evidence that no longer holds: the message is one sentence for the officer. */
public final class EvidenceException extends IllegalArgumentException {
    static final String KEEP_HINT = "; to keep it as evidence without a preview, attach it again with 'keep broken images'.";

    private final String problem;
    private final boolean keepable;

    public EvidenceException(String message) {
        this(message, null, message, false);
    }

    public EvidenceException(String message, Throwable cause) {
        this(message, cause, message, false);
    }

    private EvidenceException(String message, Throwable cause, String problem, boolean keepable) {
        super(message, cause);
        this.problem = problem;
        this.keepable = keepable;
    }

    /** A damaged or incomplete image that may still be kept as evidence without a preview (Context.keepingBroken()). */
    static EvidenceException keepable(String problem) {
        return new EvidenceException(problem + KEEP_HINT, null, problem, true);
    }

    /** True when attaching again with {@code keepingBroken()} would keep the file; a window offers that as a button. */
    public boolean keepable() {
        return keepable;
    }

    /** What is wrong, without the command line's hint on how to keep it anyway (a window words that itself). */
    public String problem() {
        return problem;
    }
}

package org.leadline.logic.packages;

/**
 * A package that failed verification: the step of the contract it failed, the entry concerned (or null when the
 * package as a whole is at fault) and one sentence saying what is wrong. Nothing has been written when it is thrown.
 */
public final class PackageRefusedException extends RuntimeException {
    /** The verification steps of package-format.md, in order, and the import checks that follow them. */
    public enum Step {
        ARCHIVE("archive"),
        SIGNATURE("signature"),
        TRUST("trust"),
        COMPLETENESS("completeness"),
        CONTENT("content"),
        /** The package is sound but may not enter this workspace (another kind of operation, a training package). */
        ADMISSION("admission");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Step step;
    private final String entry;

    public PackageRefusedException(Step step, String entry, String message) {
        this(step, entry, message, null);
    }

    public PackageRefusedException(Step step, String entry, String message, Throwable cause) {
        super(message, cause);
        this.step = step;
        this.entry = entry;
    }

    public Step step() {
        return step;
    }

    /** The archive entry at fault, or null. */
    public String entry() {
        return entry;
    }

    /** "Refused at step 1 (archive), entry blobs/…: …" — the sentence the CLI prints and the wizard shows. */
    public String describe() {
        return "Refused at step " + (step.ordinal() + 1) + " (" + step.label() + ")"
                + (entry == null ? "" : ", entry " + entry) + ": " + getMessage();
    }
}

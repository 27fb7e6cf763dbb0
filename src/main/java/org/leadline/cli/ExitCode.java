package org.leadline.cli;

/** The command line's exit codes, as documented in the README. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int PACKAGE_REFUSED = 3;
    public static final int WORKSPACE_UNAVAILABLE = 4;

    private ExitCode() {
    }
}

package org.newsum.app;

/**
 * The exit codes every newsum command uses, and their help lines: 0 done, 1 bad input (nothing or nothing useful
 * written), 2 bad options, 3 a batch where some clusters failed and the others were written.
 */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int INPUT = 1;
    public static final int OPTIONS = 2;
    public static final int SOME_FAILED = 3;

    public static final String HEADING = "%nExit codes:%n";
    public static final String HELP_OK = "0:done";
    public static final String HELP_INPUT = "1:bad input, or nothing could be done with it (one line on stderr says why)";
    public static final String HELP_OPTIONS = "2:bad options (one line on stderr says which)";
    public static final String HELP_SOME_FAILED = "3:a dataset where some clusters failed: each has its error in the output "
            + "and on stderr, the others have their briefs";

    private ExitCodes() {
    }
}

package it.policydoc.cli;

/** What the process tells its caller (scripts, CI). Usage errors are picocli's 2. */
final class ExitCodes {

    static final int OK = 0;
    static final int INPUT_ERRORS = 1;
    /** A wrong command line, as picocli reports its own. */
    static final int USAGE = 2;
    static final int INTERNAL_ERROR = 3;

    private ExitCodes() {
    }
}

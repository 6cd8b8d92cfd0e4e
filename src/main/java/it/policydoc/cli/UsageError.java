package it.policydoc.cli;

import picocli.CommandLine;

/** A wrong command line found by policydoc itself, with a message already in the user's language. */
final class UsageError extends CommandLine.ParameterException {

    private static final long serialVersionUID = 1L;

    UsageError(CommandLine commandLine, String message) {
        super(commandLine, message);
    }
}

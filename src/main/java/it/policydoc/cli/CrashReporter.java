package it.policydoc.cli;

import it.policydoc.diag.DiagnosticFormatter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine;

/**
 * A bug in policydoc (not in the input) gets a short message and the stack trace in a file,
 * so a clerk can send it to whoever maintains the tool instead of reading it.
 */
final class CrashReporter implements CommandLine.IExecutionExceptionHandler {

    private final PrintWriter err;
    private final Locale locale;

    CrashReporter(PrintWriter err, Locale locale) {
        this.err = err;
        this.locale = locale;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        DiagnosticFormatter formatter = new DiagnosticFormatter(locale);
        String summary = ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
        try {
            Path log = Files.createTempFile("policydoc-errore-", ".log");
            StringWriter trace = new StringWriter();
            ex.printStackTrace(new PrintWriter(trace));
            Files.writeString(log, trace.toString(), StandardCharsets.UTF_8);
            err.println(formatter.text("cli.crash", summary, log));
        } catch (IOException logFailure) {
            err.println(formatter.text("cli.crash-no-log", summary));
        }
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }
}

package it.policydoc.cli;

import it.policydoc.diag.Diagnostic;
import it.policydoc.diag.DiagnosticFormatter;
import it.policydoc.diag.Severity;
import java.io.PrintWriter;
import java.util.List;

/** Prints diagnostics, sorted by file and line, and a closing count of errors and warnings. */
final class DiagnosticPrinter {

    private final DiagnosticFormatter formatter;

    DiagnosticPrinter(DiagnosticFormatter formatter) {
        this.formatter = formatter;
    }

    void print(List<Diagnostic> diagnostics, PrintWriter err) {
        diagnostics.stream().sorted(Diagnostic.BY_POSITION).map(formatter::format).forEach(err::println);
        if (!diagnostics.isEmpty()) {
            long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
            err.println(formatter.text("summary", errors, diagnostics.size() - errors));
        }
        err.flush();
    }
}

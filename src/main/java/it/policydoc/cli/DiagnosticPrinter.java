package it.policydoc.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.policydoc.diag.Diagnostic;
import it.policydoc.diag.DiagnosticFormatter;
import it.policydoc.diag.Severity;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints diagnostics sorted by file and line: as lines for people, followed by a count of errors
 * and warnings, or as one JSON object per line for editors and CI.
 */
final class DiagnosticPrinter {

    private final DiagnosticFormatter formatter;
    private final ObjectMapper json = new ObjectMapper();

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

    /** {"file":…,"line":…,"column":…,"severity":…,"code":…,"message":…}, one per line. */
    void printJson(List<Diagnostic> diagnostics, PrintWriter out) {
        for (Diagnostic d : diagnostics.stream().sorted(Diagnostic.BY_POSITION).toList()) {
            ObjectNode line = json.createObjectNode()
                    .put("file", d.pos().file().toString().replace('\\', '/'))
                    .put("line", d.pos().line())
                    .put("column", d.pos().column())
                    .put("severity", d.severity().label())
                    .put("code", d.code())
                    .put("message", formatter.message(d));
            try {
                out.println(json.writeValueAsString(line));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write a diagnostic as JSON", e);
            }
        }
        out.flush();
    }
}

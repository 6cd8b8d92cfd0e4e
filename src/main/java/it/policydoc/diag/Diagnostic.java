package it.policydoc.diag;

import it.policydoc.model.SourcePos;
import java.util.Comparator;
import java.util.List;

/**
 * One problem found in the input, as a value. The text is produced only when printed, from the
 * message bundle entry named by {@code code}, so that the same diagnostic reads in Italian or in
 * English.
 *
 * @param code a stable kebab-case identifier such as {@code unknown-key}
 * @param args the values that fill the message's placeholders, in order
 */
public record Diagnostic(Severity severity, String code, SourcePos pos, List<String> args) {

    /** File, then line, then column: the order in which a reader fixes things. */
    public static final Comparator<Diagnostic> BY_POSITION = Comparator
            .comparing((Diagnostic d) -> d.pos().file().toString())
            .thenComparingInt(d -> d.pos().line())
            .thenComparingInt(d -> d.pos().column())
            .thenComparing(Diagnostic::code);

    public Diagnostic {
        args = List.copyOf(args);
    }

    public static Diagnostic error(String code, SourcePos pos, String... args) {
        return new Diagnostic(Severity.ERROR, code, pos, List.of(args));
    }

    public static Diagnostic warning(String code, SourcePos pos, String... args) {
        return new Diagnostic(Severity.WARNING, code, pos, List.of(args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public static boolean anyError(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}

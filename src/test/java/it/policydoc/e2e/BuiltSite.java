package it.policydoc.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;

import it.policydoc.pipeline.PolicyBuild;
import it.policydoc.diag.DiagnosticFormatter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Builds the bundled policies into a folder, as {@code ./policydoc build} does, for end-to-end tests. */
public final class BuiltSite {

    public static final Path POLICIES = Path.of("policies");

    private BuiltSite() {
    }

    public static Path build(Path out) throws IOException {
        PolicyBuild.Outcome outcome = new PolicyBuild().build(List.of(POLICIES), out);
        DiagnosticFormatter formatter = new DiagnosticFormatter(Locale.ENGLISH);
        assertFalse(outcome.hasErrors(), () -> "the bundled policies have errors:\n"
                + outcome.diagnostics().stream().map(formatter::format).collect(Collectors.joining("\n")));
        return out;
    }
}

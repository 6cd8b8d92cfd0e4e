package it.policydoc.cli;

import it.policydoc.diag.DiagnosticFormatter;
import it.policydoc.importing.source.DroppedLine;
import it.policydoc.diag.Severity;
import it.policydoc.model.Outline;
import it.policydoc.model.Unit;
import it.policydoc.pipeline.PolicyImport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code policydoc import FILE}: a policy in Word, LibreOffice, PDF, HTML or text becomes a YAML draft. */
@Command(name = "import", aliases = "importa", mixinStandardHelpOptions = true, sortOptions = false,
        usageHelpAutoWidth = true)
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    private PolicydocCommand parent;

    @Parameters(paramLabel = "FILE", descriptionKey = "import.file")
    private Path file;

    @Option(names = "--comune", paramLabel = "DIR", descriptionKey = "import.comune")
    private Path comune;

    @Option(names = "--as", paramLabel = "NAME", descriptionKey = "import.as")
    private String name;

    @Option(names = "--force", descriptionKey = "import.force")
    private boolean force;

    @Override
    public Integer call() {
        DiagnosticFormatter formatter = new DiagnosticFormatter(parent.locale());
        PolicyImport.Outcome outcome;
        try {
            outcome = new PolicyImport().run(new PolicyImport.Request(file, Optional.ofNullable(comune),
                    Optional.ofNullable(name), force));
        } catch (PolicyImport.Refused refused) {
            parent.err().println(file.toString().replace('\\', '/') + ": " + Severity.ERROR.label() + ": "
                    + refused.note().key() + " " + formatter.text(refused.note().key(), refused.note().args().toArray()));
            parent.err().flush();
            return ExitCodes.INPUT_ERRORS;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<DroppedLine> dropped = outcome.dropped();
        if (!dropped.isEmpty()) {
            parent.out().println(formatter.text("import.dropped-title", dropped.size()));
            dropped.forEach(d -> parent.out().println("  " + PolicyImport.describe(formatter, d)));
        }
        if (!outcome.unresolved().isEmpty()) {
            parent.out().println(formatter.text("import.unresolved-title", outcome.unresolved().size()));
            outcome.unresolved().forEach(r -> parent.out().println("  «" + r + "»"));
        }
        List<Unit> units = Outline.of(outcome.policy()).units();
        parent.out().println(formatter.text("import.done", outcome.policyFile(), count(units, Unit.Kind.ARTICLE),
                count(units, Unit.Kind.COMMA), count(units, Unit.Kind.POINT), count(units, Unit.Kind.SECTION)));
        outcome.comuneFile().ifPresent(f -> parent.out().println(formatter.text("import.comune-written", f)));
        parent.out().println(formatter.text("import.next", outcome.policyFile().getParent()));
        parent.out().flush();
        return ExitCodes.OK;
    }

    private static long count(List<Unit> units, Unit.Kind kind) {
        return units.stream().filter(u -> u.kind() == kind).count();
    }
}

package it.policydoc.cli;

import it.policydoc.diag.DiagnosticFormatter;
import it.policydoc.pipeline.PolicyBuild;
import it.policydoc.pipeline.VersionComparison;
import it.policydoc.render.diff.SideBySideViewBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code policydoc diff A [B] [--out DIR]}: what changed between two texts of a policy; with a
 * policy file alone, between its text in force and the file.
 */
@Command(name = "diff", aliases = "confronta", mixinStandardHelpOptions = true, sortOptions = false,
        usageHelpAutoWidth = true)
final class DiffCommand implements Callable<Integer> {

    @ParentCommand
    private PolicydocCommand parent;

    @Parameters(index = "0", paramLabel = "A", descriptionKey = "diff.older")
    private Path older;

    @Parameters(index = "1", arity = "0..1", paramLabel = "B", descriptionKey = "diff.newer")
    private Optional<Path> newer;

    @Option(names = "--out", paramLabel = "DIR", descriptionKey = "diff.out")
    private Optional<Path> out;

    @Override
    public Integer call() {
        DiagnosticFormatter formatter = new DiagnosticFormatter(parent.locale());
        DiagnosticPrinter printer = new DiagnosticPrinter(formatter);
        VersionComparison.Outcome outcome;
        try {
            outcome = new VersionComparison(new PolicyBuild(1)).compare(older, newer, out);
        } catch (IOException e) {
            parent.err().println(formatter.text("cli.write-failed", out.map(Path::toString).orElse(""), e.getMessage()));
            return ExitCodes.INPUT_ERRORS;
        }
        printer.print(outcome.diagnostics(), parent.err());
        if (outcome.comparison().isEmpty()) {
            return ExitCodes.INPUT_ERRORS;
        }
        List<SideBySideViewBuilder.ChangeGroup> groups = SideBySideViewBuilder.groups(outcome.comparison().get());
        if (groups.isEmpty()) {
            parent.out().println(formatter.text("cli.diff-same"));
        }
        for (SideBySideViewBuilder.ChangeGroup group : groups) {
            String places = group.places().stream()
                    .map(p -> p.movedFrom().map(from -> formatter.text("cli.diff-moved-from", p.address(), from))
                            .orElse(p.address()))
                    .collect(Collectors.joining("; "));
            parent.out().println(formatter.text("cli.diff-change." + group.noun() + "."
                    + group.change().name().toLowerCase(Locale.ROOT), group.places().size(), places));
        }
        outcome.written().forEach(f -> parent.out().println(formatter.text("cli.diff-written", f)));
        return ExitCodes.OK;
    }
}

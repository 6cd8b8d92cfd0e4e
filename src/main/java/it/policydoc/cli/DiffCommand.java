package it.policydoc.cli;

import it.policydoc.diag.DiagnosticFormatter;
import it.policydoc.pipeline.PolicyBuild;
import it.policydoc.pipeline.VersionComparison;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
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
        if (outcome.summary().isEmpty()) {
            parent.out().println(formatter.text("cli.diff-same"));
        }
        outcome.summary().forEach(parent.out()::println);
        outcome.written().forEach(f -> parent.out().println(formatter.text("cli.diff-written", f)));
        return ExitCodes.OK;
    }
}

package it.policydoc.cli;

import it.policydoc.pipeline.PolicyBuild;
import it.policydoc.diag.DiagnosticFormatter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code policydoc check}: reads and checks the policies, writes nothing. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    private PolicydocCommand parent;

    @Mixin
    private Inputs inputs;

    @Mixin
    private ReportFormat format;

    @Override
    public Integer call() {
        DiagnosticFormatter formatter = new DiagnosticFormatter(parent.locale());
        PolicyBuild build = new PolicyBuild();
        try {
            build.recover(Path.of(BuildCommand.DEFAULT_OUT));
        } catch (IOException e) {
            // Checking does not depend on it; the next build tries again and reports what fails.
        }
        PolicyBuild.Outcome outcome = build.check(inputs.orDefault());
        DiagnosticPrinter printer = new DiagnosticPrinter(formatter);
        if (format.json()) {
            // Standard output carries the JSON lines only, for the program that reads them.
            printer.printJson(outcome.diagnostics(), parent.out());
            return outcome.hasErrors() ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
        }
        printer.print(outcome.diagnostics(), parent.err());
        if (outcome.hasErrors()) {
            return ExitCodes.INPUT_ERRORS;
        }
        parent.out().println(formatter.text("cli.check-ok", outcome.policies()));
        return ExitCodes.OK;
    }
}

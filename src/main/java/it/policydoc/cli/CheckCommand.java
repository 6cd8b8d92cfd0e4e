package it.policydoc.cli;

import it.policydoc.build.PolicyBuild;
import it.policydoc.diag.DiagnosticFormatter;
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

    @Override
    public Integer call() {
        DiagnosticFormatter formatter = new DiagnosticFormatter(parent.locale());
        PolicyBuild.Outcome outcome = new PolicyBuild().check(inputs.orDefault());
        new DiagnosticPrinter(formatter).print(outcome.diagnostics(), parent.err());
        if (outcome.hasErrors()) {
            return ExitCodes.INPUT_ERRORS;
        }
        parent.out().println(formatter.text("cli.check-ok", outcome.policies().size()));
        return ExitCodes.OK;
    }
}

package it.policydoc.cli;

import it.policydoc.diag.DiagnosticFormatter;
import it.policydoc.pipeline.Amendment;
import it.policydoc.pipeline.PolicyBuild;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code policydoc amend POLICY}: starts the draft of an amendment of an approved policy. */
@Command(name = "amend", aliases = "modifica", mixinStandardHelpOptions = true, sortOptions = false,
        usageHelpAutoWidth = true)
final class AmendCommand implements Callable<Integer> {

    @ParentCommand
    private PolicydocCommand parent;

    @Parameters(index = "0", paramLabel = "POLICY", descriptionKey = "policy-file")
    private Path policy;

    @Override
    public Integer call() {
        DiagnosticFormatter formatter = new DiagnosticFormatter(parent.locale());
        DiagnosticPrinter printer = new DiagnosticPrinter(formatter);
        Amendment.Outcome outcome;
        try {
            outcome = new Amendment(new PolicyBuild(1)).start(policy);
        } catch (IOException e) {
            parent.err().println(formatter.text("cli.write-failed", policy, e.getMessage()));
            return ExitCodes.INPUT_ERRORS;
        }
        printer.print(outcome.diagnostics(), parent.err());
        if (!outcome.started()) {
            parent.err().println(formatter.text("cli.amend-refused", policy));
            return ExitCodes.INPUT_ERRORS;
        }
        parent.out().println(formatter.text("cli.amend-ok", policy));
        return ExitCodes.OK;
    }
}

package it.policydoc.cli;

import it.policydoc.diag.DiagnosticFormatter;
import it.policydoc.pipeline.Approval;
import it.policydoc.pipeline.PolicyBuild;
import it.policydoc.text.ItalianDates;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code policydoc approve POLICY --number N --date AAAA-MM-GG}: records the act, freezes the version. */
@Command(name = "approve", aliases = "approva", mixinStandardHelpOptions = true, sortOptions = false,
        usageHelpAutoWidth = true)
final class ApproveCommand implements Callable<Integer> {

    @ParentCommand
    private PolicydocCommand parent;

    @Parameters(index = "0", paramLabel = "POLICY", descriptionKey = "policy-file")
    private Path policy;

    @Option(names = {"--number", "--numero"}, required = true, paramLabel = "N", descriptionKey = "approve.number")
    private String number;

    @Option(names = {"--date", "--data"}, required = true, paramLabel = "AAAA-MM-GG", descriptionKey = "approve.date")
    private LocalDate date;

    @Option(names = {"--organ", "--organo"}, paramLabel = "ORGANO", descriptionKey = "approve.organ")
    private Optional<String> organ;

    @Option(names = {"--renumber", "--rinumera"}, descriptionKey = "approve.renumber")
    private boolean renumber;

    @Override
    public Integer call() {
        DiagnosticFormatter formatter = new DiagnosticFormatter(parent.locale());
        DiagnosticPrinter printer = new DiagnosticPrinter(formatter);
        Approval.Outcome outcome;
        try {
            outcome = new Approval(new PolicyBuild(1)).approve(new Approval.Request(policy, number.strip(), date, organ, renumber));
        } catch (IOException e) {
            parent.err().println(formatter.text("cli.write-failed", policy, e.getMessage()));
            return ExitCodes.INPUT_ERRORS;
        }
        printer.print(outcome.diagnostics(), parent.err());
        if (outcome.version().isEmpty()) {
            parent.err().println(formatter.text("cli.approve-refused", policy));
            return ExitCodes.INPUT_ERRORS;
        }
        parent.out().println(formatter.text("cli.approve-ok", policy, number.strip(), ItalianDates.format(date),
                outcome.version().get()));
        return ExitCodes.OK;
    }
}

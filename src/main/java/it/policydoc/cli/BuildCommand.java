package it.policydoc.cli;

import it.policydoc.pipeline.PolicyBuild;
import it.policydoc.diag.DiagnosticFormatter;
import it.policydoc.site.StagedPublisher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code policydoc build}: checks, then writes the site; on any error writes nothing. */
@Command(name = "build", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
final class BuildCommand implements Callable<Integer> {

    /** Where the site goes unless {@code --out} says otherwise. */
    static final String DEFAULT_OUT = "site";

    @ParentCommand
    private PolicydocCommand parent;

    @Mixin
    private Inputs inputs;

    @Option(names = "--out", paramLabel = "DIR", descriptionKey = "out", defaultValue = DEFAULT_OUT)
    private Path out;

    @Option(names = "--force", descriptionKey = "force")
    private boolean force;

    @Override
    public Integer call() {
        DiagnosticFormatter formatter = new DiagnosticFormatter(parent.locale());
        DiagnosticPrinter printer = new DiagnosticPrinter(formatter);
        PolicyBuild.Outcome outcome;
        try {
            ProgressDisplay progress = new ProgressDisplay(parent.err(), formatter, System.console() != null);
            outcome = new PolicyBuild().build(inputs.orDefault(), out, new PolicyBuild.Options(force, progress));
        } catch (StagedPublisher.ForeignFolderException e) {
            parent.err().println(formatter.text("cli.foreign-out", e.folder(), StagedPublisher.MARKER));
            return ExitCodes.INPUT_ERRORS;
        } catch (IOException e) {
            // Disk full, no permission: a problem of the machine, not a bug; the old site is kept.
            parent.err().println(formatter.text("cli.write-failed", out, e.getMessage()));
            return ExitCodes.INPUT_ERRORS;
        }
        printer.print(outcome.diagnostics(), parent.err());
        if (outcome.hasErrors()) {
            parent.err().println(formatter.text("cli.build-failed", out));
            return ExitCodes.INPUT_ERRORS;
        }
        if (outcome.rendered() == 0 && outcome.policies() > 0) {
            parent.out().println(formatter.text("cli.build-unchanged", outcome.policies(), out));
        } else {
            parent.out().println(formatter.text("cli.build-ok", outcome.policies(), out, outcome.rendered(),
                    outcome.policies() - outcome.rendered()));
        }
        return ExitCodes.OK;
    }
}

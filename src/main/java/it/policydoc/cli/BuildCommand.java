package it.policydoc.cli;

import it.policydoc.pipeline.PolicyBuild;
import it.policydoc.diag.DiagnosticFormatter;
import it.policydoc.site.StagedPublisher;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
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

    /** Null when not given: then {@code site/} beside the default {@code policies/}. */
    @Option(names = "--out", paramLabel = "${bundle:label.folder:-DIR}", descriptionKey = "out")
    private Path out;

    @Option(names = "--force", descriptionKey = "force")
    private boolean force;

    @Option(names = "--base-url", paramLabel = "URL", descriptionKey = "base-url")
    private String baseUrl;

    @Override
    public Integer call() {
        DiagnosticFormatter formatter = new DiagnosticFormatter(parent.locale());
        DiagnosticPrinter printer = new DiagnosticPrinter(formatter);
        Path out = this.out != null ? this.out : DefaultFolders.ofProcess().site();
        Optional<URI> base = Optional.empty();
        if (baseUrl != null) {
            base = SiteAddress.parse(baseUrl);
            if (base.isEmpty()) {
                parent.err().println(formatter.text("cli.base-url-invalid", baseUrl));
                return ExitCodes.USAGE;
            }
        }
        PolicyBuild.Outcome outcome;
        try {
            ProgressDisplay progress = new ProgressDisplay(parent.err(), formatter, System.console() != null);
            outcome = new PolicyBuild().build(inputs.orDefault(), out, new PolicyBuild.Options(force, progress, base));
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
        // Removals are said first and never as "nothing changed": a comune whose file was misnamed
        // or deleted disappears from the site, and the clerk must know it.
        for (String policy : outcome.removed()) {
            parent.out().println(formatter.text("cli.build-removed", policy, out));
        }
        if (outcome.rendered() == 0 && outcome.policies() > 0 && outcome.removed().isEmpty()) {
            parent.out().println(formatter.text("cli.build-unchanged", outcome.policies(), out));
        } else {
            parent.out().println(formatter.text("cli.build-ok", outcome.policies(), out, outcome.rendered(),
                    outcome.policies() - outcome.rendered()));
        }
        return ExitCodes.OK;
    }
}

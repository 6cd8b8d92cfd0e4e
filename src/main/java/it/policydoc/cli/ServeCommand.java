package it.policydoc.cli;

import it.policydoc.diag.DiagnosticFormatter;
import it.policydoc.serve.LivePreview;
import it.policydoc.serve.PreviewServer;
import it.policydoc.serve.PreviewSite;
import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code policydoc serve} ({@code anteprima}): the live preview, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        usageHelpAutoWidth = true)
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    private PolicydocCommand parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private Inputs inputs;

    @Option(names = "--port", paramLabel = "${bundle:label.number:-N}", descriptionKey = "serve.port", defaultValue = "8000")
    private int port;

    @Option(names = "--next-free-port", descriptionKey = "serve.next-free-port")
    private boolean nextFreePort;

    @Option(names = "--open", descriptionKey = "serve.open")
    private boolean open;

    @Override
    public Integer call() throws InterruptedException {
        DiagnosticFormatter formatter = new DiagnosticFormatter(parent.locale());
        DiagnosticPrinter printer = new DiagnosticPrinter(formatter);
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), formatter.text("serve.bad-port", port));
        }
        LivePreview.Reporter reporter = new LivePreview.Reporter() {
            @Override
            public void built(PreviewSite.Result result) {
                printer.print(result.diagnostics(), parent.err());
                parent.out().println(result.hasErrors()
                        ? formatter.text("serve.built-with-errors", result.millis())
                        : formatter.text("serve.built", result.rendered(), result.millis()));
            }

            @Override
            public void buildFailed(IOException e) {
                parent.err().println(formatter.text("serve.build-failed", e.getMessage()));
            }
        };
        Path folder = DefaultFolders.ofProcess().templates();
        Optional<Path> templates = Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
        LivePreview preview;
        try {
            preview = LivePreview.start(inputs.orDefault(), templates, port, nextFreePort, parent.locale(), reporter);
        } catch (PreviewServer.PortInUseException e) {
            parent.err().println(formatter.text(nextFreePort ? "serve.no-free-port" : "serve.port-in-use", port,
                    LivePreview.PORTS_TRIED));
            return ExitCodes.INPUT_ERRORS;
        } catch (IOException e) {
            parent.err().println(formatter.text("serve.start-failed", e.getMessage()));
            return ExitCodes.INPUT_ERRORS;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                preview.close();
            } catch (IOException e) {
                // The process is ending: the system removes its temporary files in time.
            }
        }, "anteprima-chiusura"));
        parent.out().println(formatter.text("serve.listening", preview.address()));
        if (open) {
            browse(preview.address(), formatter);
        }
        parent.out().flush();
        preview.awaitClose();
        return ExitCodes.OK;
    }

    private void browse(String address, DiagnosticFormatter formatter) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(URI.create(address));
                return;
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // No browser to open here: the address is printed for the clerk to open.
        }
        parent.out().println(formatter.text("serve.open-failed", address));
    }
}

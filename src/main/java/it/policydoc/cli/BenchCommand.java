package it.policydoc.cli;

import it.policydoc.bench.BenchReport;
import it.policydoc.bench.Benchmark;
import it.policydoc.diag.DiagnosticFormatter;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code policydoc bench}: builds many synthetic comuni and prints how fast and how big. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
final class BenchCommand implements Callable<Integer> {

    /** The launcher in the project folder, timed as a clerk runs it. */
    private static final Path LAUNCHER = Path.of("policydoc");

    @ParentCommand
    private PolicydocCommand parent;

    @Option(names = "--comuni", paramLabel = "N", descriptionKey = "bench.comuni", defaultValue = "100")
    private int comuni;

    @Option(names = "--threads", paramLabel = "N", descriptionKey = "bench.threads")
    private Integer threads;

    @Option(names = "--cold-runs", paramLabel = "N", descriptionKey = "bench.cold-runs", defaultValue = "3")
    private int coldRuns;

    @Option(names = "--policies", paramLabel = "${bundle:label.folder:-DIR}", descriptionKey = "bench.policies", defaultValue = "policies")
    private Path policies;

    @Option(names = "--write-only", paramLabel = "${bundle:label.folder:-DIR}", descriptionKey = "bench.write-only")
    private Path writeOnly;

    @Override
    public Integer call() throws IOException, InterruptedException {
        DiagnosticFormatter text = new DiagnosticFormatter(parent.locale());
        if (!Files.isDirectory(policies)) {
            parent.err().println(text.text("bench.no-policies", policies));
            return ExitCodes.INPUT_ERRORS;
        }
        if (writeOnly != null) {
            if (Files.exists(writeOnly)) {
                parent.err().println(text.text("bench.exists", writeOnly));
                return ExitCodes.INPUT_ERRORS;
            }
            Benchmark.writeComuni(policies, writeOnly, comuni);
            parent.out().println(text.text("bench.written", comuni, writeOnly));
            return ExitCodes.OK;
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        parent.err().println(text.text("bench.running", comuni, workers));
        BenchReport report = new Benchmark(policies, workers).run(comuni, coldCommand(), coldRuns);
        print(report, text, parent.out());
        return ExitCodes.OK;
    }

    /** {@code ./policydoc build policies} where the launcher is, else the same jar in a new JVM. */
    private List<String> coldCommand() {
        if (Files.isExecutable(LAUNCHER)) {
            return List.of("./" + LAUNCHER, "build", policies.toString());
        }
        try {
            Path code = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                Path java = Path.of(System.getProperty("java.home"), "bin", "java");
                return List.of(java.toString(), "-jar", code.toString(), "build", policies.toString());
            }
        } catch (URISyntaxException e) {
            // No jar to start: the cold time is left out.
        }
        return List.of();
    }

    private static void print(BenchReport r, DiagnosticFormatter text, PrintWriter out) {
        out.println(text.text("bench.setup", r.comuni(), r.policies(), r.pdfs(), r.threads(), mib(r.maxHeapBytes())));
        out.println(text.text("bench.full", seconds(r.fullBuild()), format(r.comuniPerSecond()), format(r.pdfsPerSecond())));
        out.println(text.text("bench.per-comune", millis(r.perComunePercentile(0.5)), millis(r.perComunePercentile(0.95))));
        out.println(text.text("bench.heap", mib(r.peakHeapBytes())));
        out.println(text.text("bench.no-op", seconds(r.noOpRebuild())));
        r.coldRuns().ifPresentOrElse(
                runs -> out.println(text.text("bench.cold", seconds(runs.get(0)), seconds(runs.get(runs.size() / 2)),
                        seconds(runs.get(runs.size() - 1)), runs.size())),
                () -> out.println(text.text("bench.cold-skipped")));
        out.flush();
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.2f s", d.toNanos() / 1e9);
    }

    private static String millis(Duration d) {
        return String.format(Locale.ROOT, "%.0f ms", d.toNanos() / 1e6);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%d MiB", bytes / (1024 * 1024));
    }
}

package it.policydoc.cli;

import it.policydoc.bench.BenchReport;
import it.policydoc.bench.Benchmark;
import it.policydoc.bench.ExportCost;
import it.policydoc.bench.PreviewLatency;
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
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code policydoc bench}: builds many synthetic comuni and prints how fast and how big. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
final class BenchCommand implements Callable<Integer> {

    /** The launcher in the project folder, timed as a clerk runs it. */
    private static final Path LAUNCHER = Path.of("policydoc");

    @ParentCommand
    private PolicydocCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--comuni", paramLabel = "N", descriptionKey = "bench.comuni", defaultValue = "100")
    private int comuni;

    @Option(names = "--threads", paramLabel = "N", descriptionKey = "bench.threads")
    private Integer threads;

    @Option(names = "--cold-runs", paramLabel = "N", descriptionKey = "bench.cold-runs", defaultValue = "3")
    private int coldRuns;

    @Option(names = "--policies", paramLabel = "${bundle:label.folder:-DIR}", descriptionKey = "bench.policies", defaultValue = "policies")
    private Path policies;

    @Option(names = "--preview-edits", paramLabel = "${bundle:label.number:-N}", descriptionKey = "bench.preview-edits")
    private Integer previewEdits;

    @Option(names = "--write-only", paramLabel = "${bundle:label.folder:-DIR}", descriptionKey = "bench.write-only")
    private Path writeOnly;

    @Override
    public Integer call() throws IOException, InterruptedException {
        DiagnosticFormatter text = new DiagnosticFormatter(parent.locale());
        atLeast("--comuni", comuni, 1, text);
        atLeast("--cold-runs", coldRuns, 0, text);
        if (threads != null) {
            atLeast("--threads", threads, 1, text);
        }
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
        if (previewEdits != null) {
            atLeast("--preview-edits", previewEdits, 1, text);
            parent.err().println(text.text("bench.preview-running", previewEdits));
            PreviewLatency latency = PreviewLatency.measure(policies, previewEdits);
            parent.out().println(text.text("bench.preview", millis(latency.percentile(0.5)),
                    millis(latency.percentile(0.95)), millis(latency.edits().get(0)),
                    millis(latency.edits().get(latency.edits().size() - 1)), latency.edits().size()));
            return ExitCodes.OK;
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        parent.err().println(text.text("bench.running", comuni, workers));
        Benchmark benchmark = new Benchmark(policies, workers);
        BenchReport report = benchmark.run(comuni, coldCommand(), coldRuns);
        print(report, text, parent.out());
        ExportCost exports = benchmark.exportCost();
        Duration perPolicy = report.perComunePercentile(0.5).multipliedBy(report.comuni())
                .dividedBy(Math.max(1, report.policies()));
        parent.out().println(text.text("bench.exports", millis(exports.akomaNtoso()), millis(exports.editableAnnexes()),
                millis(exports.deliberationPdf()), String.format(Locale.ROOT, "%.0f %%", 100 * exports.shareOf(perPolicy))));
        parent.out().flush();
        return ExitCodes.OK;
    }

    /** A count below its least value is a wrong command line (exit 2), not a failure of the benchmark. */
    private void atLeast(String option, int value, int least, DiagnosticFormatter text) {
        if (value < least) {
            throw new UsageError(spec.commandLine(),
                    text.text("bench.too-small", option, value, least));
        }
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

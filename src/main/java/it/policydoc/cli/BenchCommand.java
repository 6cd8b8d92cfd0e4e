package it.policydoc.cli;

import it.policydoc.bench.BenchReport;
import it.policydoc.bench.Benchmark;
import it.policydoc.bench.EditRuns;
import it.policydoc.bench.PolicydocProcess;
import it.policydoc.bench.PreviewLatency;
import it.policydoc.bench.ScaleRun;
import it.policydoc.bench.Timings;
import it.policydoc.diag.DiagnosticFormatter;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code policydoc bench}: times whole policydoc processes as clerks and consortia run them and
 * prints the figures of issue 16 with their goals.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
final class BenchCommand implements Callable<Integer> {

    /** The launcher's name in the project folder (and in {@code -Dpolicydoc.home}, which the launcher sets). */
    private static final String LAUNCHER = "policydoc";

    @ParentCommand
    private PolicydocCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = {"--scale", "--comuni"}, paramLabel = "N[,N…]", split = ",", descriptionKey = "bench.scale",
            defaultValue = "100")
    private List<Integer> scales;

    @Option(names = "--edits", paramLabel = "${bundle:label.number:-N}", descriptionKey = "bench.edits", defaultValue = "10")
    private int edits;

    @Option(names = "--cold-runs", paramLabel = "${bundle:label.number:-N}", descriptionKey = "bench.cold-runs", defaultValue = "3")
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
        for (int comuni : scales) {
            atLeast("--scale", comuni, 1, text);
        }
        atLeast("--edits", edits, 0, text);
        atLeast("--cold-runs", coldRuns, 0, text);
        if (!Files.isDirectory(policies)) {
            parent.err().println(text.text("bench.no-policies", policies));
            return ExitCodes.INPUT_ERRORS;
        }
        if (writeOnly != null) {
            if (Files.exists(writeOnly)) {
                parent.err().println(text.text("bench.exists", writeOnly));
                return ExitCodes.INPUT_ERRORS;
            }
            int comuni = scales.stream().mapToInt(Integer::intValue).max().orElseThrow();
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
        parent.err().println(text.text("bench.running", edits, coldRuns,
                scales.stream().map(String::valueOf).collect(Collectors.joining(", "))));
        parent.err().println(text.text("bench.step-prepare"));
        parent.err().flush();
        BenchText lines = new BenchText(parent.locale());
        BenchReport report;
        try (Benchmark benchmark = new Benchmark(policies, policydoc())) {
            Optional<EditRuns> editRuns = Optional.empty();
            if (edits > 0) {
                step(text.text("bench.step-edits", edits));
                editRuns = Optional.of(benchmark.edits(edits));
                lines.measured(editRuns.get()).forEach(this::step);
            }
            Optional<Timings> cold = Optional.empty();
            if (coldRuns > 0) {
                step(text.text("bench.step-cold", coldRuns));
                cold = Optional.of(benchmark.coldBuilds(coldRuns));
                step(lines.cold(cold.get()));
            }
            List<ScaleRun> scaleRuns = new ArrayList<>();
            for (int comuni : scales) {
                step(text.text("bench.step-scale", comuni));
                ScaleRun run = benchmark.scale(comuni);
                scaleRuns.add(run);
                lines.measured(run).forEach(this::step);
            }
            step(text.text("bench.step-exports"));
            report = new BenchReport(BenchReport.Machine.current(), scaleRuns, editRuns, cold, benchmark.exportCost());
        }
        lines.lines(report).forEach(parent.out()::println);
        parent.out().flush();
        return ExitCodes.OK;
    }

    /** Progress, with each figure as soon as it is measured, goes to standard error; the report to standard output. */
    private void step(String line) {
        parent.err().println(line);
        parent.err().flush();
    }

    /** A count below its least value is a wrong command line (exit 2), not a failure of the benchmark. */
    private void atLeast(String option, int value, int least, DiagnosticFormatter text) {
        if (value < least) {
            throw new UsageError(spec.commandLine(), text.text("bench.too-small", option, value, least));
        }
    }

    /**
     * The launcher as a clerk runs it: the one whose folder it set as {@code policydoc.home}, or
     * the one in the current folder; where there is none, this jar in a new JVM.
     */
    private static PolicydocProcess policydoc() throws IOException {
        String userOptions = Optional.ofNullable(System.getenv("POLICYDOC_JAVA_OPTS")).orElse("");
        Path launcher = Optional.ofNullable(System.getProperty(DefaultFolders.HOME_PROPERTY))
                .map(home -> Path.of(home, LAUNCHER)).orElse(Path.of(LAUNCHER)).toAbsolutePath();
        if (Files.isExecutable(launcher)) {
            return new PolicydocProcess(List.of(launcher.toString()), true, userOptions);
        }
        try {
            Path code = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                Path java = Path.of(System.getProperty("java.home"), "bin", "java");
                return new PolicydocProcess(List.of(java.toString(), "-jar", code.toString()), false, userOptions);
            }
        } catch (URISyntaxException e) {
            throw new IOException("cannot find the program to start: " + e.getMessage(), e);
        }
        throw new IOException("neither the launcher " + launcher + " nor a policydoc jar to start");
    }

    private static String millis(Duration d) {
        return String.format(Locale.ROOT, "%.0f ms", d.toNanos() / 1e6);
    }
}

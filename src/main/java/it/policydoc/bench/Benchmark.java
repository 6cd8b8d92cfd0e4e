package it.policydoc.bench;

import it.policydoc.load.PolicyLoader;
import it.policydoc.pipeline.BuildProgress;
import it.policydoc.pipeline.PolicyBuild;
import it.policydoc.diag.Diagnostic;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Measures policydoc at scale: builds N synthetic comuni from scratch, then again with nothing
 * changed, and times whole {@code ./policydoc build} processes on the bundled policies. It is a
 * measurement, not a test: it asserts nothing and prints figures.
 */
public final class Benchmark {

    private static final long HEAP_SAMPLE_MILLIS = 20;

    private final Path bundledPolicies;
    private final int threads;

    public Benchmark(Path bundledPolicies, int threads) {
        this.bundledPolicies = bundledPolicies;
        this.threads = threads;
    }

    /**
     * @param coldCommand the command that builds the bundled policies in a new process (the
     *     launcher), run {@code coldRuns} times with an output folder appended; empty to skip
     */
    public BenchReport run(int comuni, List<String> coldCommand, int coldRuns) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("policydoc-bench-");
        try {
            Path policies = work.resolve("policies");
            SyntheticComuni.write(bundledPolicies, policies, comuni);
            PolicyBuild build = new PolicyBuild(threads);
            List<Duration> perComune = Collections.synchronizedList(new ArrayList<>());
            BuildProgress timing = new BuildProgress() {
                @Override
                public void start(int total) {
                }

                @Override
                public void done(String comune, long nanos) {
                    perComune.add(Duration.ofNanos(nanos));
                }

                @Override
                public void finish() {
                }
            };
            Path site = work.resolve("site");
            AtomicLong peak = new AtomicLong();
            long start = System.nanoTime();
            PolicyBuild.Outcome full = withHeapSampling(peak,
                    () -> build.build(List.of(policies), site, new PolicyBuild.Options(true, timing)));
            Duration fullTime = Duration.ofNanos(System.nanoTime() - start);
            failOnErrors(full);
            long pdfs = countPdfs(site);

            start = System.nanoTime();
            failOnErrors(build.build(List.of(policies), site));
            Duration noOp = Duration.ofNanos(System.nanoTime() - start);

            Optional<List<Duration>> cold = coldCommand.isEmpty() || coldRuns < 1 ? Optional.empty()
                    : Optional.of(coldRuns(coldCommand, coldRuns, work));
            return new BenchReport(comuni, full.policies(), pdfs, threads, Runtime.getRuntime().maxMemory(), fullTime,
                    perComune, peak.get(), noOp, cold);
        } finally {
            deleteTree(work);
        }
    }

    /** What the exports (Akoma Ntoso, ODT, DOCX) cost per bundled policy, warm. */
    public ExportCost exportCost() throws IOException {
        return ExportCost.measure(new PolicyLoader().load(List.of(bundledPolicies)).policies());
    }

    /** Writes the synthetic comuni only, into {@code into}, to build them by hand. */
    public static void writeComuni(Path bundledPolicies, Path into, int comuni) throws IOException {
        SyntheticComuni.write(bundledPolicies, into, comuni);
    }

    /** What a build of the synthetic comuni does, with the most heap used at once recorded. */
    @FunctionalInterface
    private interface Measured {
        PolicyBuild.Outcome run() throws IOException;
    }

    private static PolicyBuild.Outcome withHeapSampling(AtomicLong peak, Measured build) throws IOException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "heap-sampler");
            t.setDaemon(true);
            return t;
        });
        sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
                0, HEAP_SAMPLE_MILLIS, TimeUnit.MILLISECONDS);
        try {
            return build.run();
        } finally {
            sampler.shutdownNow();
        }
    }

    private static List<Duration> coldRuns(List<String> command, int runs, Path work)
            throws IOException, InterruptedException {
        List<Duration> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            List<String> args = new ArrayList<>(command);
            args.add("--out");
            args.add(work.resolve("cold-" + i).toString());
            long start = System.nanoTime();
            Process process = new ProcessBuilder(args).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int code = process.waitFor();
            times.add(Duration.ofNanos(System.nanoTime() - start));
            if (code != 0) {
                throw new IOException(String.join(" ", args) + " exited with " + code);
            }
        }
        return times;
    }

    private static void failOnErrors(PolicyBuild.Outcome outcome) throws IOException {
        if (outcome.hasErrors()) {
            throw new IOException("the synthetic comuni do not build: "
                    + outcome.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow());
        }
    }

    private static long countPdfs(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".pdf")).count();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

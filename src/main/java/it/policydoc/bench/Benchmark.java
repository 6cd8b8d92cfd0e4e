package it.policydoc.bench;

import it.policydoc.load.LoadResult;
import it.policydoc.load.PolicyLoader;
import it.policydoc.model.Policy;
import it.policydoc.util.Folders;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * Measures policydoc as clerks and consortia run it, in whole processes started through the
 * launcher, on copies of the bundled comuni in a temporary folder: builds of N synthetic comuni
 * from scratch and with nothing changed, builds after a one-comma edit, cold builds of the
 * bundled policies. It is a measurement, not a test: it asserts nothing, and the caller prints.
 */
public final class Benchmark implements Closeable {

    /** The heap issue 16 sets its goals at, for the builds of many comuni. */
    public static final String HEAP_LIMIT = "-Xmx1g";
    /** Builds with nothing changed are quick and noisy: the median of a few. */
    private static final int NO_OP_RUNS = 3;

    private final Path bundledPolicies;
    private final PolicydocProcess policydoc;
    private final Path work;
    private final Path editPolicies;
    private final Path editSite;
    private final Thread removeOnExit;

    /**
     * Copies the bundled policies and builds them once, unmeasured: the site an edit is built
     * over, and the launcher's class-data archive, which its first run after a rebuild writes.
     */
    public Benchmark(Path bundledPolicies, PolicydocProcess policydoc) throws IOException, InterruptedException {
        this.bundledPolicies = bundledPolicies;
        this.policydoc = policydoc;
        this.work = Files.createTempDirectory("policydoc-bench-");
        this.editPolicies = work.resolve("modifiche/policies");
        this.editSite = work.resolve("modifiche/site");
        // A run of 8,000 comuni leaves gigabytes in the temporary folder: Ctrl-C must not keep them.
        this.removeOnExit = new Thread(() -> {
            try {
                deleteTree(work);
            } catch (IOException e) {
                // Exiting anyway; what is left stays in the temporary folder.
            }
        }, "bench-cleanup");
        Runtime.getRuntime().addShutdownHook(removeOnExit);
        try {
            Folders.copy(bundledPolicies, editPolicies);
            policydoc.run(List.of("build", editPolicies.toString(), "--out", editSite.toString()), List.of());
        } catch (IOException | InterruptedException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Builds {@code comuni} synthetic comuni from scratch with a 1 GiB heap, then with nothing changed. */
    public ScaleRun scale(int comuni) throws IOException, InterruptedException {
        Path folder = work.resolve("comuni-" + comuni);
        try {
            Path policies = folder.resolve("policies");
            Path site = folder.resolve("site");
            SyntheticComuni.write(bundledPolicies, policies, comuni);
            Path gcLog = folder.resolve("gc.log");
            List<String> options = new ArrayList<>(List.of(HEAP_LIMIT));
            Optional<String> logging = GcLog.option(gcLog);
            logging.ifPresent(options::add);
            List<String> build = List.of("build", policies.toString(), "--out", site.toString());
            PolicydocProcess.Run scratch = policydoc.run(build, options);
            // Without a line per comune the tenths cannot be told apart: no series rather than a wrong one.
            boolean everyComune = scratch.comuniDoneMillis().size() == comuni;
            Optional<HeapTenths> heap = logging.isPresent() && Files.isRegularFile(gcLog) && everyComune
                    ? Optional.of(HeapTenths.of(scratch.startMillis(), scratch.comuniDoneMillis(), GcLog.read(gcLog)))
                    : Optional.empty();
            long pdfs = countPdfs(site);
            List<Duration> noOp = new ArrayList<>();
            for (int i = 0; i < NO_OP_RUNS; i++) {
                noOp.add(policydoc.run(build, List.of(HEAP_LIMIT)).wall());
            }
            return new ScaleRun(comuni, pdfs, scratch.wall(), new Timings(noOp), heap);
        } finally {
            deleteTree(folder);
        }
    }

    /**
     * Edits one comma of a bundled policy {@code count} times, a different word each time, and
     * times the cold build after each edit, over the site of the previous build: first a comma the
     * handbook does not print, then one it prints. Each case's comma is the first the policies
     * have, in the order of their files.
     */
    public EditRuns edits(int count) throws IOException, InterruptedException {
        LoadResult loaded = new PolicyLoader().load(List.of(editPolicies));
        List<Policy> policies = loaded.policies().stream()
                .sorted(Comparator.comparing(p -> p.source().toString())).toList();
        Optional<EditRuns.Case> outside = edit(policies, CommaEdit::outsideHandbook, count);
        Optional<EditRuns.Case> inside = edit(policies, CommaEdit::insideHandbook, count);
        return new EditRuns(outside, inside);
    }

    /** Whole builds of the bundled policies into a new folder each time: everything rendered, cold. */
    public Timings coldBuilds(int runs) throws IOException, InterruptedException {
        List<Duration> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path out = work.resolve("freddo-" + i);
            times.add(policydoc.run(List.of("build", bundledPolicies.toString(), "--out", out.toString()), List.of()).wall());
            deleteTree(out);
        }
        return new Timings(times);
    }

    /** What the exports (Akoma Ntoso, ODT, DOCX) cost per bundled policy, warm, in this JVM. */
    public ExportCost exportCost() throws IOException {
        return ExportCost.measure(new PolicyLoader().load(List.of(bundledPolicies)).policies());
    }

    /** Writes the synthetic comuni only, into {@code into}, to build them by hand. */
    public static void writeComuni(Path bundledPolicies, Path into, int comuni) throws IOException {
        SyntheticComuni.write(bundledPolicies, into, comuni);
    }

    @Override
    public void close() throws IOException {
        Runtime.getRuntime().removeShutdownHook(removeOnExit);
        deleteTree(work);
    }

    private Optional<EditRuns.Case> edit(List<Policy> policies, BiFunction<Policy, String, Optional<CommaEdit>> choice,
            int count) throws IOException, InterruptedException {
        for (Policy policy : policies) {
            String yaml = Files.readString(policy.source(), StandardCharsets.UTF_8);
            Optional<CommaEdit> comma = choice.apply(policy, yaml);
            if (comma.isEmpty()) {
                continue;
            }
            List<Duration> times = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                yaml = comma.get().edited(yaml, i);
                Files.writeString(policy.source(), yaml, StandardCharsets.UTF_8);
                times.add(policydoc.run(List.of("build", editPolicies.toString(), "--out", editSite.toString()),
                        List.of()).wall());
            }
            String name = editPolicies.relativize(policy.source()).toString().replace('\\', '/');
            return Optional.of(new EditRuns.Case(name, comma.get().anchor(), new Timings(times)));
        }
        return Optional.empty();
    }

    private static long countPdfs(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".pdf")).count();
        }
    }


    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

package it.policydoc.serve;

import it.policydoc.diag.Diagnostic;
import it.policydoc.pipeline.BuildProgress;
import it.policydoc.pipeline.PolicyBuild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The site the preview shows: built by one warm {@link PolicyBuild} (its renderers, Asciidoctor
 * included, started once) into a temporary folder with the layout of {@code site/}, never into
 * {@code site/} or the policies. A build with errors keeps the last good site and records the
 * problems, which the server shows in the pages. Builds run one at a time.
 */
public final class PreviewSite implements AutoCloseable {

    private final List<Path> inputs;
    private final Path workDir;
    private final Path siteDir;
    private final PolicyBuild build;
    private final AtomicLong generation = new AtomicLong();
    private volatile Result last = new Result(0, List.of(), 0, 0);

    /**
     * The outcome of the latest build.
     *
     * @param generation how many builds have finished; pages reload when it changes
     * @param diagnostics the problems found, errors and warnings, in file order
     * @param rendered comuni whose outputs were written again
     * @param millis how long the build took
     */
    public record Result(long generation, List<Diagnostic> diagnostics, int rendered, long millis) {

        public Result {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean hasErrors() {
            return Diagnostic.anyError(diagnostics);
        }
    }

    /** @param templates a templates folder read before the packaged ones, if any */
    public PreviewSite(List<Path> inputs, Optional<Path> templates) throws IOException {
        this.inputs = List.copyOf(inputs);
        this.workDir = Files.createTempDirectory("policydoc-anteprima-");
        this.siteDir = workDir.resolve("sito");
        this.build = new PolicyBuild(Runtime.getRuntime().availableProcessors(), templates);
    }

    /** The folder the server serves: it exists once a build has succeeded. */
    public Path siteDir() {
        return siteDir;
    }

    public Result last() {
        return last;
    }

    /**
     * Builds what changed since the last build: the input fingerprints (templates included) say
     * which comuni, the outputs' own fingerprints which of their outputs. Never throws on bad
     * input: problems become diagnostics; a failure to write is reported as an exception.
     */
    public synchronized Result rebuild() throws IOException {
        if (!Files.isDirectory(workDir)) {
            return last;
        }
        long start = System.nanoTime();
        PolicyBuild.Outcome outcome = build.build(inputs, siteDir, new PolicyBuild.Options(false, BuildProgress.SILENT));
        last = new Result(generation.incrementAndGet(), outcome.diagnostics(), outcome.rendered(),
                (System.nanoTime() - start) / 1_000_000);
        return last;
    }

    /** Removes the temporary folder and everything in it. */
    @Override
    public synchronized void close() throws IOException {
        if (!Files.exists(workDir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(workDir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

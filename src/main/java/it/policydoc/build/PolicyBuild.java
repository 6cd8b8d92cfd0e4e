package it.policydoc.build;

import it.policydoc.check.PolicyChecker;
import it.policydoc.diag.Diagnostic;
import it.policydoc.load.LoadResult;
import it.policydoc.load.PolicyLoader;
import it.policydoc.load.PolicySources;
import it.policydoc.model.Policy;
import it.policydoc.pdf.ArchivalPdfWriter;
import it.policydoc.render.DeliberationPdfRenderer;
import it.policydoc.render.LegislationJsonLd;
import it.policydoc.render.PolicyViewBuilder;
import it.policydoc.render.SiteIndexRenderer;
import it.policydoc.render.Templates;
import it.policydoc.render.WebPageRenderer;
import it.policydoc.render.handbook.AsciiDocConverter;
import it.policydoc.render.handbook.HandbookRenderer;
import it.policydoc.site.AssetPublisher;
import it.policydoc.site.BuildManifest;
import it.policydoc.site.HandbookWriter;
import it.policydoc.site.PublishedComune;
import it.policydoc.site.SiteLinkChecker;
import it.policydoc.site.SitePaths;
import it.policydoc.site.SiteWriter;
import it.policydoc.site.StagedPublisher;
import it.policydoc.text.InlineMarkdown;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * The pipeline in one place: load → check → render → publish, comune by comune on every core.
 * Expensive, thread-safe parts (schemas, FreeMarker, Flexmark, the PDF writer's fonts,
 * Asciidoctor) are made once per instance and shared by the worker threads, Asciidoctor only
 * when the first handbook is built; nothing holds more than one comune's documents at a time.
 * A build renders only the comuni whose inputs changed since the last one.
 */
public final class PolicyBuild {

    private final PolicyLoader loader = new PolicyLoader();
    private final PolicyChecker checker;
    private final SiteWriter siteWriter;
    private final StagedPublisher publisher = new StagedPublisher();
    private final SiteLinkChecker links = new SiteLinkChecker();
    private final int threads;
    /** Shared by every handbook; cheap until the first handbook starts Asciidoctor. */
    private final AsciiDocConverter asciidoc = new AsciiDocConverter();

    public PolicyBuild() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** @param threads how many comuni are worked on at once */
    public PolicyBuild(int threads) {
        this.threads = Math.max(1, threads);
        InlineMarkdown markdown = new InlineMarkdown();
        this.checker = PolicyChecker.standard(markdown);
        Templates templates = new Templates();
        PolicyViewBuilder views = new PolicyViewBuilder(markdown);
        WebPageRenderer pages = new WebPageRenderer(templates, views, new LegislationJsonLd(markdown));
        ArchivalPdfWriter pdf = new ArchivalPdfWriter();
        DeliberationPdfRenderer deliberation = new DeliberationPdfRenderer(templates, views, markdown, pdf);
        HandbookRenderer handbooks = new HandbookRenderer(templates, views, markdown, pdf, asciidoc);
        this.siteWriter = new SiteWriter(pages, deliberation, new SiteIndexRenderer(templates, markdown),
                new AssetPublisher(), new HandbookWriter(handbooks));
    }

    /** Whether Asciidoctor (JRuby, seconds to start) has been started: only building a handbook starts it. */
    public boolean asciidoctorStarted() {
        return asciidoc.started();
    }

    /**
     * What a command found and did.
     *
     * @param policies the policies checked or published
     * @param rendered how many of them were rendered by this build (the others were unchanged)
     * @param diagnostics every problem, sorted by position
     */
    public record Outcome(int policies, int rendered, List<Diagnostic> diagnostics) {

        public Outcome {
            diagnostics = diagnostics.stream().sorted(Diagnostic.BY_POSITION).toList();
        }

        public boolean hasErrors() {
            return Diagnostic.anyError(diagnostics);
        }
    }

    /** How a build goes: all comuni rendered again or only the changed ones, and who is told. */
    public record Options(boolean force, BuildProgress progress) {

        public static final Options DEFAULT = new Options(false, BuildProgress.SILENT);
    }

    /** Loads and checks every comune; writes nothing. */
    public Outcome check(List<Path> inputs) {
        PolicySources.Found found = loader.find(inputs);
        List<Diagnostic> diagnostics = new ArrayList<>(found.diagnostics());
        List<Callable<Outcome>> tasks = found.comuni().stream()
                .<Callable<Outcome>>map(folder -> () -> {
                    LoadResult loaded = loader.load(folder);
                    List<Diagnostic> found1 = new ArrayList<>(loaded.diagnostics());
                    found1.addAll(checker.check(loaded.policies()));
                    return new Outcome(loaded.policies().size(), 0, found1);
                })
                .toList();
        int policies = 0;
        for (Outcome comune : runAll(tasks)) {
            policies += comune.policies();
            diagnostics.addAll(comune.diagnostics());
        }
        return new Outcome(policies, 0, diagnostics);
    }

    public Outcome build(List<Path> inputs, Path out) throws IOException {
        return build(inputs, out, Options.DEFAULT);
    }

    /**
     * Checks, then, only if no check reported an error, writes the site into {@code out},
     * replacing it as a whole or not at all (a link of the written site that leads nowhere is
     * an error too, and keeps the previous site). Comuni whose inputs did not change since the
     * last build are carried over as they are; if nothing changed, nothing is written.
     */
    public Outcome build(List<Path> inputs, Path out, Options options) throws IOException {
        PolicySources.Found found = loader.find(inputs);
        InputFingerprints fingerprints = new InputFingerprints();
        List<Plan> plans = plan(found.comuni(), fingerprints, out, options.force());
        List<Diagnostic> diagnostics = new ArrayList<>(found.diagnostics());
        if (!Diagnostic.anyError(diagnostics) && nothingChanged(plans, out)) {
            int policies = plans.stream().mapToInt(p -> p.previous().orElseThrow().entry().policies().size()).sum();
            return new Outcome(policies, 0, diagnostics);
        }
        if (plans.stream().anyMatch(p -> p.previous().isEmpty())) {
            startAsciidoctorMeanwhile();
        }
        options.progress().start(plans.size());
        List<ComuneResult> results = new ArrayList<>();
        try {
            publish(plans, fingerprints, out, options, results, diagnostics);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<PublishedComune> published = published(results);
        int policies = published.stream().mapToInt(p -> p.entry().policies().size()).sum();
        int rendered = results.stream().filter(r -> !r.carried() && r.published() != null)
                .mapToInt(r -> r.published().entry().policies().size()).sum();
        return new Outcome(policies, rendered, diagnostics);
    }

    private void publish(List<Plan> plans, InputFingerprints fingerprints, Path out, Options options,
            List<ComuneResult> results, List<Diagnostic> diagnostics) throws IOException {
        publisher.publish(out, stage -> {
            siteWriter.publishAssets(stage);
            results.addAll(runAll(plans.stream().<Callable<ComuneResult>>map(plan -> () -> {
                long start = System.nanoTime();
                ComuneResult result = plan.previous().isPresent()
                        ? carryOver(plan, out, stage)
                        : render(plan, stage);
                options.progress().done(plan.slug(), System.nanoTime() - start);
                return result;
            }).toList()));
            options.progress().finish();
            results.forEach(r -> diagnostics.addAll(r.diagnostics()));
            if (Diagnostic.anyError(diagnostics)) {
                return false;
            }
            siteWriter.writeIndex(published(results).stream().map(PublishedComune::entry).toList(), stage);
            diagnostics.addAll(links.check(stage, out, newPages(results)));
            if (Diagnostic.anyError(diagnostics)) {
                return false;
            }
            manifest(fingerprints, results).write(stage);
            return true;
        });
    }

    /** The comuni that have something to publish (a folder may hold no policy yet). */
    private static List<PublishedComune> published(List<ComuneResult> results) {
        return results.stream().map(ComuneResult::published).filter(Objects::nonNull).toList();
    }

    /**
     * JRuby takes seconds to start and the first handbook is only needed after the first
     * comune's other outputs: starting it on its own thread overlaps that wait with their work.
     */
    private void startAsciidoctorMeanwhile() {
        Thread starter = new Thread(asciidoc::start, "asciidoctor-start");
        starter.setDaemon(true);
        starter.start();
    }

    /** A comune to publish: its folder, its inputs' fingerprint, and what the last build left if still valid. */
    private record Plan(PolicySources.ComuneFolder folder, String slug, String inputs,
            Optional<BuildManifest.Comune> previous) {
    }

    /** What happened to one comune: published (rendered or carried over), or its problems. */
    private record ComuneResult(PublishedComune published, boolean carried, String inputs, List<Diagnostic> diagnostics) {
    }

    private List<Plan> plan(List<PolicySources.ComuneFolder> comuni, InputFingerprints fingerprints, Path out,
            boolean force) {
        Map<String, BuildManifest.Comune> previous = force ? Map.of() : BuildManifest.read(out)
                .filter(m -> m.tool().equals(fingerprints.tool()))
                .map(BuildManifest::comuni)
                .orElse(Map.of());
        List<Plan> plans = runAll(comuni.stream().<Callable<Plan>>map(folder -> () -> {
            String slug = folder.folder().toAbsolutePath().normalize().getFileName().toString();
            String inputs = fingerprints.of(folder);
            Optional<BuildManifest.Comune> kept = Optional.ofNullable(previous.get(slug))
                    .filter(c -> c.inputs().equals(inputs))
                    .filter(c -> c.files().stream().allMatch(f -> Files.isRegularFile(out.resolve(f))));
            return new Plan(folder, slug, inputs, kept);
        }).toList());
        return plans;
    }

    /** Every comune is as last published, and no comune was removed or added. */
    private static boolean nothingChanged(List<Plan> plans, Path out) {
        if (!plans.stream().allMatch(p -> p.previous().isPresent()) || !Files.isRegularFile(out.resolve(SitePaths.INDEX))) {
            return false;
        }
        Set<String> now = plans.stream().map(Plan::slug).collect(Collectors.toSet());
        return BuildManifest.read(out).map(m -> m.comuni().keySet().equals(now)).orElse(false);
    }

    private ComuneResult render(Plan plan, Path stage) throws IOException {
        LoadResult loaded = loader.load(plan.folder());
        List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
        diagnostics.addAll(checker.check(loaded.policies()));
        if (Diagnostic.anyError(diagnostics) || loaded.policies().isEmpty()) {
            return new ComuneResult(null, false, plan.inputs(), diagnostics);
        }
        List<Policy> policies = loaded.policies();
        PublishedComune published = siteWriter.writeComune(policies.get(0).comune(), policies, stage);
        return new ComuneResult(published, false, plan.inputs(), diagnostics);
    }

    /** The files of an unchanged comune, linked (not copied) from the current site into the new one. */
    private static ComuneResult carryOver(Plan plan, Path out, Path stage) throws IOException {
        BuildManifest.Comune previous = plan.previous().orElseThrow();
        for (String file : previous.files()) {
            Path target = stage.resolve(file);
            Files.createDirectories(target.getParent());
            try {
                Files.createLink(target, out.resolve(file));
            } catch (UnsupportedOperationException | IOException e) {
                // Some file systems have no hard links: a copy gives the same site.
                Files.copy(out.resolve(file), target);
            }
        }
        return new ComuneResult(new PublishedComune(plan.slug(), previous.entry(), previous.files()), true,
                plan.inputs(), List.of());
    }

    /** The pages this build wrote, and the home page: those whose links are checked. */
    private static List<String> newPages(List<ComuneResult> results) {
        List<String> pages = new ArrayList<>();
        pages.add(SitePaths.INDEX);
        results.stream().filter(r -> !r.carried() && r.published() != null).flatMap(r -> r.published().files().stream())
                .filter(f -> f.endsWith(".html")).forEach(pages::add);
        return pages;
    }

    private static BuildManifest manifest(InputFingerprints fingerprints, List<ComuneResult> results) {
        Map<String, BuildManifest.Comune> comuni = new HashMap<>();
        for (ComuneResult r : results) {
            if (r.published() != null) {
                comuni.put(r.published().slug(), new BuildManifest.Comune(r.inputs(), r.published().entry(),
                        r.published().files()));
            }
        }
        return new BuildManifest(fingerprints.tool(), comuni);
    }

    /** Runs the tasks on the worker threads and returns their results in the tasks' order. */
    private <T> List<T> runAll(List<Callable<T>> tasks) {
        if (tasks.size() <= 1 || threads == 1) {
            List<T> results = new ArrayList<>();
            for (Callable<T> task : tasks) {
                results.add(call(task));
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()));
        try {
            List<Future<T>> futures = pool.invokeAll(tasks);
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T call(Callable<T> task) {
        try {
            return task.call();
        } catch (Exception e) {
            throw rethrow(e);
        }
    }

    /** A worker's failure as the caller's own: I/O problems stay I/O problems. */
    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof IOException io) {
            return new UncheckedIOException(io);
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}

package it.policydoc.pipeline;

import it.policydoc.check.PolicyChecker;
import it.policydoc.diag.Diagnostic;
import it.policydoc.load.LoadResult;
import it.policydoc.load.PolicyLoader;
import it.policydoc.load.PolicySources;
import it.policydoc.model.Policy;
import it.policydoc.pdf.ArchivalPdfWriter;
import it.policydoc.render.DeliberationPdfRenderer;
import it.policydoc.render.EditableAnnexRenderer;
import it.policydoc.render.LegislationJsonLd;
import it.policydoc.render.PolicyViewBuilder;
import it.policydoc.render.SiteIndexRenderer;
import it.policydoc.render.Templates;
import it.policydoc.render.WebPageRenderer;
import it.policydoc.render.akn.AkomaNtosoWriter;
import it.policydoc.render.handbook.AsciiDocConverter;
import it.policydoc.render.handbook.HandbookRenderer;
import it.policydoc.site.AssetPublisher;
import it.policydoc.site.HandbookWriter;
import it.policydoc.site.PublishedComune;
import it.policydoc.site.SiteLinkChecker;
import it.policydoc.site.SitePaths;
import it.policydoc.site.SiteWriter;
import it.policydoc.site.StagedPublisher;
import it.policydoc.text.InlineMarkdown;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

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
    private final Workers workers;
    /** Shared by every handbook; cheap until the first handbook starts Asciidoctor. */
    private final AsciiDocConverter asciidoc = new AsciiDocConverter();

    public PolicyBuild() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** @param threads how many comuni are worked on at once */
    public PolicyBuild(int threads) {
        this.workers = new Workers(threads);
        InlineMarkdown markdown = new InlineMarkdown();
        this.checker = PolicyChecker.standard(markdown);
        Templates templates = new Templates();
        PolicyViewBuilder views = new PolicyViewBuilder(markdown);
        WebPageRenderer pages = new WebPageRenderer(templates, views, new LegislationJsonLd(markdown));
        ArchivalPdfWriter pdf = new ArchivalPdfWriter();
        DeliberationPdfRenderer deliberation = new DeliberationPdfRenderer(templates, views, markdown, pdf);
        HandbookRenderer handbooks = new HandbookRenderer(templates, views, markdown, pdf, asciidoc);
        this.siteWriter = new SiteWriter(pages, deliberation, new EditableAnnexRenderer(deliberation),
                new AkomaNtosoWriter(markdown), new SiteIndexRenderer(templates, markdown),
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

    /**
     * Puts back a site that a build killed in the middle of its swap left hidden, and removes
     * what killed builds left beside it; touches nothing policydoc did not make.
     */
    public void recover(Path out) throws IOException {
        publisher.recover(out);
    }

    /** Loads and checks every comune; writes nothing. */
    public Outcome check(List<Path> inputs) {
        PolicySources.Found found = loader.find(inputs);
        List<Diagnostic> diagnostics = new ArrayList<>(found.diagnostics());
        int policies = 0;
        for (Checked comune : workers.runAll(found.comuni().stream()
                .<Callable<Checked>>map(folder -> () -> loadAndCheck(folder)).toList())) {
            policies += comune.policies().size();
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
        // Before the previous site is read: a killed build may have hidden it mid-swap.
        publisher.recover(out);
        PolicySources.Found found = loader.find(inputs);
        InputFingerprints fingerprints = new InputFingerprints();
        PreviousSite previous = new PreviousSite(out, fingerprints.tool(), options.force());
        List<PreviousSite.Plan> plans = workers.runAll(found.comuni().stream()
                .<Callable<PreviousSite.Plan>>map(folder -> () -> previous.plan(folder, fingerprints.of(folder)))
                .toList());
        List<Diagnostic> diagnostics = new ArrayList<>(found.diagnostics());
        if (!Diagnostic.anyError(diagnostics) && previous.unchanged(plans)) {
            int policies = plans.stream().mapToInt(p -> p.kept().orElseThrow().entry().policies().size()).sum();
            return new Outcome(policies, 0, diagnostics);
        }
        if (plans.stream().anyMatch(p -> p.kept().isEmpty())) {
            startAsciidoctorMeanwhile();
        }
        List<PreviousSite.Result> results = new ArrayList<>();
        try {
            publish(plans, previous, fingerprints.tool(), out, options.progress(), results, diagnostics);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        int policies = count(results.stream());
        int rendered = count(results.stream().filter(r -> !r.carried()));
        return new Outcome(policies, rendered, diagnostics);
    }

    private void publish(List<PreviousSite.Plan> plans, PreviousSite previous, String tool, Path out,
            BuildProgress progress, List<PreviousSite.Result> results, List<Diagnostic> diagnostics)
            throws IOException {
        progress.start(plans.size());
        publisher.publish(out, stage -> {
            siteWriter.publishAssets(stage);
            results.addAll(workers.runAll(plans.stream().<Callable<PreviousSite.Result>>map(plan -> () -> {
                long start = System.nanoTime();
                PreviousSite.Result result = plan.kept().isPresent() ? previous.carryOver(plan, stage) : render(plan, stage);
                progress.done(plan.slug(), System.nanoTime() - start);
                return result;
            }).toList()));
            progress.finish();
            results.forEach(r -> diagnostics.addAll(r.diagnostics()));
            if (Diagnostic.anyError(diagnostics)) {
                return false;
            }
            siteWriter.writeIndex(published(results).map(PublishedComune::entry).toList(), stage);
            diagnostics.addAll(links.check(stage, out, newPages(results)));
            if (Diagnostic.anyError(diagnostics)) {
                return false;
            }
            PreviousSite.manifest(tool, results).write(stage);
            return true;
        });
    }

    /** The comuni that have something to publish (a folder may hold no policy yet). */
    private static Stream<PublishedComune> published(List<PreviousSite.Result> results) {
        return results.stream().flatMap(r -> r.published().stream());
    }

    private static int count(Stream<PreviousSite.Result> results) {
        return results.flatMap(r -> r.published().stream()).mapToInt(p -> p.entry().policies().size()).sum();
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

    /** One comune's policies as read, and every problem loading and checking found. */
    private record Checked(List<Policy> policies, List<Diagnostic> diagnostics) {
    }

    private Checked loadAndCheck(PolicySources.ComuneFolder folder) {
        LoadResult loaded = loader.load(folder);
        List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
        diagnostics.addAll(checker.check(loaded.policies()));
        return new Checked(loaded.policies(), diagnostics);
    }

    private PreviousSite.Result render(PreviousSite.Plan plan, Path stage) throws IOException {
        Checked checked = loadAndCheck(plan.folder());
        List<Policy> policies = checked.policies();
        if (Diagnostic.anyError(checked.diagnostics()) || policies.isEmpty()) {
            return new PreviousSite.Result(Optional.empty(), false, plan.inputs(), checked.diagnostics());
        }
        PublishedComune published = siteWriter.writeComune(policies.get(0).comune(), policies, stage);
        return new PreviousSite.Result(Optional.of(published), false, plan.inputs(), checked.diagnostics());
    }

    /** The pages this build wrote, and the home page: those whose links are checked. */
    private static List<String> newPages(List<PreviousSite.Result> results) {
        List<String> pages = new ArrayList<>();
        pages.add(SitePaths.INDEX);
        results.stream().filter(r -> !r.carried()).flatMap(r -> r.published().stream())
                .flatMap(p -> p.files().stream()).filter(f -> f.endsWith(".html")).forEach(pages::add);
        return pages;
    }
}

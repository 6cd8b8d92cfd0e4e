package it.policydoc.pipeline;

import it.policydoc.check.PolicyChecker;
import it.policydoc.diag.Diagnostic;
import it.policydoc.load.LoadResult;
import it.policydoc.load.PolicyLoader;
import it.policydoc.load.PolicySources;
import it.policydoc.load.VersionFiles;
import it.policydoc.history.Comparer;
import it.policydoc.history.PolicyHistory;
import it.policydoc.history.VersionConsistency;
import it.policydoc.history.VersionTree;
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
import it.policydoc.render.diff.SideBySideRenderer;
import it.policydoc.render.handbook.AsciiDocConverter;
import it.policydoc.render.handbook.HandbookRenderer;
import it.policydoc.site.AssetPublisher;
import it.policydoc.site.BuildManifest;
import it.policydoc.site.HandbookCache;
import it.policydoc.site.HandbookWriter;
import it.policydoc.site.PublishedComune;
import it.policydoc.site.SiteLinkChecker;
import it.policydoc.site.SitePaths;
import it.policydoc.site.SiteWriter;
import it.policydoc.site.StagedPublisher;
import it.policydoc.site.Tasks;
import it.policydoc.site.VersionsWriter;
import it.policydoc.text.InlineMarkdown;
import it.policydoc.text.RecentPolicyTexts;
import it.policydoc.util.Lazy;
import it.policydoc.util.Meanwhile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

/**
 * The pipeline in one place: load → check → render → publish, comune by comune on every core.
 * Expensive, thread-safe parts (schemas, FreeMarker, Flexmark, the PDF writer's fonts,
 * Asciidoctor) are made once per instance and shared by the worker threads, each only when a run
 * needs it: the schemas when the first file is read, the writers when a build has something to
 * render, Asciidoctor when a handbook needs converting; nothing holds more than one comune's
 * documents at a time.
 * A build renders only the comuni whose inputs changed since the last one, and of those only
 * the expensive outputs (PDFs, office documents, handbook conversions) whose sources changed.
 */
public final class PolicyBuild {

    /** How many pages the link check is given at once: enough to keep every thread busy. */
    private static final int LINK_CHECK_BATCH = 2000;

    private final PolicyLoader loader = new PolicyLoader();
    private final VersionTree trees;
    private final InlineMarkdown markdown = new InlineMarkdown();
    private final Comparer comparer;
    private final PolicyChecker checker;
    /**
     * Made on first use, or meanwhile once a build knows it will render: a check, or a build with
     * nothing changed, never loads FreeMarker, the PDF writer or the office libraries.
     */
    private final Lazy<Writers> writers;
    private final StagedPublisher publisher = new StagedPublisher();
    private final SiteLinkChecker links = new SiteLinkChecker();
    private final Workers workers;
    private final Optional<Path> templatesFolder;
    /** Shared by every handbook; cheap until the first handbook starts Asciidoctor. */
    private final AsciiDocConverter asciidoc = new AsciiDocConverter();

    public PolicyBuild() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** @param threads how many comuni are worked on at once */
    public PolicyBuild(int threads) {
        this(threads, Optional.empty());
    }

    /**
     * @param templatesFolder templates read before the packaged ones (the preview's live
     *     templates): part of every comune's inputs
     */
    public PolicyBuild(int threads, Optional<Path> templatesFolder) {
        this.templatesFolder = templatesFolder;
        this.workers = new Workers(threads);
        this.trees = new VersionTree(text -> markdown.toPlainText(text.markdown()));
        this.checker = PolicyChecker.standard(markdown);
        this.comparer = new Comparer(trees);
        this.writers = new Lazy<>(() -> writers(templatesFolder));
    }

    /** What writes a site and a testo a fronte. */
    private record Writers(SiteWriter site, SideBySideRenderer sideBySide) {
    }

    private Writers writers(Optional<Path> templatesFolder) {
        Templates templates = new Templates(templatesFolder);
        // Every output of a policy renders its texts once, into the memo they share.
        RecentPolicyTexts texts = new RecentPolicyTexts(markdown);
        PolicyViewBuilder views = new PolicyViewBuilder(texts);
        WebPageRenderer pages = new WebPageRenderer(templates, views, new LegislationJsonLd(markdown, texts));
        ArchivalPdfWriter pdf = new ArchivalPdfWriter();
        SideBySideRenderer sideBySide = new SideBySideRenderer(templates, pdf);
        DeliberationPdfRenderer deliberation = new DeliberationPdfRenderer(templates, views, markdown, pdf);
        HandbookRenderer handbooks = new HandbookRenderer(templates, views, markdown, pdf, asciidoc);
        SiteWriter site = new SiteWriter(pages, deliberation, new EditableAnnexRenderer(deliberation),
                new AkomaNtosoWriter(markdown, texts), new SiteIndexRenderer(templates, markdown),
                new AssetPublisher(), new HandbookWriter(handbooks),
                new VersionsWriter(pages, deliberation, sideBySide, comparer, templates, markdown));
        return new Writers(site, sideBySide);
    }

    /** Whether the writers have been made: only a build that renders, or a testo a fronte, makes them. */
    boolean writersMade() {
        return writers.made();
    }

    /**
     * Whether Asciidoctor (JRuby, seconds to start) has been started: only a first build, or a
     * handbook whose skeleton no earlier build converted, starts it.
     */
    public boolean asciidoctorStarted() {
        return asciidoc.started();
    }

    /**
     * What a command found and did.
     *
     * @param policies the policies checked or published
     * @param rendered how many of them were rendered by this build (the others were unchanged)
     * @param diagnostics every problem, sorted by position
     * @param removed the policies the previous site had and this one has not, as {@code <comune>/<policy>}
     */
    public record Outcome(int policies, int rendered, List<Diagnostic> diagnostics, List<String> removed) {

        public Outcome {
            diagnostics = diagnostics.stream().sorted(Diagnostic.BY_POSITION).toList();
            removed = List.copyOf(removed);
        }

        public Outcome(int policies, int rendered, List<Diagnostic> diagnostics) {
            this(policies, rendered, diagnostics, List.of());
        }

        public boolean hasErrors() {
            return Diagnostic.anyError(diagnostics);
        }
    }

    /**
     * How a build goes: all comuni rendered again or only the changed ones, who is told, and the
     * address the site will be published at, if known.
     *
     * @param baseUrl where the site's root folder will be on the web (ending with "/"): the CMS
     *     fragments then link the PDFs and the handbook with absolute addresses, which still work
     *     once the fragment is pasted into a page elsewhere
     */
    public record Options(boolean force, BuildProgress progress, Optional<URI> baseUrl) {

        public static final Options DEFAULT = new Options(false, BuildProgress.SILENT);

        public Options(boolean force, BuildProgress progress) {
            this(force, progress, Optional.empty());
        }
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
        Optional<BuildManifest.Summary> last = PreviousSite.summary(out, options.force());
        InputFingerprints fingerprints = new InputFingerprints(templatesFolder,
                new FileHashes(last.map(BuildManifest.Summary::inputs), Instant.now()));
        // Another base address changes every fragment: nothing built for the old one is kept.
        String tool = fingerprints.tool() + options.baseUrl().map(url -> " " + url).orElse("");
        PreviousSite previousSummary = new PreviousSite(out, tool, last);
        List<PolicySources.ComuneFolder> comuni = found.comuni();
        List<PreviousSite.Plan> plans = workers.runAll(IntStream.range(0, comuni.size())
                .<Callable<PreviousSite.Plan>>mapToObj(i -> () -> previousSummary.plan(i, comuni.get(i),
                        fingerprints.of(comuni.get(i))))
                .toList());
        List<Diagnostic> diagnostics = new ArrayList<>(found.diagnostics());
        if (!Diagnostic.anyError(diagnostics) && previousSummary.unchanged(plans)) {
            return new Outcome(previousSummary.policies(plans), 0, diagnostics);
        }
        PreviousSite previous = previousSummary.withDetails();
        if (!plans.stream().allMatch(previous::keeps)) {
            // The writers' cold start overlaps the loading and checking of the first comune.
            warmUpWritersMeanwhile();
        }
        if (previous.empty() && !plans.isEmpty()) {
            // Nothing kept from a last build: every handbook needs Asciidoctor.
            startAsciidoctorMeanwhile();
        }
        Set<String> before = PublishedPolicies.in(out);
        List<PreviousSite.Result> results = new ArrayList<>();
        try {
            publish(plans, previous, tool, fingerprints, out, options, results, diagnostics);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        int policies = results.stream().mapToInt(PreviousSite.Result::policies).sum();
        int rendered = results.stream().filter(PreviousSite.Result::rendered).mapToInt(PreviousSite.Result::policies)
                .sum();
        List<String> removed = List.of();
        if (!Diagnostic.anyError(diagnostics)) {
            Set<String> after = PublishedPolicies.in(out);
            removed = before.stream().filter(p -> !after.contains(p)).toList();
        }
        return new Outcome(policies, rendered, diagnostics, removed);
    }

    private void publish(List<PreviousSite.Plan> plans, PreviousSite previous, String tool,
            InputFingerprints fingerprints, Path out, Options options, List<PreviousSite.Result> results,
            List<Diagnostic> diagnostics) throws IOException {
        BuildProgress progress = options.progress();
        progress.start(plans.size());
        // Fewer comuni to render than threads (a clerk's edit): each one's outputs share the threads.
        Tasks outputTasks = plans.stream().filter(p -> !previous.keeps(p)).count() < workers.threads() ? workers
                : Tasks.SEQUENTIAL;
        publisher.publish(out, stage -> {
            writers.get().site().publishAssets(stage, previous.empty() ? Optional.empty() : Optional.of(out));
            HandbookCache cache = new HandbookCache(options.force() ? Optional.empty() : Optional.of(out), stage, tool);
            try (BuildManifest.Writer manifest = new BuildManifest.Writer(stage,
                    plans.stream().map(PreviousSite.Plan::slug).toList())) {
                // Every input was looked at when the comuni were planned: the records wait in the stage, not in memory.
                manifest.inputs(fingerprints.takeRecorded());
                results.addAll(workers.runAll(plans.stream()
                        .<Callable<PreviousSite.Result>>map(plan -> () -> {
                            long start = System.nanoTime();
                            Optional<BuildManifest.Comune> last = previous.last(plan);
                            Optional<BuildManifest.Comune> kept = last.filter(c -> plan.same());
                            PreviousSite.Result result = kept.isPresent()
                                    ? previous.carryOver(plan, kept.get(), stage, cache, manifest)
                                    : render(plan, stage, options.baseUrl(), new SiteWriter.Reuse(
                                            previous.outputs(last), cache.use(), outputTasks), manifest);
                            progress.done(plan.slug(), System.nanoTime() - start);
                            return result;
                        }).toList()));
                progress.finish();
                results.forEach(r -> diagnostics.addAll(r.diagnostics()));
                if (Diagnostic.anyError(diagnostics)) {
                    return false;
                }
                writers.get().site().writeIndex(manifest.entries(), stage);
                diagnostics.addAll(checkLinks(stage, out, plans, results, manifest));
                if (Diagnostic.anyError(diagnostics)) {
                    return false;
                }
                manifest.finish(tool);
                return true;
            }
        });
    }

    /**
     * Checks the links of the home page and of the pages this build wrote, read back from the
     * manifest a batch of comuni at a time: the pages of a whole country are never listed at once.
     */
    private List<Diagnostic> checkLinks(Path stage, Path out, List<PreviousSite.Plan> plans,
            List<PreviousSite.Result> results, BuildManifest.Writer manifest) throws IOException {
        List<Diagnostic> broken = new ArrayList<>();
        List<String> pages = new ArrayList<>(List.of(SitePaths.INDEX));
        for (int i = 0; i < plans.size(); i++) {
            if (results.get(i).rendered()) {
                manifest.files(plans.get(i).position()).stream().filter(f -> f.endsWith(".html")).forEach(pages::add);
            }
            if (pages.size() >= LINK_CHECK_BATCH) {
                broken.addAll(links.check(stage, out, pages, workers));
                pages.clear();
            }
        }
        if (!pages.isEmpty()) {
            broken.addAll(links.check(stage, out, pages, workers));
        }
        return broken;
    }

    /**
     * Makes the writers, then writes a small PDF and office annex with them: a build that renders
     * writes at least one of each, and the first of each in a cold JVM costs most of a second of
     * loading code. Done on a spare core while the first comune is loaded and checked, it is off
     * the path to the first output. Best effort: if it fails, the real documents meet the same
     * problem and report it (a failure to make the writers is kept by {@link Lazy} for them).
     */
    private void warmUpWritersMeanwhile() {
        Meanwhile.start("writers-warm-up", () -> {
            try {
                writers.get().site().warmUp();
            } catch (IOException | RuntimeException e) {
                // Nothing is lost: the same code runs again for the real documents.
            }
        });
    }

    /**
     * JRuby takes seconds to start and the first handbook is only needed after the first
     * comune's other outputs: starting it on its own thread overlaps that wait with their work.
     */
    private void startAsciidoctorMeanwhile() {
        Meanwhile.start("asciidoctor-start", asciidoc::start);
    }

    /**
     * One comune's policies as read, each with its approved versions and numbered by them, and
     * every problem loading and checking found.
     */
    record Checked(List<PolicyHistory> histories, List<Diagnostic> diagnostics) {

        List<Policy> policies() {
            return histories.stream().map(PolicyHistory::current).toList();
        }
    }

    Checked loadAndCheck(PolicySources.ComuneFolder folder) {
        LoadResult loaded = loader.load(folder);
        List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
        List<PolicyHistory> histories = new ArrayList<>();
        for (Policy policy : loaded.policies()) {
            VersionFiles.Read versions = loader.versions(policy);
            diagnostics.addAll(versions.diagnostics());
            PolicyHistory history = PolicyHistory.of(policy, versions.versions(), trees);
            diagnostics.addAll(VersionConsistency.check(history, trees));
            histories.add(history);
        }
        diagnostics.addAll(checker.check(histories.stream().map(PolicyHistory::current).toList()));
        return new Checked(histories, diagnostics);
    }

    /** Loads and checks the comune of one policy file, the way {@code check} would. */
    Checked loadAndCheck(Path policyFile) {
        PolicySources.Found found = loader.find(List.of(policyFile));
        List<Diagnostic> diagnostics = new ArrayList<>(found.diagnostics());
        List<PolicyHistory> histories = new ArrayList<>();
        for (PolicySources.ComuneFolder folder : found.comuni()) {
            Checked checked = loadAndCheck(folder);
            diagnostics.addAll(checked.diagnostics());
            histories.addAll(checked.histories());
        }
        return new Checked(histories, diagnostics);
    }

    PolicyLoader loader() {
        return loader;
    }

    Comparer comparer() {
        return comparer;
    }

    SideBySideRenderer sideBySide() {
        return writers.get().sideBySide();
    }

    InlineMarkdown markdown() {
        return markdown;
    }

    private PreviousSite.Result render(PreviousSite.Plan plan, Path stage, Optional<URI> baseUrl, SiteWriter.Reuse reuse,
            BuildManifest.Writer manifest) throws IOException {
        Checked checked = loadAndCheck(plan.folder());
        List<Policy> policies = checked.policies();
        if (Diagnostic.anyError(checked.diagnostics()) || policies.isEmpty()) {
            return PreviousSite.notPublished(checked.diagnostics());
        }
        PublishedComune published = writers.get().site().writeComune(policies.get(0).comune(), checked.histories(),
                stage, baseUrl, reuse);
        return PreviousSite.published(plan, published, false, checked.diagnostics(), manifest);
    }
}

package it.policydoc.build;

import it.policydoc.check.PolicyChecker;
import it.policydoc.diag.Diagnostic;
import it.policydoc.load.LoadResult;
import it.policydoc.load.PolicyLoader;
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
import it.policydoc.site.HandbookWriter;
import it.policydoc.site.SiteLinkChecker;
import it.policydoc.site.SiteWriter;
import it.policydoc.site.StagedPublisher;
import it.policydoc.text.InlineMarkdown;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline in one place: load → check → render → publish. Expensive, thread-safe parts
 * (schemas, FreeMarker, Flexmark, the PDF writer's fonts, Asciidoctor) are made once per instance
 * and reused for every policy; Asciidoctor only when the first handbook is built.
 */
public final class PolicyBuild {

    private final PolicyLoader loader = new PolicyLoader();
    private final PolicyChecker checker;
    private final SiteWriter siteWriter;
    private final StagedPublisher publisher = new StagedPublisher();
    private final SiteLinkChecker links = new SiteLinkChecker();
    /** Shared by every handbook; cheap until the first handbook starts Asciidoctor. */
    private final AsciiDocConverter asciidoc = new AsciiDocConverter();

    public PolicyBuild() {
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

    /** What {@code check} found: the policies read and every diagnostic, sorted by position. */
    public record Outcome(List<Policy> policies, List<Diagnostic> diagnostics) {

        public Outcome {
            policies = List.copyOf(policies);
            diagnostics = diagnostics.stream().sorted(Diagnostic.BY_POSITION).toList();
        }

        public boolean hasErrors() {
            return Diagnostic.anyError(diagnostics);
        }
    }

    /** Loads and checks; writes nothing. */
    public Outcome check(List<Path> inputs) {
        LoadResult loaded = loader.load(inputs);
        List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
        diagnostics.addAll(checker.check(loaded.policies()));
        return new Outcome(loaded.policies(), diagnostics);
    }

    /**
     * Checks, then, only if no check reported an error, writes the site into {@code out}
     * (replacing it as a whole, or not at all: a link of the written site that leads nowhere
     * is an error too, and keeps the previous site).
     */
    public Outcome build(List<Path> inputs, Path out) throws IOException {
        Outcome outcome = check(inputs);
        if (outcome.hasErrors()) {
            return outcome;
        }
        List<Diagnostic> brokenLinks = new ArrayList<>();
        publisher.publish(out, dir -> {
            siteWriter.write(outcome.policies(), dir);
            brokenLinks.addAll(links.check(dir, out));
            return brokenLinks.isEmpty();
        });
        List<Diagnostic> all = new ArrayList<>(outcome.diagnostics());
        all.addAll(brokenLinks);
        return new Outcome(outcome.policies(), all);
    }
}

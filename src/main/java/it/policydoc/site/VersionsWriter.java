package it.policydoc.site;

import it.policydoc.history.AmendmentNotes;
import it.policydoc.history.Comparer;
import it.policydoc.history.Comparison;
import it.policydoc.history.PolicyHistory;
import it.policydoc.history.Version;
import it.policydoc.model.Act;
import it.policydoc.model.Policy;
import it.policydoc.pdf.PrintDocument;
import it.policydoc.render.DeliberationPdfRenderer;
import it.policydoc.render.LegislationJsonLd;
import it.policydoc.render.PolicyViewBuilder;
import it.policydoc.render.Templates;
import it.policydoc.render.WebPageRenderer;
import it.policydoc.render.diff.SideBySideRenderer;
import it.policydoc.render.diff.SideBySideView;
import it.policydoc.render.diff.SideBySideViewBuilder;
import it.policydoc.render.diff.VersionListView;
import it.policydoc.render.view.DownloadView;
import it.policydoc.text.InlineMarkdown;
import it.policydoc.text.ItalianDates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The history of a policy on the site: every approved version at a stable address,
 * {@code versioni/<AAAA-MM-GG>/} (its page and deliberation PDF as they were, and the testo a
 * fronte of the amendment it made), {@code versioni/index.html} listing them, and, while an
 * amendment is a draft, the proposal under {@code proposta/} (its testo a fronte and proposed
 * text), marked as a proposal. Returns the files written, relative to the policy's folder.
 */
public final class VersionsWriter {

    private final WebPageRenderer pages;
    private final DeliberationPdfRenderer deliberation;
    private final SideBySideRenderer sideBySide;
    private final Comparer comparer;
    private final Templates templates;
    private final InlineMarkdown markdown;

    public VersionsWriter(WebPageRenderer pages, DeliberationPdfRenderer deliberation, SideBySideRenderer sideBySide,
            Comparer comparer, Templates templates, InlineMarkdown markdown) {
        this.pages = pages;
        this.deliberation = deliberation;
        this.sideBySide = sideBySide;
        this.comparer = comparer;
        this.templates = templates;
        this.markdown = markdown;
    }

    /** The approved versions as a page's JSON-LD links them, from a page {@code href} away from their folder. */
    public static LegislationJsonLd.Versions versions(PolicyHistory history, String href) {
        return new LegislationJsonLd.Versions(href,
                history.versions().stream().map(Version::date).collect(java.util.stream.Collectors.toSet()));
    }

    /** The links the policy's page gives to its history and proposal. */
    public static List<DownloadView> links(PolicyHistory history) {
        List<DownloadView> links = new ArrayList<>();
        if (history.amending()) {
            links.add(new DownloadView(SitePaths.PROPOSAL_DIR + "/" + SitePaths.SIDE_BY_SIDE_PAGE,
                    "Proposta di modifica in corso: testo a fronte", "pagina web e PDF"));
        }
        if (!history.versions().isEmpty()) {
            links.add(new DownloadView(SitePaths.VERSIONS_INDEX, "Versioni approvate e modifiche", "pagina web"));
        }
        return links;
    }

    /**
     * @param policyFolder the policy's folder, from the site's root
     * @param outputs the PDFs of the last build: an approved version's do not change, and are linked again
     */
    public List<String> write(PolicyHistory history, Path siteDir, String policyFolder, ReusableOutputs outputs)
            throws IOException {
        Path policyDir = siteDir.resolve(policyFolder);
        Output out = new Output(siteDir, policyFolder, outputs);
        List<String> files = new ArrayList<>();
        List<Version> versions = history.versions();
        if (versions.isEmpty()) {
            return files;
        }
        List<VersionListView.Entry> entries = new ArrayList<>();
        for (int i = versions.size() - 1; i >= 0; i--) {
            Version v = versions.get(i);
            String folder = SitePaths.VERSIONS_DIR + "/" + v.date();
            Path dir = Files.createDirectories(policyDir.resolve(folder));
            files.addAll(policyPage(v.policy(), history.versionNotes().get(i), versions(history, "../"), dir, folder,
                    out));
            String sideBySideHref = null;
            String sideBySidePdfHref = null;
            if (i > 0) {
                Version before = versions.get(i - 1);
                files.addAll(sideBySide(before, v.policy(), "Testo approvato il " + ItalianDates.format(v.date()),
                        false, v.date(), dir, folder, SitePaths.rootFromVersion(), out));
                sideBySideHref = v.date() + "/" + SitePaths.SIDE_BY_SIDE_PAGE;
                sideBySidePdfHref = v.date() + "/" + SitePaths.SIDE_BY_SIDE_PDF;
            }
            entries.add(new VersionListView.Entry(ItalianDates.format(v.date()),
                    v.act().map(this::actLine).orElse(""), i == versions.size() - 1,
                    v.date() + "/" + SitePaths.PAGE, v.date() + "/" + SitePaths.DELIBERATION,
                    sideBySideHref, sideBySidePdfHref));
        }
        Policy current = history.current();
        VersionListView list = new VersionListView("Comune di " + current.comune().name(),
                "Provincia di " + current.comune().province(), title(current), "../" + SitePaths.PAGE, entries);
        Files.writeString(policyDir.resolve(SitePaths.VERSIONS_INDEX),
                templates.render("web/versioni.ftlh", Map.of("v", list, "root", SitePaths.rootFromVersions())),
                StandardCharsets.UTF_8);
        files.add(SitePaths.VERSIONS_INDEX);
        if (history.amending()) {
            Version inForce = history.inForce().orElseThrow();
            Path dir = Files.createDirectories(policyDir.resolve(SitePaths.PROPOSAL_DIR));
            files.addAll(policyPage(current, history.currentNotes(),
                    versions(history, "../" + SitePaths.VERSIONS_DIR + "/"), dir, SitePaths.PROPOSAL_DIR, out));
            files.addAll(sideBySide(inForce, current, "Testo modificato (proposta)", true,
                    current.metadata().referenceDate().orElse(inForce.date()), dir, SitePaths.PROPOSAL_DIR,
                    SitePaths.rootFromProposal(), out));
        }
        return files;
    }

    /** Where the PDFs go, and what the last build left of them. */
    private record Output(Path siteDir, String policyFolder, ReusableOutputs outputs) {

        long pdf(String folder, String file, PrintDocument document, ReusableOutputs.PdfMaker maker)
                throws IOException {
            return outputs.pdf(siteDir, policyFolder + "/" + folder + "/" + file, document, maker);
        }
    }

    /** A text's page and deliberation PDF, in a folder below the policy's. */
    private List<String> policyPage(Policy policy, AmendmentNotes notes, LegislationJsonLd.Versions versions, Path dir,
            String folder, Output out) throws IOException {
        long pdf = out.pdf(folder, SitePaths.DELIBERATION,
                deliberation.document(policy, deliberation.view(policy, notes)), deliberation::write);
        List<DownloadView> downloads = List.of(deliberation.download(policy, SitePaths.DELIBERATION, pdf));
        String root = folder.startsWith(SitePaths.VERSIONS_DIR) ? SitePaths.rootFromVersion() : SitePaths.rootFromProposal();
        Files.writeString(dir.resolve(SitePaths.PAGE), pages.page(policy, root, downloads, "", notes, versions), StandardCharsets.UTF_8);
        return List.of(folder + "/" + SitePaths.DELIBERATION, folder + "/" + SitePaths.PAGE);
    }

    private List<String> sideBySide(Version before, Policy after, String newHeading, boolean proposal, LocalDate date,
            Path dir, String folder, String root, Output out) throws IOException {
        Comparison comparison = comparer.compare(before.policy(), after);
        SideBySideView view = new SideBySideViewBuilder().build(after, comparison,
                proposal ? "Testo a fronte della proposta di modifica" : "Testo a fronte della modifica",
                "Testo approvato il " + ItalianDates.format(before.date()), newHeading, proposal, title(after));
        Files.writeString(dir.resolve(SitePaths.SIDE_BY_SIDE_PAGE),
                sideBySide.page(view, root, SitePaths.policyPageFrom(folder), SitePaths.SIDE_BY_SIDE_PDF),
                StandardCharsets.UTF_8);
        out.pdf(folder, SitePaths.SIDE_BY_SIDE_PDF, sideBySide.document(view, date), sideBySide::write);
        return List.of(folder + "/" + SitePaths.SIDE_BY_SIDE_PAGE, folder + "/" + SitePaths.SIDE_BY_SIDE_PDF);
    }

    private String actLine(Act act) {
        return PolicyViewBuilder.actName(act) + " n. " + act.number().orElse("") + act.date()
                .map(d -> " del " + ItalianDates.format(d)).orElse("");
    }

    private String title(Policy policy) {
        return markdown.toPlainText(policy.metadata().title().markdown());
    }
}

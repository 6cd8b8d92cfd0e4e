package it.policydoc.site;

import it.policydoc.history.AmendmentNotes;
import it.policydoc.history.PolicyHistory;
import it.policydoc.model.Comune;
import it.policydoc.model.Policy;
import it.policydoc.render.DeliberationPdfRenderer;
import it.policydoc.render.EditableAnnexRenderer;
import it.policydoc.render.SiteIndexRenderer;
import it.policydoc.render.WebPageRenderer;
import it.policydoc.render.akn.AkomaNtosoWriter;
import it.policydoc.render.view.DownloadView;
import it.policydoc.render.view.IndexEntry;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the outputs into a site folder: each comune's policies (any number of comuni at once,
 * from several threads), the home page and the shared assets. Holds no state of its own.
 */
public final class SiteWriter {

    private final WebPageRenderer pages;
    private final DeliberationPdfRenderer deliberation;
    private final SiteIndexRenderer index;
    private final AssetPublisher assets;
    private final HandbookWriter handbooks;
    private final EditableAnnexRenderer editableAnnex;
    private final AkomaNtosoWriter akomaNtoso;
    private final VersionsWriter versions;

    public SiteWriter(WebPageRenderer pages, DeliberationPdfRenderer deliberation, EditableAnnexRenderer editableAnnex,
            AkomaNtosoWriter akomaNtoso, SiteIndexRenderer index, AssetPublisher assets, HandbookWriter handbooks,
            VersionsWriter versions) {
        this.pages = pages;
        this.deliberation = deliberation;
        this.editableAnnex = editableAnnex;
        this.akomaNtoso = akomaNtoso;
        this.index = index;
        this.assets = assets;
        this.handbooks = handbooks;
        this.versions = versions;
    }

    public void publishAssets(Path siteDir) throws IOException {
        assets.publish(siteDir);
    }

    /**
     * Every output of a comune's policies, and what the home page lists of them. While an
     * amendment is a draft, the public page stays the text in force; the proposal and every
     * approved version are written beside it.
     *
     * @param baseUrl where the site's root will be on the web: the fragment's links to the PDFs and
     *     the handbook become absolute, so that they work wherever the fragment is pasted
     */
    public PublishedComune writeComune(Comune comune, List<PolicyHistory> histories, Path siteDir,
            Optional<URI> baseUrl) throws IOException {
        List<String> files = new ArrayList<>();
        List<IndexEntry.PolicyLink> links = new ArrayList<>();
        for (PolicyHistory history : histories) {
            Policy policy = history.amending() ? history.inForce().orElseThrow().policy() : history.current();
            String folder = SitePaths.policyDir(policy);
            Path dir = Files.createDirectories(siteDir.resolve(folder));
            for (String file : versions.write(history, dir)) {
                files.add(folder + "/" + file);
            }
            // The PDFs first: the page links them with their sizes.
            AmendmentNotes notes = history.publishedNotes();
            byte[] pdf = deliberation.render(policy, notes);
            Files.write(dir.resolve(SitePaths.DELIBERATION), pdf);
            List<DownloadView> downloads = new ArrayList<>();
            downloads.add(deliberation.download(policy, SitePaths.DELIBERATION, pdf.length));
            EditableAnnexRenderer.Documents editable = editableAnnex.render(policy, notes);
            Files.write(dir.resolve(SitePaths.DELIBERATION_ODT), editable.odt());
            Files.write(dir.resolve(SitePaths.DELIBERATION_DOCX), editable.docx());
            downloads.add(editableAnnex.odtDownload(policy, SitePaths.DELIBERATION_ODT, editable.odt().length));
            downloads.add(editableAnnex.docxDownload(policy, SitePaths.DELIBERATION_DOCX, editable.docx().length));
            downloads.addAll(handbooks.write(policy, dir));
            byte[] akn = akomaNtoso.write(policy, notes);
            Files.write(dir.resolve(SitePaths.AKOMA_NTOSO), akn);
            downloads.add(pages.aknDownload(SitePaths.AKOMA_NTOSO, akn.length));
            downloads.addAll(VersionsWriter.links(history));
            writeText(dir.resolve(SitePaths.PAGE), pages.page(policy, SitePaths.rootFromPolicy(), downloads,
                    SitePaths.AKOMA_NTOSO, notes, VersionsWriter.versions(history, SitePaths.VERSIONS_DIR + "/")));
            writeText(dir.resolve(SitePaths.FRAGMENT), pages.fragment(policy, baseUrl
                    .map(base -> absolute(base.resolve(folder + "/"), downloads)).orElse(downloads)));
            for (String file : List.of(SitePaths.DELIBERATION, SitePaths.DELIBERATION_ODT, SitePaths.DELIBERATION_DOCX,
                    SitePaths.HANDBOOK_PDF, SitePaths.HANDBOOK_PAGE, SitePaths.AKOMA_NTOSO, SitePaths.PAGE,
                    SitePaths.FRAGMENT)) {
                files.add(folder + "/" + file);
            }
            links.add(index.link(policy, SitePaths.pageHref(policy)));
        }
        return new PublishedComune(comune.slug(), SiteIndexRenderer.comune(comune, links), files);
    }

    /** The home page, listing the comuni in the order given. */
    public void writeIndex(List<IndexEntry> comuni, Path siteDir) throws IOException {
        writeText(siteDir.resolve(SitePaths.INDEX), index.index(comuni));
    }

    private static List<DownloadView> absolute(URI policyFolder, List<DownloadView> downloads) {
        return downloads.stream()
                .map(d -> new DownloadView(policyFolder.resolve(d.href()).toString(), d.label(), d.details()))
                .toList();
    }

    private static void writeText(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}

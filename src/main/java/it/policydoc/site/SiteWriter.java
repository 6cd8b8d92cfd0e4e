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
import it.policydoc.render.office.AnnexDocument;
import it.policydoc.render.view.DeliberationView;
import it.policydoc.render.view.DownloadView;
import it.policydoc.render.view.IndexEntry;
import it.policydoc.util.Lazy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Writes the outputs into a site folder: each comune's policies (any number of comuni at once,
 * from several threads), the home page and the shared assets. Holds no state of its own.
 */
public final class SiteWriter {

    /**
     * The order of a policy's outputs when they share the threads (a clerk's edit): longest
     * first, so that the threads finish together: the handbook's PDF (which may have to start
     * Asciidoctor), then the deliberation's, its editable annexes, the handbook's web page.
     */
    private static final List<Integer> LONGEST_FIRST = List.of(0, 1, 2, 3, 4, 5);
    /**
     * Their order when each comune has a thread of its own (a batch): the handbook last, so
     * that while Asciidoctor starts the first comuni make their other outputs instead of waiting.
     */
    private static final List<Integer> HANDBOOK_LAST = List.of(1, 2, 4, 5, 0, 3);

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

    /** @param previousSite the site the last build of this same policydoc published, if any: its assets are reused */
    public void publishAssets(Path siteDir, Optional<Path> previousSite) throws IOException {
        assets.publish(siteDir, previousSite);
    }

    /**
     * Readies the PDF and office writers, whose first document in a cold JVM costs many times
     * a warm one, by writing small documents that are thrown away. Meant for a spare core while a
     * build that will render loads and checks its comuni; it changes no output.
     */
    public void warmUp() throws IOException {
        // The PDF first: the first comune's deliberation PDF is its longest task.
        deliberation.warmUp();
        editableAnnex.warmUp();
    }

    /**
     * What one comune's build may reuse from the last one, and how its work is run.
     *
     * @param outputs the expensive outputs of the last build, by what they were made from
     * @param skeletons the handbook conversions kept by earlier builds
     * @param tasks runs the outputs of one policy, at the same time when there are threads to spare
     */
    public record Reuse(ReusableOutputs outputs, HandbookCache.Use skeletons, Tasks tasks) {
    }

    /** What writing one output gave: the links to it for the policy's page, and its files. */
    private record Written(List<DownloadView> downloads, List<String> files) {
    }

    /**
     * Every output of a comune's policies, and what the home page lists of them. While an
     * amendment is a draft, the public page stays the text in force; the proposal and every
     * approved version are written beside it. The outputs of a policy are independent of one
     * another and are made as separate tasks; the page, which links them with their sizes, last.
     *
     * @param baseUrl where the site's root will be on the web: the fragment's links to the PDFs and
     *     the handbook become absolute, so that they work wherever the fragment is pasted
     */
    public PublishedComune writeComune(Comune comune, List<PolicyHistory> histories, Path siteDir,
            Optional<URI> baseUrl, Reuse reuse) throws IOException {
        List<String> files = new ArrayList<>();
        List<IndexEntry.PolicyLink> links = new ArrayList<>();
        for (PolicyHistory history : histories) {
            Policy policy = history.amending() ? history.inForce().orElseThrow().policy() : history.current();
            String folder = SitePaths.policyDir(policy);
            Path dir = Files.createDirectories(siteDir.resolve(folder));
            AmendmentNotes notes = history.publishedNotes();
            // One view for the PDF and the editable annexes, which say the same: made by the first
            // of them to start, on a worker thread.
            Lazy<DeliberationView> view = new Lazy<>(() -> deliberationView(policy, notes));
            List<Written> written = reuse.tasks().runAll(List.<Callable<Written>>of(
                    () -> new Written(handbooks.writePdf(policy, siteDir, folder, reuse.outputs(), reuse.skeletons()),
                            List.of()),
                    () -> deliberationPdf(policy, view.get(), siteDir, folder, reuse.outputs()),
                    () -> editableAnnexes(policy, view.get(), siteDir, folder, reuse.outputs()),
                    () -> handbookPage(policy, siteDir, folder, reuse.skeletons()),
                    () -> new Written(List.of(), versions.write(history, siteDir, folder, reuse.outputs())),
                    () -> akomaNtoso(policy, notes, dir)), reuse.tasks().atOnce() ? LONGEST_FIRST : HANDBOOK_LAST);
            files.addAll(written.get(4).files().stream().map(f -> folder + "/" + f).toList());
            List<DownloadView> downloads = new ArrayList<>();
            downloads.addAll(written.get(1).downloads());
            downloads.addAll(written.get(2).downloads());
            downloads.addAll(written.get(0).downloads());
            downloads.addAll(written.get(5).downloads());
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
        return new PublishedComune(comune.slug(), SiteIndexRenderer.comune(comune, links), files,
                reuse.outputs().recorded(), reuse.skeletons().names());
    }

    /** A failure to read what the view shows comes out of the tasks as the I/O failure it is. */
    private DeliberationView deliberationView(Policy policy, AmendmentNotes notes) {
        try {
            return deliberation.view(policy, notes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Written handbookPage(Policy policy, Path siteDir, String folder, HandbookCache.Use skeletons)
            throws IOException {
        handbooks.writePage(policy, siteDir, folder, skeletons);
        return new Written(List.of(), List.of());
    }

    private Written deliberationPdf(Policy policy, DeliberationView view, Path siteDir, String folder,
            ReusableOutputs outputs) throws IOException {
        long size = outputs.pdf(siteDir, folder + "/" + SitePaths.DELIBERATION, deliberation.document(policy, view),
                deliberation::write);
        return new Written(List.of(deliberation.download(policy, SitePaths.DELIBERATION, size)), List.of());
    }

    private Written editableAnnexes(Policy policy, DeliberationView view, Path siteDir, String folder,
            ReusableOutputs outputs) throws IOException {
        AnnexDocument annex = editableAnnex.layout(policy, view);
        String fingerprint = OutputFingerprint.ofRecord("office", annex);
        String odtPath = folder + "/" + SitePaths.DELIBERATION_ODT;
        String docxPath = folder + "/" + SitePaths.DELIBERATION_DOCX;
        long odt;
        long docx;
        if (outputs.reusable(odtPath, fingerprint) && outputs.reusable(docxPath, fingerprint)) {
            odt = outputs.reuse(siteDir, odtPath, fingerprint);
            docx = outputs.reuse(siteDir, docxPath, fingerprint);
        } else {
            EditableAnnexRenderer.Documents documents = editableAnnex.write(annex);
            odt = outputs.write(siteDir, odtPath, fingerprint, documents.odt());
            docx = outputs.write(siteDir, docxPath, fingerprint, documents.docx());
        }
        return new Written(List.of(editableAnnex.odtDownload(policy, SitePaths.DELIBERATION_ODT, odt),
                editableAnnex.docxDownload(policy, SitePaths.DELIBERATION_DOCX, docx)), List.of());
    }

    private Written akomaNtoso(Policy policy, AmendmentNotes notes, Path dir) throws IOException {
        byte[] akn = akomaNtoso.write(policy, notes);
        Files.write(dir.resolve(SitePaths.AKOMA_NTOSO), akn);
        return new Written(List.of(pages.aknDownload(SitePaths.AKOMA_NTOSO, akn.length)), List.of());
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

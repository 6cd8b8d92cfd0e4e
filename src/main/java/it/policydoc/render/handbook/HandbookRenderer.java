package it.policydoc.render.handbook;

import it.policydoc.model.Policy;
import it.policydoc.pdf.ArchivalPdfWriter;
import it.policydoc.pdf.PrintDocument;
import it.policydoc.render.PolicyViewBuilder;
import it.policydoc.render.Templates;
import it.policydoc.render.view.DownloadView;
import it.policydoc.render.view.HandbookView;
import it.policydoc.render.view.TocEntry;
import it.policydoc.text.InlineMarkdown;
import it.policydoc.text.ItalianFileSizes;
import it.policydoc.text.PolicyLinks;
import it.policydoc.text.ReferenceLabels;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The staff handbook of a policy, as a web page and as a PDF/A-3a + PDF/UA-1 booklet to print
 * and sign. Both come from one AsciiDoc template ({@code handbook/manuale.adoc.ftl}) with the
 * comune's own chapters, converted by Asciidoctor: to HTML, framed like the policy's page; to
 * XHTML, framed by the print template and written by the same PDF writer as the deliberation.
 * Stateless and thread-safe; Asciidoctor is started by the first handbook whose AsciiDoc skeleton
 * (see {@link HandbookSource}) no earlier build converted.
 */
public final class HandbookRenderer {

    /** What the templates call the chapter that holds the units for staff, to list them under it. */
    private static final String RULES_CHAPTER = "_manuale-regole";

    /**
     * Where the handbook's outputs are, relative to one another.
     *
     * @param pageFromHtml the policy's page, from the handbook's web page
     * @param pageFromPdf the policy's page, from the handbook's PDF
     * @param rootFromHtml the site's root, from the handbook's web page
     */
    public record Placement(String pageFromHtml, String pageFromPdf, String rootFromHtml) {
    }

    /** Both outputs of one policy's handbook. */
    public record Handbook(String page, byte[] pdf) {
    }

    private final Templates templates;
    private final HandbookViewBuilder views;
    private final ReferenceLabels labels;
    private final ArchivalPdfWriter pdf;
    private final AsciiDocConverter asciidoc;

    public HandbookRenderer(Templates templates, PolicyViewBuilder views, InlineMarkdown markdown,
            ArchivalPdfWriter pdf, AsciiDocConverter asciidoc) {
        this.templates = templates;
        this.views = new HandbookViewBuilder(views, markdown);
        this.labels = new ReferenceLabels(markdown);
        this.pdf = pdf;
        this.asciidoc = asciidoc;
    }

    /**
     * The handbook made ready: its web page, and what its PDF is made from (the PDF writer is
     * the expensive part, which a caller may skip when the document is the one it printed last).
     */
    public record Prepared(String page, PrintDocument print) {
    }

    /** The same policy (and chapters) always gives the same page and the same PDF bytes. */
    public Handbook render(Policy policy, Placement placement) throws IOException {
        Prepared prepared = prepare(policy, placement, SkeletonStore.NONE);
        return new Handbook(prepared.page(), pdf.write(prepared.print()));
    }

    /**
     * @param skeletons conversions kept from earlier builds: a policy whose text changed but
     *     whose handbook skeleton did not needs no Asciidoctor
     */
    public Prepared prepare(Policy policy, Placement placement, SkeletonStore skeletons) throws IOException {
        // Dated by its content, never by the clock; a policy without any date gets a fixed one.
        LocalDate date = policy.metadata().referenceDate().orElse(LocalDate.EPOCH);

        HandbookView web = views.build(policy, placement.pageFromHtml());
        AsciiDocConverter.Converted html = convert(policy, web, AsciiDocConverter.Backend.HTML, date, skeletons);
        String page = templates.render("handbook/pagina.ftlh", Map.of(
                "h", web, "body", html.body(), "toc", toc(html, web), "root", placement.rootFromHtml()));

        HandbookView print = views.build(policy, placement.pageFromPdf());
        AsciiDocConverter.Converted xhtml = convert(policy, print, AsciiDocConverter.Backend.XHTML, date, skeletons);
        String document = templates.render("handbook/stampa.ftlh", Map.of(
                "h", print, "body", xhtml.body(), "toc", toc(xhtml, print)));
        return new Prepared(page, new PrintDocument(document, date, List.of()));
    }

    /** The PDF of a prepared handbook. */
    public byte[] pdf(Prepared prepared) throws IOException {
        return pdf.write(prepared.print());
    }

    /** The links to the handbook on the policy's page: the web page, and the PDF with its size. */
    public List<DownloadView> downloads(String pageHref, String pdfHref, long pdfBytes) {
        return List.of(
                new DownloadView(pageHref, "Manuale per il personale", "pagina web"),
                new DownloadView(pdfHref, "Manuale per il personale, da stampare e firmare",
                        "PDF, " + ItalianFileSizes.format(pdfBytes)));
    }

    private AsciiDocConverter.Converted convert(Policy policy, HandbookView view, AsciiDocConverter.Backend backend,
            LocalDate date, SkeletonStore skeletons) {
        HandbookSource source = HandbookSource.render(templates, "handbook/manuale.adoc.ftl", Map.of(
                "h", view,
                "print", backend == AsciiDocConverter.Backend.XHTML));
        return asciidoc.convert(source, backend, new PolicyLinks(policy, labels, view.pageHref()), date, skeletons);
    }

    /** The chapters as Asciidoctor found them, with the sections and articles for staff under theirs. */
    private static List<TocEntry> toc(AsciiDocConverter.Converted converted, HandbookView view) {
        return converted.chapters().stream()
                .map(c -> new TocEntry(c.id(), c.title(), c.id().equals(RULES_CHAPTER) ? view.rules().toc() : List.of()))
                .toList();
    }
}

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

    /** The same policy (and chapters) always gives the same page and the same PDF bytes. */
    public Handbook render(Policy policy, Placement placement) throws IOException {
        return new Handbook(page(policy, placement, SkeletonStore.NONE),
                pdf(print(policy, placement, SkeletonStore.NONE)));
    }

    /**
     * The handbook's web page. The page and the print document are made apart, so that they can
     * be made at the same time (the PDF, the longest part, waits for the print document only).
     *
     * @param skeletons conversions kept from earlier builds: a policy whose text changed but
     *     whose handbook skeleton did not needs no Asciidoctor
     */
    public String page(Policy policy, Placement placement, SkeletonStore skeletons) throws IOException {
        HandbookView web = views.build(policy, placement.pageFromHtml());
        AsciiDocConverter.Converted html = convert(policy, web, AsciiDocConverter.Backend.HTML, date(policy),
                skeletons);
        return templates.render("handbook/pagina.ftlh", Map.of(
                "h", web, "body", html.body(), "toc", toc(html, web), "root", placement.rootFromHtml()));
    }

    /**
     * What the handbook's PDF is made from (the PDF writer is the expensive part, which a caller
     * may skip when the document is the one it printed last).
     *
     * @param skeletons as for {@link #page}
     */
    public PrintDocument print(Policy policy, Placement placement, SkeletonStore skeletons) throws IOException {
        LocalDate date = date(policy);
        HandbookView print = views.build(policy, placement.pageFromPdf());
        AsciiDocConverter.Converted xhtml = convert(policy, print, AsciiDocConverter.Backend.XHTML, date, skeletons);
        String document = templates.render("handbook/stampa.ftlh", Map.of(
                "h", print, "body", xhtml.body(), "toc", toc(xhtml, print)));
        return new PrintDocument(document, date, List.of());
    }

    /** Dated by its content, never by the clock; a policy without any date gets a fixed one. */
    private static LocalDate date(Policy policy) {
        return policy.metadata().referenceDate().orElse(LocalDate.EPOCH);
    }

    /** The PDF of a print document. */
    public byte[] pdf(PrintDocument print) throws IOException {
        return pdf.write(print);
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

package it.policydoc.render.diff;

import it.policydoc.pdf.ArchivalPdfWriter;
import it.policydoc.pdf.PrintDocument;
import it.policydoc.render.Templates;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The testo a fronte, the annex an amending deliberation carries: a web page and an archival,
 * accessible PDF (PDF/A-3a, PDF/UA-1, A4 landscape) drawn from the same view.
 */
public final class SideBySideRenderer {

    private final Templates templates;
    private final ArchivalPdfWriter pdf;

    public SideBySideRenderer(Templates templates, ArchivalPdfWriter pdf) {
        this.templates = templates;
        this.pdf = pdf;
    }

    /**
     * @param root the way back to the site root from the page
     * @param policyHref the way to the policy's page from this page
     * @param pdfHref the way to the PDF from this page, or empty when there is none
     */
    public String page(SideBySideView view, String root, String policyHref, String pdfHref) {
        return templates.render("web/testo-a-fronte.ftlh",
                Map.of("v", view, "root", root, "policyHref", policyHref, "pdfHref", pdfHref));
    }

    /** @param date the date the document speaks from (its newer text's), never the clock's */
    public byte[] pdf(SideBySideView view, LocalDate date) throws IOException {
        return pdf.write(document(view, date));
    }

    /** What the PDF is made from. */
    public PrintDocument document(SideBySideView view, LocalDate date) {
        return new PrintDocument(templates.render("pdf/testo-a-fronte.ftlh", Map.of("v", view)), date, List.of());
    }

    /** The PDF of a document made by {@link #document}. */
    public byte[] write(PrintDocument document) throws IOException {
        return pdf.write(document);
    }
}

package it.policydoc.render;

import it.policydoc.history.AmendmentNotes;
import it.policydoc.model.Policy;
import it.policydoc.model.PolicyStatus;
import it.policydoc.render.office.AnnexDocument;
import it.policydoc.render.office.AnnexLayout;
import it.policydoc.render.office.DocxAnnexWriter;
import it.policydoc.render.office.OdtAnnexWriter;
import it.policydoc.render.view.DeliberationView;
import it.policydoc.render.view.DownloadView;
import it.policydoc.text.ItalianFileSizes;
import java.io.IOException;
import java.time.LocalDate;

/**
 * The deliberation annex as editable documents for the Segretario comunale, who assembles the
 * deliberation in the comune's office software: OpenDocument ({@code .odt}) and Word
 * ({@code .docx}), with the same content as the PDF, laid out from the same view.
 */
public final class EditableAnnexRenderer {

    private final DeliberationPdfRenderer deliberation;
    private final OdtAnnexWriter odt = new OdtAnnexWriter();
    private final DocxAnnexWriter docx = new DocxAnnexWriter();

    public EditableAnnexRenderer(DeliberationPdfRenderer deliberation) {
        this.deliberation = deliberation;
    }

    /** The two documents, ODT and DOCX. */
    public record Documents(byte[] odt, byte[] docx) {
    }

    public Documents render(Policy policy) throws IOException {
        return render(policy, AmendmentNotes.NONE);
    }

    /** The testo coordinato of an amended policy, with the notes the PDF has. */
    public Documents render(Policy policy, AmendmentNotes notes) throws IOException {
        return write(layout(policy, deliberation.view(policy, notes)));
    }

    /** What both documents are made from; {@code view} is the policy's deliberation view. */
    public AnnexDocument layout(Policy policy, DeliberationView view) {
        // Dated by the text, never by the clock, as the PDF is.
        LocalDate date = policy.metadata().referenceDate().orElse(LocalDate.EPOCH);
        return AnnexLayout.of(view, date);
    }

    public Documents write(AnnexDocument annex) throws IOException {
        return new Documents(odt.write(annex), docx.write(annex));
    }

    /** The links on the policy's page: what each file is for, its format and its size. */
    public DownloadView odtDownload(Policy policy, String href, long bytes) {
        return new DownloadView(href, label(policy), "ODT (LibreOffice), " + ItalianFileSizes.format(bytes));
    }

    public DownloadView docxDownload(Policy policy, String href, long bytes) {
        return new DownloadView(href, label(policy), "DOCX (Word), " + ItalianFileSizes.format(bytes));
    }

    /** Named as the PDF's link names the annex. */
    private static String label(Policy policy) {
        return DeliberationPdfRenderer.annexName(policy) + (policy.metadata().status() == PolicyStatus.APPROVED
                ? " (testo modificabile)" : " (bozza modificabile)");
    }
}

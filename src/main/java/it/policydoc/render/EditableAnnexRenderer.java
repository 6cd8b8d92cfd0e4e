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
import it.policydoc.text.InlineRun;
import it.policydoc.text.ItalianFileSizes;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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

    /**
     * Writes a small annex as ODT and DOCX and throws them away: the first of each in a cold JVM
     * costs most of a second (odfdom and POI load their XML machinery, XMLBeans its type
     * system). A build that knows it will write annexes calls this on a spare core while it
     * still loads and checks.
     */
    public void warmUp() throws IOException {
        List<InlineRun> words = List.of(InlineRun.words("Il Comune utilizza i ", false, false, Optional.empty()),
                InlineRun.words("profili social", false, true, Optional.empty()),
                InlineRun.words(" secondo l’articolo 4.", true, false, Optional.empty()));
        AnnexDocument.ItemList commi = new AnnexDocument.ItemList(AnnexDocument.ListKind.COMMI, true,
                List.of(new AnnexDocument.Item("1.", List.of(new AnnexDocument.Paragraph(words)))));
        write(new AnnexDocument("Comune", "Provincia", "Allegato A", false, "Prova", List.of("Atto"),
                List.of(new AnnexDocument.Heading(1, words), commi), List.of("Il Sindaco"), "Prova", "policydoc",
                LocalDate.EPOCH));
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

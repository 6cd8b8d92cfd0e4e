package it.policydoc.render;

import it.policydoc.history.AmendmentNotes;
import it.policydoc.model.Act;
import it.policydoc.model.ActRole;
import it.policydoc.model.Policy;
import it.policydoc.model.PolicyStatus;
import it.policydoc.pdf.ArchivalPdfWriter;
import it.policydoc.pdf.PdfAttachment;
import it.policydoc.pdf.PrintDocument;
import it.policydoc.render.view.ActView;
import it.policydoc.render.view.DeliberationView;
import it.policydoc.render.view.DownloadView;
import it.policydoc.text.InlineMarkdown;
import it.policydoc.text.ItalianFileSizes;
import it.policydoc.text.ItalianGrammar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The policy as the annex ("Allegato A") to the act that adopts it, whichever organ adopts it: an
 * A4 PDF/A-3a and PDF/UA-1 document
 * drawn by the print template {@code pdf/deliberazione.ftlh} from the same view as the web
 * page, with the policy's YAML source attached.
 */
public final class DeliberationPdfRenderer {

    private static final String SOURCE_MIME_TYPE = "application/yaml";
    private static final String SOURCE_DESCRIPTION =
            "Testo della policy in formato YAML, da cui è generato questo documento";
    private static final String BASE_DESCRIPTION = "Testo base in formato YAML, che la policy del Comune estende";
    /** The base often has the same file name as the policy that extends it. */
    private static final String BASE_PREFIX = "base-";

    private final Templates templates;
    private final PolicyViewBuilder views;
    private final InlineMarkdown markdown;
    private final ArchivalPdfWriter pdf;

    public DeliberationPdfRenderer(Templates templates, PolicyViewBuilder views, InlineMarkdown markdown,
            ArchivalPdfWriter pdf) {
        this.templates = templates;
        this.views = views;
        this.markdown = markdown;
        this.pdf = pdf;
    }

    /** The PDF's bytes: the same policy (and YAML files) always gives the same bytes. */
    public byte[] render(Policy policy) throws IOException {
        return render(policy, AmendmentNotes.NONE);
    }

    /** The testo coordinato of an amended policy: the text with the notes of the acts that changed it. */
    public byte[] render(Policy policy, AmendmentNotes notes) throws IOException {
        return pdf.write(document(policy, view(policy, notes)));
    }

    /** What the PDF is made from: its XHTML, date and attachments; {@code view} is the policy's {@link #view}. */
    public PrintDocument document(Policy policy, DeliberationView view) throws IOException {
        String xhtml = templates.render("pdf/deliberazione.ftlh", Map.of("d", view));
        // The archived act carries what it was made from: the policy's file and the base it extends.
        List<PdfAttachment> sources = new ArrayList<>();
        sources.add(yaml(policy.source(), policy.source().getFileName().toString(), SOURCE_DESCRIPTION));
        if (policy.base().isPresent()) {
            Path base = policy.base().get();
            sources.add(yaml(base, BASE_PREFIX + base.getFileName(), BASE_DESCRIPTION));
        }
        // Dated by its content, never by the clock; a policy without any date gets a fixed one.
        LocalDate date = policy.metadata().referenceDate().orElse(LocalDate.EPOCH);
        return new PrintDocument(xhtml, date, sources);
    }

    /** Readies the PDF writer in a cold JVM: see {@link ArchivalPdfWriter#warmUp()}. */
    public void warmUp() throws IOException {
        pdf.warmUp();
    }

    /** The PDF of a document made by {@link #document}. */
    public byte[] write(PrintDocument document) throws IOException {
        return pdf.write(document);
    }

    private static PdfAttachment yaml(Path file, String name, String description) throws IOException {
        return PdfAttachment.source(name, Files.readAllBytes(file), SOURCE_MIME_TYPE, description);
    }

    /** The link to the PDF on the policy's page: what it is, its format and its size. */
    public DownloadView download(Policy policy, String href, long bytes) {
        String label = annexName(policy) + (policy.metadata().status() == PolicyStatus.APPROVED
                ? " (testo per la stampa)" : " (bozza per la stampa)");
        return new DownloadView(href, label, "PDF, " + ItalianFileSizes.format(bytes));
    }

    /**
     * What the annex is, as the links to its files name it: "Allegato A alla deliberazione", or
     * "Allegato A alla proposta di deliberazione" for a draft; the letter and the act's type
     * come from the act it belongs to.
     */
    static String annexName(Policy policy) {
        Optional<Act> act = annexAct(policy);
        String annex = "Allegato " + act.map(Act::annex).orElse(Act.DEFAULT_ANNEX);
        String type = act.map(Act::type).orElse(Act.DEFAULT_TYPE);
        return policy.metadata().status() == PolicyStatus.APPROVED
                ? annex + " alla " + type
                : annex + " alla proposta di " + type;
    }

    /**
     * The act the policy is annexed to: for an approved text the latest act that passed it (with
     * a number), for a draft the act being proposed (the latest without one); failing that, the
     * latest act of any kind, whose organ is still the right one.
     */
    static Optional<Act> annexAct(Policy policy) {
        var meta = policy.metadata();
        boolean approved = meta.status() == PolicyStatus.APPROVED;
        Optional<Act> latest = meta.acts().stream().reduce((earlier, later) -> later);
        return meta.acts().stream()
                .filter(a -> a.number().isPresent() == approved)
                .reduce((earlier, later) -> later)
                .or(() -> latest);
    }

    /** What the annex says: the PDF draws it, the editable annexes lay it out again. */
    public DeliberationView view(Policy policy, AmendmentNotes notes) throws IOException {
        var meta = policy.metadata();
        boolean approved = meta.status() == PolicyStatus.APPROVED;
        Optional<Act> annexAct = annexAct(policy);
        boolean amended = meta.acts().stream().anyMatch(a -> a.role() != ActRole.ADOPTION);
        List<ActView> acts = amended
                ? meta.acts().stream().filter(a -> a.number().isPresent()).map(views::act).toList()
                : List.of();
        return new DeliberationView(
                views.build(policy, 1, List.of(), notes),
                annexAct.map(Act::annex).orElse(Act.DEFAULT_ANNEX),
                annexAct.map(PolicyViewBuilder::actName).orElseGet(() -> Act.DEFAULT_TYPE + " " + ItalianGrammar.di(Act.DEFAULT_ORGAN)),
                approved ? annexAct.flatMap(Act::number).orElse(null) : null,
                approved ? annexAct.flatMap(PolicyViewBuilder::actDate).orElse(null) : null,
                acts,
                meta.shortTitle().orElseGet(() -> markdown.toPlainText(meta.title().markdown())),
                StemmaImage.dataUri(policy.comune()),
                meta.signatures().roles());
    }
}

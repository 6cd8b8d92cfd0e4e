package it.policydoc.render;

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
import it.policydoc.text.ItalianDates;
import it.policydoc.text.ItalianFileSizes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The policy as "Allegato A" to the Giunta's deliberation: an A4 PDF/A-3a and PDF/UA-1 document
 * drawn by the print template {@code pdf/deliberazione.ftlh} from the same view as the web
 * page, with the policy's YAML source attached.
 */
public final class DeliberationPdfRenderer {

    /** The act a policy is annexed to when it records none yet: policies are adopted by the Giunta. */
    private static final String GIUNTA_DELIBERATION = "deliberazione della Giunta Comunale";
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
        String xhtml = templates.render("pdf/deliberazione.ftlh", Map.of("d", view(policy)));
        // The archived act carries what it was made from: the policy's file and the base it extends.
        List<PdfAttachment> sources = new ArrayList<>();
        sources.add(yaml(policy.source(), policy.source().getFileName().toString(), SOURCE_DESCRIPTION));
        if (policy.base().isPresent()) {
            Path base = policy.base().get();
            sources.add(yaml(base, BASE_PREFIX + base.getFileName(), BASE_DESCRIPTION));
        }
        // Dated by its content, never by the clock; a policy without any date gets a fixed one.
        LocalDate date = policy.metadata().referenceDate().orElse(LocalDate.EPOCH);
        return pdf.write(new PrintDocument(xhtml, date, sources));
    }

    private static PdfAttachment yaml(Path file, String name, String description) throws IOException {
        return PdfAttachment.source(name, Files.readAllBytes(file), SOURCE_MIME_TYPE, description);
    }

    /** The link to the PDF on the policy's page: what it is, its format and its size. */
    public DownloadView download(Policy policy, String href, long bytes) {
        String label = policy.metadata().status() == PolicyStatus.APPROVED
                ? "Allegato A alla deliberazione (testo per la stampa)"
                : "Allegato A alla proposta di deliberazione (bozza per la stampa)";
        return new DownloadView(href, label, "PDF, " + ItalianFileSizes.format(bytes));
    }

    /** What the annex says: the PDF draws it, the editable annexes lay it out again. */
    DeliberationView view(Policy policy) throws IOException {
        var meta = policy.metadata();
        boolean approved = meta.status() == PolicyStatus.APPROVED;
        // An approved text is annexed to the latest act that passed it; a draft to the act being proposed.
        Optional<Act> annexAct = meta.acts().stream()
                .filter(a -> a.number().isPresent() == approved)
                .reduce((earlier, later) -> later);
        boolean amended = meta.acts().stream().anyMatch(a -> a.role() == ActRole.AMENDMENT);
        List<ActView> acts = amended
                ? meta.acts().stream().filter(a -> a.number().isPresent()).map(views::act).toList()
                : List.of();
        return new DeliberationView(
                views.build(policy, 1, List.of()),
                annexAct.map(PolicyViewBuilder::actName).orElse(GIUNTA_DELIBERATION),
                approved ? annexAct.flatMap(Act::number).orElse(null) : null,
                approved ? annexAct.flatMap(Act::date).map(ItalianDates::format).orElse(null) : null,
                acts,
                meta.shortTitle().orElseGet(() -> markdown.toPlainText(meta.title().markdown())),
                StemmaImage.dataUri(policy.comune()),
                meta.signatures().roles());
    }
}

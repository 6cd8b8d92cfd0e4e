package it.policydoc.bench;

import it.policydoc.model.Policy;
import it.policydoc.pdf.ArchivalPdfWriter;
import it.policydoc.render.DeliberationPdfRenderer;
import it.policydoc.render.EditableAnnexRenderer;
import it.policydoc.render.PolicyViewBuilder;
import it.policydoc.render.Templates;
import it.policydoc.render.akn.AkomaNtosoWriter;
import it.policydoc.text.InlineMarkdown;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the machine-readable and editable exports cost, warm, per policy: the Akoma Ntoso
 * document, and the ODT and DOCX annexes together, beside the deliberation PDF they accompany.
 *
 * @param akomaNtoso median time to write one policy's {@code akn.xml}
 * @param editableAnnexes median time to write one policy's ODT and DOCX
 * @param deliberationPdf median time to write one policy's deliberation PDF, for comparison
 */
public record ExportCost(Duration akomaNtoso, Duration editableAnnexes, Duration deliberationPdf) {

    private static final int WARM_UP_ROUNDS = 5;
    private static final int MEASURED_ROUNDS = 15;

    /** Times each writer on the policies, after a warm-up. */
    public static ExportCost measure(List<Policy> policies) throws IOException {
        InlineMarkdown markdown = new InlineMarkdown();
        DeliberationPdfRenderer pdf = new DeliberationPdfRenderer(new Templates(), new PolicyViewBuilder(markdown),
                markdown, new ArchivalPdfWriter());
        EditableAnnexRenderer office = new EditableAnnexRenderer(pdf);
        AkomaNtosoWriter akn = new AkomaNtosoWriter(markdown);
        List<Long> aknTimes = new ArrayList<>();
        List<Long> officeTimes = new ArrayList<>();
        List<Long> pdfTimes = new ArrayList<>();
        for (int round = 0; round < WARM_UP_ROUNDS + MEASURED_ROUNDS; round++) {
            boolean measured = round >= WARM_UP_ROUNDS;
            for (Policy policy : policies) {
                long start = System.nanoTime();
                akn.write(policy);
                long afterAkn = System.nanoTime();
                office.render(policy);
                long afterOffice = System.nanoTime();
                pdf.render(policy);
                long afterPdf = System.nanoTime();
                if (measured) {
                    aknTimes.add(afterAkn - start);
                    officeTimes.add(afterOffice - afterAkn);
                    pdfTimes.add(afterPdf - afterOffice);
                }
            }
        }
        return new ExportCost(median(aknTimes), median(officeTimes), median(pdfTimes));
    }

    private static Duration median(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.isEmpty() ? Duration.ZERO : Duration.ofNanos(sorted.get(sorted.size() / 2));
    }
}

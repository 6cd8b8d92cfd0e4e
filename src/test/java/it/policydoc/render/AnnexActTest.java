package it.policydoc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.model.Act;
import it.policydoc.model.ActRole;
import it.policydoc.model.Policy;
import it.policydoc.model.PolicyMetadata;
import it.policydoc.model.PolicyStatus;
import it.policydoc.model.SourcePos;
import it.policydoc.pdf.ArchivalPdfWriter;
import it.policydoc.testing.PdfContent;
import it.policydoc.testing.SamplePolicy;
import it.policydoc.text.InlineMarkdown;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The act the policy is annexed to, whoever adopts it: the Allegato header, its letter, the
 * download label and the default signatures name the organ of the act (Giunta, Consiglio, a
 * commissioner with the Consiglio's powers), with or without number and date.
 */
class AnnexActTest {

    private static final String COMMISSARIO = "Commissario straordinario con i poteri del Consiglio comunale";

    @TempDir
    static Path dir;

    private static DeliberationPdfRenderer renderer;
    private static Path source;

    @BeforeAll
    static void setUp() throws IOException {
        InlineMarkdown markdown = new InlineMarkdown();
        renderer = new DeliberationPdfRenderer(new Templates(), new PolicyViewBuilder(markdown), markdown,
                new ArchivalPdfWriter());
        source = Files.writeString(dir.resolve("prova.yaml"), "titolo: prova\n", StandardCharsets.UTF_8);
    }

    private static Policy adoptedBy(String organ, PolicyStatus status, Optional<String> number,
            Optional<LocalDate> date, String annex) {
        Policy p = SamplePolicy.approved();
        var m = p.metadata();
        Act act = new Act(ActRole.ADOPTION, "deliberazione", organ, number, date, Optional.empty(),
                new SourcePos(source, 3, 3), Optional.empty(), annex);
        return new Policy(p.slug(), source, p.base(), p.comune(), new PolicyMetadata(m.title(), m.shortTitle(),
                status, m.lastModified(), List.of(act), m.channels()), p.preamble(), p.content());
    }

    /** Every page's text. */
    private static String pages(Policy policy) throws IOException {
        try (PdfContent pdf = new PdfContent(renderer.render(policy))) {
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= pdf.pageCount(); page++) {
                text.append(pdf.pageText(page)).append('\n');
            }
            return PdfContent.matchable(text.toString());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Giunta Comunale | A | Allegato A alla deliberazione della Giunta Comunale n. 12 del 1º marzo 2023 | Il Sindaco",
        "Consiglio Comunale | B | Allegato B alla deliberazione del Consiglio Comunale n. 12 del 1º marzo 2023 "
                + "| Il Presidente del Consiglio Comunale",
        COMMISSARIO + " | A | Allegato A alla deliberazione del Commissario straordinario con i poteri del "
                + "Consiglio comunale n. 12 del 1º marzo 2023 | Il Commissario straordinario",
    })
    void theApprovedAnnexNamesTheOrganItsLetterAndItsSigner(String organ, String letter, String header,
            String signer) throws IOException {
        Policy policy = adoptedBy(organ, PolicyStatus.APPROVED, Optional.of("12"),
                Optional.of(LocalDate.of(2023, 3, 1)), letter);
        String text = pages(policy);
        assertTrue(text.contains(PdfContent.matchable(header)), text);
        assertTrue(text.contains(signer), text);
        assertTrue(text.contains("Il Segretario comunale"), text);
        assertEquals("Allegato " + letter + " alla deliberazione (testo per la stampa)",
                renderer.download(policy, "deliberazione.pdf", 1000).label());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Consiglio Comunale | Allegato A alla proposta di deliberazione del Consiglio Comunale",
        COMMISSARIO + " | Allegato A alla proposta di deliberazione del Commissario straordinario",
    })
    void aDraftOrAnActWithoutNumberStillNamesItsOrgan(String organ, String header) throws IOException {
        String draft = pages(adoptedBy(organ, PolicyStatus.DRAFT, Optional.empty(), Optional.empty(), "A"));
        assertTrue(draft.contains(PdfContent.matchable(header)), draft);
        assertFalse(draft.contains("Giunta"), draft);
        // An approved text whose act lacks its number used to fall back to the Giunta.
        String incomplete = pages(adoptedBy(organ, PolicyStatus.APPROVED, Optional.empty(), Optional.empty(), "A"));
        assertTrue(incomplete.contains(PdfContent.matchable(header.replace("proposta di ", ""))), incomplete);
        assertFalse(incomplete.contains("Giunta"), incomplete);
    }

    @Test
    void anActKnownByItsYearIsPrintedWithTheYear() {
        Act act = new Act(ActRole.ADOPTION, "deliberazione", "Consiglio Comunale", Optional.of("45"),
                Optional.empty(), Optional.empty(), new SourcePos(Path.of("x.yaml"), 1, 1), Optional.of(2016), "A");
        assertEquals("deliberazione del Consiglio Comunale n. 45 del 2016",
                new PolicyViewBuilder(new InlineMarkdown()).act(act).description());
    }
}

package it.policydoc.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.model.Act;
import it.policydoc.model.ActRole;
import it.policydoc.model.Block;
import it.policydoc.model.Comune;
import it.policydoc.model.Paragraph;
import it.policydoc.model.Audience;
import it.policydoc.model.Policy;
import it.policydoc.model.PolicyMetadata;
import it.policydoc.model.Signatures;
import it.policydoc.model.SourcePos;
import it.policydoc.model.Text;
import it.policydoc.pdf.ArchivalPdfWriter;
import it.policydoc.testing.PdfChecker;
import it.policydoc.testing.PdfContent;
import it.policydoc.testing.PolicyTexts;
import it.policydoc.testing.SamplePolicy;
import it.policydoc.testing.SeedText;
import it.policydoc.text.InlineMarkdown;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deliberation annex drawn from a policy built in code: conformance (veraPDF), every text in
 * reading order, page furniture, wording for approved and draft policies, metadata, the
 * attached source, bookmarks, reproducibility.
 */
class DeliberationPdfRendererTest {

    private static final String YAML = "# la policy di prova\ntitolo: Policy di *prova*\nstato: approvata\n";

    @TempDir
    static Path dir;

    private static DeliberationPdfRenderer renderer;
    private static Path source;
    private static byte[] approved;
    private static byte[] draft;

    @BeforeAll
    static void render() throws IOException {
        InlineMarkdown markdown = new InlineMarkdown();
        renderer = new DeliberationPdfRenderer(new Templates(), new PolicyViewBuilder(markdown), markdown,
                new ArchivalPdfWriter());
        source = Files.writeString(dir.resolve("prova.yaml"), YAML, StandardCharsets.UTF_8);
        approved = renderer.render(withSource(SamplePolicy.approved()));
        draft = renderer.render(withSource(SamplePolicy.draft()));
    }

    @Test
    void conformsToPdfA3aAndPdfUa1() {
        assertEquals(List.of(), PdfChecker.failures(approved));
        assertEquals(List.of(), PdfChecker.failures(draft));
    }

    @Test
    void theSameRenderingWithoutItsTagsFailsValidation() throws IOException {
        byte[] untagged;
        try (PdfContent pdf = new PdfContent(approved)) {
            pdf.document().getDocumentCatalog().getCOSObject().removeItem(COSName.STRUCT_TREE_ROOT);
            pdf.document().getDocumentCatalog().getCOSObject().removeItem(COSName.MARK_INFO);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.document().save(out);
            untagged = out.toByteArray();
        }
        List<PdfChecker.Failure> failures = PdfChecker.failures(untagged);
        assertTrue(failures.stream().anyMatch(f -> f.profile().equals("ua1")), failures::toString);
        assertTrue(failures.stream().anyMatch(f -> f.profile().equals("3a")), failures::toString);
    }

    @Test
    void carriesEveryTextOfThePolicyInReadingOrder() {
        for (byte[] bytes : List.of(approved, draft)) {
            try (PdfContent pdf = new PdfContent(bytes)) {
                List<String> texts = PolicyTexts.inReadingOrder(SamplePolicy.approved()).stream()
                        .map(PdfContent::matchable).toList();
                int missing = SeedText.firstMissing(texts, PdfContent.matchable(pdf.readingText()));
                assertEquals(-1, missing, () -> "not found in order: «" + texts.get(missing) + "» in\n"
                        + pdf.readingText());
            }
        }
    }

    @Test
    void numbersAsTheWebPageDoes() {
        try (PdfContent pdf = new PdfContent(approved)) {
            String text = SeedText.normalize(pdf.readingText());
            assertTrue(text.contains("Articolo 1 Oggetto"), text);
            assertTrue(text.contains("2. I profili servono per: a) informare i cittadini; b) favorire"), text);
            assertTrue(text.contains("1. Rispettare gli altri. 2. Restare in tema."), text);
            assertTrue(text.contains("Articolo 2 Gestione 1. Il Sindaco è titolare dei profili."), text);
        }
    }

    @Test
    void firstPageSaysPageOneOfAllAndTheHeaderNamesTheComune() {
        try (PdfContent pdf = new PdfContent(approved)) {
            String first = pdf.pageText(1);
            assertTrue(first.contains("Pagina 1 di " + pdf.pageCount()), first);
            assertTrue(first.contains("COMUNE DI BORGO D'ESEMPIO"), first);
            assertTrue(first.contains("Provincia di Ancona"), first);
        }
    }

    @Test
    void approvedAnnexNamesItsActWithNumberAndItalianDate() {
        try (PdfContent pdf = new PdfContent(approved)) {
            String line = "Allegato A alla deliberazione della Giunta Comunale n. 12 del 1º marzo 2023";
            assertTrue(SeedText.normalize(pdf.pageText(1)).contains(line), pdf.pageText(1));
            assertEquals(line, pdf.document().getDocumentInformation().getSubject());
            assertFalse(pdf.pageText(1).matches("(?s).*B\\s*O\\s*Z\\s*Z\\s*A.*"));
            assertFalse(pdf.pageText(1).contains("proposta"));
        }
    }

    @Test
    void draftIsAProposalWithBlankNumberAndDateAndBozzaOnEveryPage() {
        try (PdfContent pdf = new PdfContent(draft)) {
            String first = SeedText.normalize(pdf.pageText(1));
            assertTrue(first.contains("Allegato A alla proposta di deliberazione della Giunta Comunale n. del"), first);
            assertEquals("Allegato A alla proposta di deliberazione della Giunta Comunale",
                    pdf.document().getDocumentInformation().getSubject());
            for (int page = 1; page <= pdf.pageCount(); page++) {
                // Widely spaced letters: the text extractor may see each as a word.
                assertTrue(pdf.pageText(page).matches("(?s).*B\\s*O\\s*Z\\s*Z\\s*A.*"), "page " + page);
            }
            assertFalse(pdf.readingText().contains("BOZZA"), "the watermark is an artifact, not text to read");
        }
    }

    @Test
    void signatureBlockIsOnTheLastPageWithTheRolesOfTheModel() throws IOException {
        try (PdfContent pdf = new PdfContent(approved)) {
            String last = pdf.pageText(pdf.pageCount());
            assertTrue(last.contains("Il Sindaco") && last.contains("Il Segretario comunale"), last);
        }
        Policy policy = withSignatures(SamplePolicy.approved(), List.of("Il Vicesindaco", "Il Vicesegretario"));
        try (PdfContent pdf = new PdfContent(renderer.render(policy))) {
            String last = pdf.pageText(pdf.pageCount());
            assertTrue(last.contains("Il Vicesindaco") && last.contains("Il Vicesegretario"), last);
            assertFalse(last.contains("Il Segretario comunale"), last);
        }
    }

    @Test
    void bookmarksOneForEachSectionAndArticle() {
        try (PdfContent pdf = new PdfContent(approved)) {
            assertEquals(List.of(
                    new PdfContent.Bookmark("Art. 1 – Oggetto", 0),
                    new PdfContent.Bookmark("Regole", 0),
                    new PdfContent.Bookmark("Art. 2 – Gestione", 1)), pdf.bookmarks());
        }
    }

    @Test
    void isTaggedWithHeadingsParagraphsAndListsWithLabels() {
        try (PdfContent pdf = new PdfContent(approved)) {
            List<String> types = pdf.structureTypes();
            for (String type : List.of("H1", "H2", "H3", "P", "L", "LI", "Lbl", "LBody")) {
                assertTrue(types.contains(type), type + " in " + types);
            }
        }
    }

    @Test
    void documentMetadataIsItalianTitledAndDatedByTheModel() throws IOException {
        try (PdfContent pdf = new PdfContent(approved)) {
            var catalog = pdf.document().getDocumentCatalog();
            var info = pdf.document().getDocumentInformation();
            assertEquals("it-IT", catalog.getLanguage());
            assertEquals("Policy di prova", info.getTitle());
            assertEquals("Comune di Borgo d'Esempio", info.getAuthor());
            assertEquals(utcMidnight(2023, 3, 15), info.getCreationDate().getTimeInMillis(), "the last-modified date");
            assertEquals(info.getCreationDate().getTimeInMillis(), info.getModificationDate().getTimeInMillis());
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            for (String expected : List.of("<pdfaid:part>3</pdfaid:part>", "<pdfaid:conformance>A</pdfaid:conformance>",
                    "<pdfuaid:part>1</pdfuaid:part>", "Policy di prova", "Comune di Borgo d'Esempio",
                    "2023-03-15T00:00:00")) {
                assertTrue(xmp.contains(expected), expected + " in\n" + xmp);
            }
            assertTrue(catalog.getViewerPreferences().displayDocTitle());
        }
    }

    @Test
    void carriesItsYamlSourceByteForByte() throws IOException {
        try (PdfContent pdf = new PdfContent(approved)) {
            var spec = pdf.attachments().get("prova.yaml");
            assertArrayEquals(Files.readAllBytes(source), spec.getEmbeddedFile().toByteArray());
            assertEquals("application/yaml", spec.getEmbeddedFile().getSubtype());
            assertEquals("Source", spec.getCOSObject().getNameAsString(COSName.AF_RELATIONSHIP));
            var associated = pdf.document().getDocumentCatalog().getCOSObject().getCOSArray(COSName.AF);
            assertEquals(1, associated.size());
        }
    }

    @Test
    void aPolicyThatExtendsABaseCarriesTheBaseToo() throws IOException {
        Path base = Files.writeString(Files.createDirectories(dir.resolve("_base")).resolve("prova.yaml"),
                "titolo: Policy di base\n", StandardCharsets.UTF_8);
        Policy p = withSource(SamplePolicy.approved());
        Policy extending = new Policy(p.slug(), p.source(), Optional.of(base), p.comune(), p.metadata(), p.preamble(),
                p.content());
        try (PdfContent pdf = new PdfContent(renderer.render(extending))) {
            assertArrayEquals(Files.readAllBytes(source),
                    pdf.attachments().get("prova.yaml").getEmbeddedFile().toByteArray());
            assertArrayEquals(Files.readAllBytes(base),
                    pdf.attachments().get("base-prova.yaml").getEmbeddedFile().toByteArray());
            assertEquals(2, pdf.document().getDocumentCatalog().getCOSObject().getCOSArray(COSName.AF).size());
        }
    }

    @Test
    void renderingTwiceGivesTheSameBytes() throws IOException {
        assertArrayEquals(approved, renderer.render(withSource(SamplePolicy.approved())));
    }

    @Test
    void anAmendedPolicyListsItsActs() throws IOException {
        Policy base = withSource(SamplePolicy.approved());
        Act amendment = new Act(ActRole.AMENDMENT, "deliberazione", "Giunta Comunale", Optional.of("40"),
                Optional.of(LocalDate.of(2024, 2, 2)), Optional.empty(), pos());
        List<Act> acts = new ArrayList<>(base.metadata().acts());
        acts.add(amendment);
        var m = base.metadata();
        Policy amended = new Policy(base.slug(), base.source(), base.base(), base.comune(),
                new PolicyMetadata(m.title(), m.shortTitle(), m.status(), Optional.empty(), acts, m.channels(),
                        m.signatures()),
                base.preamble(), base.content());
        try (PdfContent pdf = new PdfContent(renderer.render(amended))) {
            String first = SeedText.normalize(pdf.pageText(1));
            assertTrue(first.contains("Allegato A alla deliberazione della Giunta Comunale n. 40 del 2 febbraio 2024"),
                    "annexed to the latest act: " + first);
            for (String act : List.of("Approvazione: deliberazione della Giunta Comunale n. 12 del 1º marzo 2023",
                    "Modifica: deliberazione della Giunta Comunale n. 40 del 2 febbraio 2024")) {
                assertTrue(first.contains(act), first);
            }
            assertEquals(utcMidnight(2024, 2, 2),
                    pdf.document().getDocumentInformation().getCreationDate().getTimeInMillis(),
                    "without a last-modified date, the latest act dates the document");
        }
    }

    @Test
    void linksCodeAndSerifTextAreKeptAndInternalLinksPointInsideTheDocument() throws IOException {
        Paragraph paragraph = new Paragraph(Optional.empty(), Optional.empty(), new Text(
                "Vedi l'[articolo 2](#gestione), il [sito](https://www.example.it) e il campo `codice_istat`.", pos()),
                Audience.ALL, pos());
        Policy base = withSource(SamplePolicy.approved());
        List<Block> content = new ArrayList<>(base.content());
        content.add(paragraph);
        Policy policy = new Policy(base.slug(), base.source(), base.base(), base.comune(), base.metadata(),
                base.preamble(), content);
        byte[] bytes = renderer.render(policy);
        assertEquals(List.of(), PdfChecker.failures(bytes));
        try (PdfContent pdf = new PdfContent(bytes)) {
            assertTrue(SeedText.normalize(pdf.readingText()).contains(
                    "Vedi l'articolo 2, il sito e il campo codice_istat."), pdf.readingText());
            assertTrue(pdf.structureTypes().contains("Link"));
            assertEquals(List.of("https://www.example.it"), pdf.externalLinks());
            assertEquals(1, pdf.internalLinks(), "the link to #gestione jumps inside the PDF");
        }
    }

    @Test
    void showsTheStemmaAsAFigureWithAlternativeText() throws IOException {
        Path png = dir.resolve("stemma.png");
        BufferedImage image = new BufferedImage(40, 48, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 40, 48);
        g.setColor(new Color(0, 80, 160));
        g.fillRect(4, 4, 32, 40);
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
        Path svg = Path.of("src/test/resources/fixtures/stemma.svg");
        for (Path stemma : List.of(png, svg)) {
            byte[] bytes = renderer.render(withStemma(SamplePolicy.approved(), stemma));
            assertEquals(List.of(), PdfChecker.failures(bytes), stemma.toString());
            try (PdfContent pdf = new PdfContent(bytes)) {
                assertTrue(pdf.structureTypes().contains("Figure"), stemma + ": " + pdf.structureTypes());
            }
        }
    }

    @Test
    void theWebPageLinkSaysWhatTheFileIsAndHowBigInItalian() {
        var approvedLink = renderer.download(SamplePolicy.approved(), "deliberazione.pdf", 212_400);
        assertEquals("deliberazione.pdf", approvedLink.href());
        assertEquals("Allegato A alla deliberazione (testo per la stampa)", approvedLink.label());
        assertEquals("PDF, 212 kB", approvedLink.details());
        assertEquals("Allegato A alla proposta di deliberazione (bozza per la stampa)",
                renderer.download(SamplePolicy.draft(), "deliberazione.pdf", 1_250_000).label());
    }

    private static Policy withSource(Policy policy) {
        return new Policy(policy.slug(), source, policy.base(), policy.comune(), policy.metadata(), policy.preamble(),
                policy.content());
    }

    private static Policy withSignatures(Policy policy, List<String> roles) {
        var m = policy.metadata();
        return withSource(new Policy(policy.slug(), source, policy.base(), policy.comune(),
                new PolicyMetadata(m.title(), m.shortTitle(), m.status(), m.lastModified(), m.acts(), m.channels(),
                        new Signatures(roles)),
                policy.preamble(), policy.content()));
    }

    private static Policy withStemma(Policy policy, Path stemma) {
        Comune c = policy.comune();
        Comune withStemma = new Comune(c.slug(), c.name(), c.province(), c.provinceCode(), c.istatCode(),
                Optional.of(stemma), c.contacts(), c.offices(), c.pos());
        return new Policy(policy.slug(), source, policy.base(), withStemma, policy.metadata(), policy.preamble(),
                policy.content());
    }

    private static long utcMidnight(int year, int month, int day) {
        Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        calendar.clear();
        calendar.set(year, month - 1, day);
        return calendar.getTimeInMillis();
    }

    private static SourcePos pos() {
        return new SourcePos(Path.of("policies/esempio/prova.yaml"), 1, 1);
    }
}

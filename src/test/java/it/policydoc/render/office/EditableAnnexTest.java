package it.policydoc.render.office;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.load.LoadResult;
import it.policydoc.load.PolicyLoader;
import it.policydoc.model.Policy;
import it.policydoc.pdf.ArchivalPdfWriter;
import it.policydoc.render.DeliberationPdfRenderer;
import it.policydoc.render.EditableAnnexRenderer;
import it.policydoc.render.PolicyViewBuilder;
import it.policydoc.render.Templates;
import it.policydoc.testing.SamplePolicy;
import it.policydoc.testing.SeedText;
import it.policydoc.text.InlineMarkdown;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The editable annexes of both seeds read back with their own libraries: every seed sentence in
 * order, headings and list levels as styles, the page number as a field in the footer, Italian,
 * and the same bytes on every build.
 */
class EditableAnnexTest {

    private static final Path SEEDS = Path.of("src/test/resources/seeds");

    private static final Map<String, EditableAnnexRenderer.Documents> SEED_ANNEXES = new TreeMap<>();
    private static final Map<String, Policy> SEED_POLICIES = new TreeMap<>();
    private static EditableAnnexRenderer renderer;

    @BeforeAll
    static void render() throws IOException {
        InlineMarkdown markdown = new InlineMarkdown();
        renderer = new EditableAnnexRenderer(new DeliberationPdfRenderer(new Templates(),
                new PolicyViewBuilder(markdown), markdown, new ArchivalPdfWriter()));
        LoadResult loaded = new PolicyLoader().load(List.of(Path.of("policies")));
        for (Policy p : loaded.policies()) {
            SEED_POLICIES.put(p.comune().slug(), p);
            SEED_ANNEXES.put(p.comune().slug(), renderer.render(p));
        }
        assertEquals(Set.of("coccaglio", "porto-sant-elpidio"), SEED_ANNEXES.keySet());
    }

    @Test
    void docxHoldsEverySeedSentenceInOrder() throws Exception {
        for (var seed : SEED_ANNEXES.entrySet()) {
            StringBuilder text = new StringBuilder();
            try (XWPFDocument doc = docx(seed.getValue().docx())) {
                doc.getParagraphs().forEach(p -> text.append(p.getText()).append(' '));
            }
            assertSeedInOrder(seed.getKey(), text.toString());
        }
    }

    @Test
    void odtHoldsEverySeedSentenceInOrder() throws Exception {
        for (var seed : SEED_ANNEXES.entrySet()) {
            StringBuilder text = new StringBuilder();
            try (OdfTextDocument odt = odt(seed.getValue().odt())) {
                NodeList paragraphs = odt.getContentRoot().getElementsByTagNameNS(OdtAnnexWriter.TEXT, "*");
                for (int i = 0; i < paragraphs.getLength(); i++) {
                    Element e = (Element) paragraphs.item(i);
                    if (e.getLocalName().equals("p") || e.getLocalName().equals("h")) {
                        text.append(e.getTextContent()).append(' ');
                    }
                }
            }
            assertSeedInOrder(seed.getKey(), text.toString());
        }
    }

    private static void assertSeedInOrder(String comune, String text) throws IOException {
        List<String> fragments = SeedText.fragments(SEEDS.resolve(comune + ".txt"), SeedText.METADATA_LINES.get(comune));
        int missing = SeedText.firstMissing(fragments, SeedText.normalize(text));
        assertEquals(-1, missing, () -> comune + ": «" + fragments.get(missing) + "» not found in order");
        assertTrue(fragments.size() > 50);
    }

    @Test
    void docxArticlesAreHeadingsWithOutlineLevelsAndCommiAndPointsAreNumberedLists() throws Exception {
        try (XWPFDocument doc = docx(SEED_ANNEXES.get("coccaglio").docx())) {
            List<XWPFParagraph> headings = doc.getParagraphs().stream()
                    .filter(p -> "Heading1".equals(p.getStyle())).toList();
            assertEquals("Articolo 1\nOggetto", headings.get(0).getText());
            assertEquals(BigInteger.ZERO,
                    doc.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal());
            List<XWPFParagraph> numbered = doc.getParagraphs().stream().filter(p -> p.getNumID() != null).toList();
            assertTrue(numbered.size() > 30, "commi and points are list items: " + numbered.size());
            assertTrue(numbered.stream().anyMatch(p -> "bullet".equals(p.getNumFmt())), "bullets by the style");
            assertTrue(numbered.stream().anyMatch(p -> BigInteger.ONE.equals(p.getNumIlvl())), "points nested in commi");
            assertFalse(doc.getParagraphs().stream().anyMatch(p -> p.getText().matches("^(\\d+\\.|[a-z]\\)) .*")),
                    "no marker typed in the text");
            assertEquals("it-IT", doc.getStyles().getStyle("Normal").getCTStyle().getRPr().getLangArray(0).getVal());
        }
    }

    @Test
    void docxFooterCarriesThePageNumberFieldAndDraftsSayBozza() throws Exception {
        try (XWPFDocument doc = docx(SEED_ANNEXES.get("coccaglio").docx())) {
            String footer = doc.getFooterArray(0)._getHdrFtr().xmlText();
            assertTrue(footer.contains(" PAGE ") && footer.contains(" NUMPAGES "), footer);
            assertTrue(doc.getHeaderArray(0).getText().startsWith("BOZZA"));
        }
        try (XWPFDocument doc = docx(SEED_ANNEXES.get("porto-sant-elpidio").docx())) {
            assertFalse(doc.getHeaderArray(0).getText().contains("BOZZA"));
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText()
                    .equals("Allegato A alla deliberazione della Giunta Comunale n. 260 del 15 dicembre 2022")));
        }
    }

    @Test
    void odtHeadingsHaveOutlineLevelsAndListsHaveListStyles() throws Exception {
        try (OdfTextDocument odt = odt(SEED_ANNEXES.get("coccaglio").odt())) {
            NodeList headings = odt.getContentRoot().getElementsByTagNameNS(OdtAnnexWriter.TEXT, "h");
            Element first = (Element) headings.item(0);
            assertEquals("1", first.getAttributeNS(OdtAnnexWriter.TEXT, "outline-level"));
            assertEquals("Heading_20_1", first.getAttributeNS(OdtAnnexWriter.TEXT, "style-name"));
            assertEquals("Articolo 1\nOggetto", first.getTextContent(), "number and title, a line break between");
            assertEquals(1, first.getElementsByTagNameNS(OdtAnnexWriter.TEXT, "line-break").getLength());
            List<String> listStyles = new ArrayList<>();
            NodeList lists = odt.getContentRoot().getElementsByTagNameNS(OdtAnnexWriter.TEXT, "list");
            for (int i = 0; i < lists.getLength(); i++) {
                listStyles.add(((Element) lists.item(i)).getAttributeNS(OdtAnnexWriter.TEXT, "style-name"));
            }
            assertTrue(listStyles.contains("Commi") && listStyles.contains("Puntato"), listStyles::toString);
            String styles = xml(odt.getStylesDom().getDocumentElement());
            assertTrue(styles.contains("text:page-number") && styles.contains("text:page-count"), "footer fields");
            assertTrue(styles.contains("fo:language=\"it\"") && styles.contains("fo:country=\"IT\""));
            assertTrue(styles.contains("style:num-format=\"a\""), "letters drawn by the list style");
        }
    }

    @Test
    void warmingUpARendererChangesNoAnnexItWritesAfter() throws IOException {
        InlineMarkdown markdown = new InlineMarkdown();
        EditableAnnexRenderer warmed = new EditableAnnexRenderer(new DeliberationPdfRenderer(new Templates(),
                new PolicyViewBuilder(markdown), markdown, new ArchivalPdfWriter()));
        warmed.warmUp();
        EditableAnnexRenderer.Documents after = warmed.render(SEED_POLICIES.get("coccaglio"));
        assertArrayEquals(SEED_ANNEXES.get("coccaglio").odt(), after.odt());
        assertArrayEquals(SEED_ANNEXES.get("coccaglio").docx(), after.docx());
    }

    @Test
    void theSameAnnexGivesTheSameBytesAndTheMimetypeComesFirst() throws IOException {
        Policy policy = SEED_POLICIES.get("porto-sant-elpidio");
        EditableAnnexRenderer.Documents again = renderer.render(policy);
        assertArrayEquals(SEED_ANNEXES.get("porto-sant-elpidio").odt(), again.odt());
        assertArrayEquals(SEED_ANNEXES.get("porto-sant-elpidio").docx(), again.docx());
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(again.odt()))) {
            ZipEntry first = zip.getNextEntry();
            assertEquals("mimetype", first.getName());
            assertEquals(ZipEntry.STORED, first.getMethod());
        }
    }

    @Test
    void markersThatNoListStyleDrawsAreTypedInTheText() {
        List<AnnexDocument.Item> bis = List.of(new AnnexDocument.Item("1.", List.of()),
                new AnnexDocument.Item("1-bis.", List.of()), new AnnexDocument.Item("2.", List.of()));
        assertFalse(AnnexLayout.inSequence(AnnexDocument.ListKind.COMMI, bis));
        List<AnnexDocument.Item> letters = new ArrayList<>();
        for (int i = 0; i < 28; i++) {
            letters.add(new AnnexDocument.Item(String.valueOf((char) ('a' + i % 26)).repeat(i / 26 + 1) + ")", List.of()));
        }
        assertTrue(AnnexLayout.inSequence(AnnexDocument.ListKind.LETTERS, letters));
    }

    @Test
    void lettersAreDrawnByTheListStyleInBothFormats() throws Exception {
        EditableAnnexRenderer.Documents docs = renderer.render(SamplePolicy.approved());
        try (XWPFDocument doc = docx(docs.docx())) {
            List<XWPFParagraph> letters = doc.getParagraphs().stream()
                    .filter(p -> "lowerLetter".equals(p.getNumFmt())).toList();
            assertEquals(List.of("informare i cittadini;", "favorire la partecipazione <b>attiva</b>."),
                    letters.stream().map(XWPFParagraph::getText).toList());
        }
        try (OdfTextDocument odt = odt(docs.odt())) {
            NodeList lists = odt.getContentRoot().getElementsByTagNameNS(OdtAnnexWriter.TEXT, "list");
            List<String> styles = new ArrayList<>();
            for (int i = 0; i < lists.getLength(); i++) {
                styles.add(((Element) lists.item(i)).getAttributeNS(OdtAnnexWriter.TEXT, "style-name"));
            }
            assertEquals(List.of("Commi", "Lettere", "Numeri", "Commi"), styles);
        }
    }

    @Test
    void aRegulationKeepsItsContainersAndDefinitions() throws Exception {
        Policy regulation = new PolicyLoader().load(List.of(Path.of("src/test/resources/regolamento/borgo-metropolitano")))
                .policies().get(0);
        EditableAnnexRenderer.Documents docs = renderer.render(regulation);
        try (XWPFDocument doc = docx(docs.docx())) {
            List<String> headings = doc.getParagraphs().stream().filter(p -> p.getStyle() != null
                    && p.getStyle().startsWith("Heading")).map(XWPFParagraph::getText).toList();
            assertTrue(headings.stream().anyMatch(h -> h.startsWith("Titolo I\n")), headings::toString);
            assertTrue(headings.stream().anyMatch(h -> h.startsWith("Capo I\n")), headings::toString);
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().startsWith("Allegato B ")));
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> !p.getRuns().isEmpty() && p.getRuns().get(0).isBold()
                    && p.getRuns().size() > 1 && p.getStyle() == null), "a definition: the term in bold, then its text");
        }
    }

    private static XWPFDocument docx(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static OdfTextDocument odt(byte[] bytes) throws Exception {
        return (OdfTextDocument) OdfTextDocument.loadDocument(new ByteArrayInputStream(bytes));
    }

    private static String xml(org.w3c.dom.Node node) throws Exception {
        var transformer = javax.xml.transform.TransformerFactory.newDefaultInstance().newTransformer();
        var out = new java.io.StringWriter();
        transformer.transform(new javax.xml.transform.dom.DOMSource(node), new javax.xml.transform.stream.StreamResult(out));
        return out.toString();
    }
}

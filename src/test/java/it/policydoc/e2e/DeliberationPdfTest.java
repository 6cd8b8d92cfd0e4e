package it.policydoc.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.pipeline.PolicyBuild;
import it.policydoc.model.Article;
import it.policydoc.model.Block;
import it.policydoc.model.Policy;
import it.policydoc.model.PolicyStatus;
import it.policydoc.model.Section;
import it.policydoc.testing.PdfChecker;
import it.policydoc.testing.PdfContent;
import it.policydoc.testing.PolicyTexts;
import it.policydoc.testing.SeedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The deliberation PDFs of both seed policies, as {@code ./policydoc build} writes them:
 * PDF/A-3a and PDF/UA-1 with no failed rule, every sentence of the seed in reading order,
 * page furniture, bookmarks, and the YAML source inside. (Rebuilding to the same bytes is
 * {@link SiteUpToDateTest}'s.)
 */
class DeliberationPdfTest {

    private static final Path SEEDS = Path.of("src/test/resources/seeds");
    /** Seed lines that the annex shows as metadata, or not at all (the page shows them). */
    private static final Pattern BOZZA = Pattern.compile("B\\s*O\\s*Z\\s*Z\\s*A");

    @TempDir
    static Path out;

    private static Map<String, Policy> policies;

    @BeforeAll
    static void build() throws IOException {
        BuiltSite.build(out);
        policies = new it.policydoc.load.PolicyLoader().load(List.of(BuiltSite.POLICIES)).policies().stream()
                .collect(Collectors.toMap(p -> p.comune().slug(), p -> p));
    }

    private static byte[] pdf(String comune) throws IOException {
        return Files.readAllBytes(out.resolve(comune).resolve("social-media-policy/deliberazione.pdf"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"porto-sant-elpidio", "coccaglio"})
    void conformsToPdfA3aAndPdfUa1(String comune) throws IOException {
        assertEquals(List.of(), PdfChecker.failures(pdf(comune)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"porto-sant-elpidio", "coccaglio"})
    void carriesEverySentenceOfTheSeedInReadingOrder(String comune) throws IOException {
        List<String> fragments = SeedText.fragments(SEEDS.resolve(comune + ".txt"), SeedText.METADATA_LINES.get(comune))
                .stream().map(PdfContent::matchable).toList();
        List<String> texts = PolicyTexts.inReadingOrder(policies.get(comune)).stream()
                .map(PdfContent::matchable).toList();
        try (PdfContent pdf = new PdfContent(pdf(comune))) {
            String reading = PdfContent.matchable(pdf.readingText());
            int missing = SeedText.firstMissing(fragments, reading);
            assertEquals(-1, missing, () -> comune + ": seed fragment " + missing + " of " + fragments.size()
                    + " not found in order: «" + fragments.get(missing) + "»");
            int missingText = SeedText.firstMissing(texts, reading);
            assertEquals(-1, missingText, () -> comune + ": model text not found in order: «"
                    + texts.get(missingText) + "»");
            assertTrue(fragments.size() > 50, "the seed was actually read: " + fragments.size());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"porto-sant-elpidio", "coccaglio"})
    void pagesAreNumberedAndTheLastOneHasTheSignatures(String comune) throws IOException {
        try (PdfContent pdf = new PdfContent(pdf(comune))) {
            assertTrue(pdf.pageCount() > 1);
            assertTrue(pdf.pageText(1).contains("Pagina 1 di " + pdf.pageCount()), pdf.pageText(1));
            String last = pdf.pageText(pdf.pageCount());
            assertTrue(last.contains("Pagina " + pdf.pageCount() + " di " + pdf.pageCount()), last);
            for (String role : policies.get(comune).metadata().signatures().roles()) {
                assertTrue(last.contains(role), role + " on the last page:\n" + last);
            }
            List<String> texts = PolicyTexts.inReadingOrder(policies.get(comune));
            String lastText = PdfContent.matchable(texts.get(texts.size() - 1));
            assertTrue(PdfContent.matchable(last).contains(lastText),
                    "the signatures do not stand alone: the end of the text is on their page");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"porto-sant-elpidio", "coccaglio"})
    void onlyADraftSaysBozzaAndItSaysItOnEveryPage(String comune) throws IOException {
        boolean draft = policies.get(comune).metadata().status() == PolicyStatus.DRAFT;
        try (PdfContent pdf = new PdfContent(pdf(comune))) {
            for (int page = 1; page <= pdf.pageCount(); page++) {
                assertEquals(draft, BOZZA.matcher(pdf.pageText(page)).find(), comune + " page " + page);
            }
            String annex = SeedText.normalize(pdf.pageText(1));
            assertEquals(draft, annex.contains("Allegato A alla proposta di deliberazione"), annex);
        }
    }

    @Test
    void approvedPolicyNamesTheActThatApprovedIt() throws IOException {
        try (PdfContent pdf = new PdfContent(pdf("porto-sant-elpidio"))) {
            assertTrue(SeedText.normalize(pdf.pageText(1)).contains(
                    "Allegato A alla deliberazione della Giunta Comunale n. 260 del 15 dicembre 2022"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"porto-sant-elpidio", "coccaglio"})
    void oneBookmarkForEachArticleAndSection(String comune) throws IOException {
        List<String> expected = new ArrayList<>();
        outline(policies.get(comune).content(), expected);
        try (PdfContent pdf = new PdfContent(pdf(comune))) {
            List<String> titles = pdf.bookmarks().stream().map(PdfContent.Bookmark::title).toList();
            assertEquals(expected.size(), titles.size(), titles::toString);
            for (int i = 0; i < expected.size(); i++) {
                assertTrue(titles.get(i).startsWith(expected.get(i)), titles.get(i) + " for " + expected.get(i));
            }
        }
    }

    /** "Art. 4" for each article, the title for each section, in reading order. */
    private static void outline(List<Block> blocks, List<String> titles) {
        for (Block block : blocks) {
            if (block instanceof Article a) {
                titles.add("Art. " + a.number() + " – ");
            } else if (block instanceof Section s) {
                titles.add(SeedText.normalize(s.title().markdown()).replace("*", ""));
                outline(s.content(), titles);
            }
        }
    }

    @Test
    void crossReferencesJumpInsideThePdfAndLawsLinkToTheirText() throws IOException {
        try (PdfContent coccaglio = new PdfContent(pdf("coccaglio"));
                PdfContent porto = new PdfContent(pdf("porto-sant-elpidio"))) {
            assertTrue(coccaglio.internalLinks() >= 2, "[[finalita|articolo 2]], [[amministratori|art.4 comma 3]]");
            assertTrue(porto.externalLinks().stream().anyMatch(uri -> uri.startsWith("https://www.normattiva.it/")),
                    porto.externalLinks()::toString);
            assertTrue(coccaglio.structureTypes().contains("Link"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"porto-sant-elpidio", "coccaglio"})
    void carriesItsYamlSourceByteForByte(String comune) throws IOException {
        Path yaml = BuiltSite.POLICIES.resolve(comune).resolve("social-media-policy.yaml");
        try (PdfContent pdf = new PdfContent(pdf(comune))) {
            var spec = pdf.attachments().get("social-media-policy.yaml");
            assertArrayEquals(Files.readAllBytes(yaml), spec.getEmbeddedFile().toByteArray());
            assertEquals("it-IT", pdf.document().getDocumentCatalog().getLanguage());
            assertEquals(policies.get(comune).comune().name(),
                    pdf.document().getDocumentInformation().getAuthor().replace("Comune di ", ""));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"porto-sant-elpidio", "coccaglio"})
    void thePageLinksThePdfWithItsSize(String comune) throws IOException {
        String page = Files.readString(out.resolve(comune).resolve("social-media-policy/index.html"));
        long kb = Math.round(pdf(comune).length / 1000.0);
        assertTrue(page.contains("<a href=\"deliberazione.pdf\">"), page);
        assertTrue(page.contains("(PDF, " + kb + " kB)"), "size " + kb + " kB");
    }
}

package it.policydoc.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.pipeline.PolicyBuild;
import it.policydoc.model.Excerpt;
import it.policydoc.model.Policy;
import it.policydoc.testing.PdfChecker;
import it.policydoc.testing.PdfContent;
import it.policydoc.testing.PolicyTexts;
import it.policydoc.testing.SeedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The staff handbooks of both seed policies, as {@code ./policydoc build} writes them: PDF/A-3a
 * and PDF/UA-1 with no failed rule, the units for staff and the moderation procedure word for
 * word in HTML and PDF, nothing else of the policy given as a rule, chapters in the table of
 * contents and the bookmarks, the declaration last, and the links from and to the policy's page.
 * (vnu and axe-core check the pages in {@link GeneratedSiteValidationTest}; rebuilding to the
 * same bytes is {@link SiteUpToDateTest}'s.)
 */
class HandbookTest {

    private static final String POLICY = "social-media-policy";
    /** Below this length a text of the policy (a title, a short rule) may occur inside others. */
    private static final int DISTINCTIVE = 40;

    @TempDir
    static Path out;

    private static Map<String, Policy> policies;

    @BeforeAll
    static void build() throws IOException {
        BuiltSite.build(out);
        policies = new it.policydoc.load.PolicyLoader().load(List.of(BuiltSite.POLICIES)).policies().stream()
                .collect(Collectors.toMap(p -> p.comune().slug(), p -> p));
    }

    private static Path folder(String comune) {
        return out.resolve(comune).resolve(POLICY);
    }

    private static byte[] pdf(String comune) throws IOException {
        return Files.readAllBytes(folder(comune).resolve("manuale.pdf"));
    }

    private static Document page(String comune) throws IOException {
        return Jsoup.parse(folder(comune).resolve("manuale/index.html").toFile(), "UTF-8");
    }

    private static List<String> matchable(List<String> texts) {
        return texts.stream().map(PdfContent::matchable).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"porto-sant-elpidio", "coccaglio"})
    void conformsToPdfA3aAndPdfUa1(String comune) throws IOException {
        assertEquals(List.of(), PdfChecker.failures(pdf(comune)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"porto-sant-elpidio", "coccaglio"})
    void givesEveryStaffUnitAndTheModerationProcedureWordForWordInHtmlAndPdf(String comune) throws IOException {
        Policy policy = policies.get(comune);
        List<String> staff = matchable(PolicyTexts.inReadingOrder(Excerpt.forStaff(policy)));
        List<String> moderation = matchable(PolicyTexts.inReadingOrder(
                Excerpt.ofUnits(policy, policy.handbook().moderation())));
        assertTrue(staff.size() > 10 && moderation.size() >= 3, staff + "\n" + moderation);
        List<String> expected = new ArrayList<>(staff);
        expected.addAll(moderation);

        String html = PdfContent.matchable(page(comune).selectFirst("main").text());
        int missingInHtml = SeedText.firstMissing(expected, html);
        assertEquals(-1, missingInHtml, () -> "not in the page, in order: «" + expected.get(missingInHtml) + "»");
        try (PdfContent pdf = new PdfContent(pdf(comune))) {
            String text = PdfContent.matchable(pdf.readingText());
            int missingInPdf = SeedText.firstMissing(expected, text);
            assertEquals(-1, missingInPdf, () -> "not in the PDF, in order: «" + expected.get(missingInPdf) + "»");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"porto-sant-elpidio", "coccaglio"})
    void givesNoOtherUnitOfThePolicy(String comune) throws IOException {
        Policy policy = policies.get(comune);
        Set<String> inHandbook = new HashSet<>(matchable(PolicyTexts.inReadingOrder(Excerpt.forStaff(policy))));
        inHandbook.addAll(matchable(PolicyTexts.inReadingOrder(Excerpt.ofUnits(policy, policy.handbook().moderation()))));
        List<String> texts = matchable(PolicyTexts.inReadingOrder(policy));
        inHandbook.add(texts.get(0)); // the title, which names the handbook
        List<String> others = texts.stream()
                .filter(t -> t.length() >= DISTINCTIVE && !inHandbook.contains(t))
                .toList();
        assertTrue(others.size() > 10, others::toString);
        String html = PdfContent.matchable(page(comune).selectFirst("main").text());
        try (PdfContent pdf = new PdfContent(pdf(comune))) {
            String text = PdfContent.matchable(pdf.readingText());
            for (String other : others) {
                assertFalse(html.contains(other), () -> "in the page: «" + other + "»");
                assertFalse(text.contains(other), () -> "in the PDF: «" + other + "»");
            }
        }
    }

    @Test
    void unitsKeepTheirNumbersAndReferencesLeadToThePolicysPage() throws IOException {
        Document coccaglio = page("coccaglio");
        List<String> headings = coccaglio.select(".pd-article-number").eachText();
        assertEquals(List.of("Articolo 4", "Articolo 6", "Articolo 5"), headings);
        Element comma = coccaglio.getElementById("amministratori");
        assertTrue(comma.text().startsWith("3. Il Sindaco"), comma.text());
        Element moderation = coccaglio.getElementById("moderazione");
        assertTrue(moderation.text().startsWith("4. Il gestore del profilo"), moderation.text());
        Element reference = coccaglio.selectFirst("a.pd-ref[href=../index.html#finalita]");
        assertEquals("articolo 2", reference.text());
        try (PdfContent pdf = new PdfContent(pdf("coccaglio"))) {
            assertTrue(pdf.externalLinks().contains("index.html#finalita"), pdf.externalLinks()::toString);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"porto-sant-elpidio", "coccaglio"})
    void chaptersAreInTheTableOfContentsAndTheBookmarks(String comune) throws IOException {
        boolean hasContacts = !policies.get(comune).comune().offices().isEmpty()
                || !policies.get(comune).comune().contacts().isEmpty();
        List<String> chapters = new ArrayList<>(List.of("Perché questo manuale", "Le regole per il personale",
                "La procedura di moderazione"));
        if (hasContacts) {
            chapters.add("Contatti");
        }
        chapters.add("Dichiarazione di presa visione");
        assertEquals(chapters, page(comune).select(".pd-toc > ul > li > a").eachText());
        assertEquals(chapters, page(comune).select("main h2").eachText().subList(1, chapters.size() + 1));
        try (PdfContent pdf = new PdfContent(pdf(comune))) {
            List<String> top = pdf.bookmarks().stream().filter(b -> b.depth() == 0).map(PdfContent.Bookmark::title)
                    .toList();
            List<String> expected = new ArrayList<>(List.of("Indice"));
            expected.addAll(chapters);
            assertEquals(expected, top);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"porto-sant-elpidio", "coccaglio"})
    void theCoverComesFirstAndTheDeclarationToSignLast(String comune) throws IOException {
        try (PdfContent pdf = new PdfContent(pdf(comune))) {
            int pages = pdf.pageCount();
            String cover = SeedText.normalize(pdf.pageText(1));
            assertTrue(cover.contains("Manuale per il personale"), cover);
            assertTrue(cover.contains(policies.get(comune).comune().name().toUpperCase(java.util.Locale.ITALIAN)),
                    cover);
            String last = SeedText.normalize(pdf.pageText(pages));
            for (String field : List.of("Manuale per il personale – ", "Dichiarazione di presa visione", "Nome e cognome", "Ufficio", "Data", "Firma",
                    "Pagina " + pages + " di " + pages)) {
                assertTrue(last.contains(field), field + " on the last page: " + last);
            }
            assertFalse(SeedText.normalize(pdf.pageText(pages - 1)).contains("Nome e cognome"));
        }
        Element declaration = page(comune).select("main .sect1").last();
        assertTrue(declaration.hasClass("pd-presa-visione"));
        assertEquals(List.of("Nome e cognome", "Ufficio", "Data", "Firma"), declaration.select(".pd-campo-nome").eachText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"porto-sant-elpidio", "coccaglio"})
    void thePolicysPageLinksBothAndTheHandbookLeadsBack(String comune) throws IOException {
        String policyPage = Files.readString(folder(comune).resolve("index.html"));
        long kb = Math.round(pdf(comune).length / 1000.0);
        assertTrue(policyPage.contains("<a href=\"manuale/index.html\">Manuale per il personale</a>"), policyPage);
        assertTrue(policyPage.contains("<a href=\"manuale.pdf\">Manuale per il personale, da stampare e firmare</a> "
                + "<span class=\"pd-download-details\">(PDF, " + kb + " kB)</span>"), policyPage);
        Document handbook = page(comune);
        assertEquals("it", handbook.selectFirst("html").attr("lang"));
        assertFalse(handbook.select(".breadcrumb a[href=../index.html]").isEmpty());
        for (Element link : handbook.select("link[href], script[src], img[src]")) {
            String url = link.hasAttr("href") ? link.attr("href") : link.attr("src");
            assertTrue(url.startsWith("../../../assets/"), "local assets only: " + url);
        }
    }

    @Test
    void checkingDoesNotStartAsciidoctorBuildingDoes(@TempDir Path site) throws IOException {
        PolicyBuild build = new PolicyBuild();
        assertFalse(build.check(List.of(BuiltSite.POLICIES)).hasErrors());
        assertFalse(build.asciidoctorStarted(), "check started Asciidoctor");
        assertFalse(build.build(List.of(BuiltSite.POLICIES), site).hasErrors());
        assertTrue(build.asciidoctorStarted());
    }
}

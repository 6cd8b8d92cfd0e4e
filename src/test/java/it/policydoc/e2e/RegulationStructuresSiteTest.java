package it.policydoc.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.policydoc.diag.DiagnosticFormatter;
import it.policydoc.pipeline.PolicyBuild;
import it.policydoc.testing.AxeChecker;
import it.policydoc.testing.HtmlChecker;
import it.policydoc.testing.PdfChecker;
import it.policydoc.testing.PdfContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;

/**
 * A regulation that uses every structure of municipal drafting (titoli, capi and sezioni,
 * unnumbered commi, definitions, an act known by its year, the Consiglio's annex B, a comune in a
 * città metropolitana), built as {@code ./policydoc build} builds it, in every output: page and
 * fragment (jsoup, vnu, axe-core), deliberation PDF (text, bookmarks, tags, veraPDF), handbook
 * (HTML and PDF) and JSON-LD.
 */
@TestInstance(Lifecycle.PER_CLASS)
class RegulationStructuresSiteTest {

    private static final Path FIXTURE = Path.of("src/test/resources/regolamento");

    @TempDir
    static Path out;

    private Path policyDir;
    private Document page;

    @BeforeAll
    void build() throws IOException {
        PolicyBuild.Outcome outcome = new PolicyBuild().build(List.of(FIXTURE), out);
        DiagnosticFormatter formatter = new DiagnosticFormatter(Locale.ENGLISH);
        assertTrue(outcome.diagnostics().isEmpty(), () -> outcome.diagnostics().stream().map(formatter::format)
                .collect(Collectors.joining("\n")));
        policyDir = out.resolve("borgo-metropolitano/regolamento");
        page = Jsoup.parse(policyDir.resolve("index.html").toFile(), "UTF-8");
    }

    private static String text(Element e) {
        return e == null ? "(missing)" : e.text();
    }

    @Test
    void containersAreHeadedWithTheirNumbersNestedByLevel() {
        assertEquals("Titolo I Disposizioni generali", text(page.selectFirst("#disposizioni-generali")));
        assertEquals("h2", page.selectFirst("#disposizioni-generali").tagName());
        assertEquals("h3", page.selectFirst("#soggetti").tagName());
        assertEquals("Capo II Soggetti", text(page.selectFirst("#soggetti")));
        assertEquals("Capo I Pubblicazione", text(page.selectFirst("#pubblicazione")), "capi count again in a titolo");
        assertEquals("Sezione 1 Contenuti ammessi", text(page.selectFirst("#contenuti-ammessi")));
        assertEquals("Sezione II Moderazione dei commenti", text(page.selectFirst("#sezione-moderazione")));
        assertEquals("Articolo 5 Moderazione", text(page.selectFirst("#moderazione")), "articles count across titoli");
        List<String> toc = page.select(".pd-toc a").eachText();
        assertEquals(List.of("Titolo I – Disposizioni generali", "Capo I – Principi", "Art. 1 – Oggetto",
                "Art. 2 – Definizioni", "Capo II – Soggetti", "Art. 3 – Responsabile dei profili",
                "Titolo II – Uso dei profili", "Capo I – Pubblicazione", "Sezione 1 – Contenuti ammessi",
                "Art. 4 – Contenuti", "Sezione II – Moderazione dei commenti", "Art. 5 – Moderazione"), toc);
    }

    @Test
    void unnumberedCommiPrintBareButStayAddressableByPosition() {
        Element second = page.getElementById("responsabile.2");
        assertEquals("Il responsabile cura le pubblicazioni e risponde dei contenuti.", text(second));
        assertTrue(second.select(".pd-marker").isEmpty());
        assertTrue(page.select("#responsabile ~ ol").isEmpty(), "no numbered list for unnumbered commi");
        Element reference = page.selectFirst("#moderazione\\.2 a.pd-ref");
        assertEquals("#responsabile.2", reference.attr("href"));
        assertEquals("art. 3, comma 2", reference.text());
        assertEquals("1.", text(page.selectFirst("#oggetto\\.1 .pd-marker")), "other articles keep their numbers");
    }

    @Test
    void definitionsAreADescriptionListWithAnAnchorOnEveryTerm() {
        Element glossary = page.selectFirst("#definizioni\\.1 dl.pd-definitions");
        assertEquals(List.of("Account", "Social network", "Moderatore"), glossary.select("dt").eachText());
        assertEquals(List.of("account", "social-network", "definizioni.1.3"),
                glossary.select("div.pd-definition").eachAttr("id"));
        assertEquals("il profilo registrato dall'Ente su una piattaforma.", text(page.selectFirst("#account dd")));
        assertEquals("art. 2, comma 1, definizione «Account»", text(page.selectFirst("a.pd-ref[href=#account]")));
        assertEquals(List.of("Ente", "Regolamento"), page.select(".pd-text > dl dt").eachText(),
                "a block of definitions of its own");
    }

    @Test
    void theActsAndTheEnteAreNamedAsTheyAre() {
        assertEquals("Città metropolitana di Milano", text(page.selectFirst(".navbar-brand")));
        List<String> acts = page.select(".pd-meta dd").eachText();
        assertTrue(acts.contains("deliberazione del Consiglio Comunale n. 45 del 2016"), acts::toString);
        assertEquals("Allegato B alla proposta di deliberazione (bozza per la stampa)",
                text(page.selectFirst("a[href=deliberazione.pdf]")));
    }

    @Test
    void theJsonLdListsTheContainersArticlesAndDefinedTerms() throws IOException {
        JsonNode json = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertEquals("Consiglio Comunale del Comune di Borgo Metropolitano",
                json.path("legislationPassedBy").path("name").asText());
        assertEquals("2016", json.path("legislationDate").asText());
        JsonNode titolo = json.path("hasPart").get(1);
        assertEquals("Titolo I – Disposizioni generali", titolo.path("name").asText());
        assertEquals("#disposizioni-generali", titolo.path("url").asText());
        JsonNode definitions = titolo.path("hasPart").get(0).path("hasPart").get(1);
        assertEquals("Art. 2 – Definizioni", definitions.path("name").asText());
        JsonNode terms = definitions.path("hasPart").get(0);
        assertEquals("DefinedTermSet", terms.path("@type").asText());
        assertEquals("Moderatore", terms.path("hasDefinedTerm").get(2).path("name").asText());
        assertEquals("il dipendente incaricato di controllare i commenti, come previsto all'art. 5, comma 2.",
                terms.path("hasDefinedTerm").get(2).path("description").asText());
        assertEquals("DefinedTermSet", json.path("hasPart").get(0).path("@type").asText());
    }

    @Test
    void pageAndFragmentAreValidHtml(@TempDir Path tmp) throws IOException {
        HtmlChecker vnu = new HtmlChecker();
        assertEquals(List.of(), vnu.errors(policyDir.resolve("index.html")));
        assertEquals(List.of(), vnu.errors(policyDir.resolve("manuale/index.html")));
        Path wrapped = tmp.resolve("wrapped.html");
        Files.writeString(wrapped, "<!DOCTYPE html><html lang=\"it\"><head><meta charset=\"utf-8\">"
                + "<title>CMS</title></head><body><h1>Pagina del CMS</h1>\n"
                + Files.readString(policyDir.resolve("fragment.html")) + "</body></html>");
        assertEquals(List.of(), vnu.errors(wrapped));
    }

    @Test
    void pageMeetsWcag21AA() {
        AxeChecker.assumeAvailable();
        try (AxeChecker axe = new AxeChecker(out)) {
            assertEquals(List.of(), axe.violations(policyDir.resolve("index.html")));
        }
    }

    @Test
    void theDeliberationPdfCarriesEveryStructure() throws IOException {
        byte[] bytes = Files.readAllBytes(policyDir.resolve("deliberazione.pdf"));
        assertEquals(List.of(), PdfChecker.failures(bytes));
        try (PdfContent pdf = new PdfContent(bytes)) {
            String first = PdfContent.matchable(pdf.pageText(1));
            assertTrue(first.contains("Città metropolitana di Milano"), first);
            assertTrue(first.contains("Allegato B alla proposta di deliberazione del Consiglio Comunale"), first);
            assertFalse(first.contains("Giunta"), first);
            assertTrue(pdf.pageCount() > 1);
            String second = PdfContent.matchable(pdf.pageText(2));
            assertTrue(second.contains("Comune di Borgo Metropolitano – Allegato B"), "running header: " + second);
            String reading = PdfContent.matchable(pdf.readingText());
            for (String expected : List.of("Titolo I", "Disposizioni generali", "Capo II", "Sezione II",
                    "Moderazione dei commenti", "Account", "il profilo registrato dall'Ente su una piattaforma.",
                    "Il responsabile cura le pubblicazioni e risponde dei contenuti.",
                    "Il Presidente del Consiglio Comunale")) {
                assertTrue(reading.contains(PdfContent.matchable(expected)), expected + " in " + reading);
            }
            assertFalse(reading.contains("1. Il Sindaco individua"), "unnumbered commi print no number");
            List<String> bookmarks = new ArrayList<>();
            pdf.bookmarks().forEach(b -> bookmarks.add(b.depth() + " " + b.title()));
            assertEquals(List.of("0 Titolo I – Disposizioni generali", "1 Capo I – Principi", "2 Art. 1 – Oggetto",
                    "2 Art. 2 – Definizioni", "1 Capo II – Soggetti", "2 Art. 3 – Responsabile dei profili",
                    "0 Titolo II – Uso dei profili", "1 Capo I – Pubblicazione", "2 Sezione 1 – Contenuti ammessi",
                    "3 Art. 4 – Contenuti", "2 Sezione II – Moderazione dei commenti", "3 Art. 5 – Moderazione"),
                    bookmarks);
            // Each definition is a list item whose body holds the term and the definition.
            List<String> types = pdf.structureTypes();
            List<String> twoTerms = List.of("L", "LI", "LBody", "P", "P", "LI", "LBody", "P", "P");
            assertTrue(Collections.indexOfSubList(types, twoTerms) >= 0, types::toString);
        }
    }

    @Test
    void theHandbookFramesTheStaffRulesWithTheirContainers() throws IOException {
        Document handbook = Jsoup.parse(policyDir.resolve("manuale/index.html").toFile(), "UTF-8");
        String body = handbook.text();
        assertTrue(body.contains("non ancora approvata dal Consiglio Comunale"), body);
        assertEquals("Sezione II Moderazione dei commenti", text(handbook.getElementById("sezione-moderazione")));
        assertEquals("Il moderatore legge i commenti ogni giorno lavorativo.",
                text(handbook.getElementById("moderazione.1")));
        assertTrue(handbook.select("#moderazione\\.1 .pd-marker").isEmpty());
        byte[] bytes = Files.readAllBytes(policyDir.resolve("manuale.pdf"));
        assertEquals(List.of(), PdfChecker.failures(bytes));
        try (PdfContent pdf = new PdfContent(bytes)) {
            String reading = PdfContent.matchable(pdf.readingText());
            assertTrue(reading.contains("Sezione II"), reading);
            assertTrue(reading.contains(PdfContent.matchable("Il moderatore legge i commenti ogni giorno lavorativo.")),
                    reading);
        }
    }
}

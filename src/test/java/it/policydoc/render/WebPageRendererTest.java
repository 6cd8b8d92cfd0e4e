package it.policydoc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.policydoc.testing.SamplePolicy;
import it.policydoc.text.InlineMarkdown;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class WebPageRendererTest {

    private final InlineMarkdown markdown = new InlineMarkdown();
    private final WebPageRenderer renderer = new WebPageRenderer(new Templates(), new PolicyViewBuilder(markdown),
            new LegislationJsonLd(markdown));

    private Document page() {
        return Jsoup.parse(renderer.page(SamplePolicy.approved(), "../..", List.of()));
    }

    @Test
    void isAnItalianHtml5PageWithOneTitle() {
        Document doc = page();
        assertEquals("it", doc.selectFirst("html").attr("lang"));
        assertEquals(1, doc.select("h1").size());
        assertEquals("Policy di prova", doc.selectFirst("h1").text());
        assertEquals("Policy di prova – Comune di Borgo d'Esempio", doc.title());
    }

    @Test
    void numbersArticlesCommiAndPointsWithStableAnchors() {
        Document doc = page();
        Element article = doc.getElementById("oggetto");
        assertEquals("Articolo 1 Oggetto", article.text());
        assertEquals("h2", article.tagName());
        assertEquals("2. I profili servono per:", doc.getElementById("oggetto.2").selectFirst("p").text());
        assertEquals("a) informare i cittadini;", doc.getElementById("oggetto.2.a").text());
        assertEquals("b) favorire la partecipazione <b>attiva</b>.", doc.getElementById("oggetto.2.b").text(),
                "raw HTML in a text is shown, not interpreted");
        assertEquals("1. Rispettare gli altri.", doc.getElementById("regole.1").text());
        assertEquals("Articolo 2 Gestione", doc.getElementById("gestione").text());
        assertEquals("h3", doc.getElementById("gestione").tagName(), "an article inside a section is one level down");
    }

    @Test
    void showsRunInTitlesAndContinuationParagraphs() {
        Document doc = page();
        assertEquals("ATTENZIONE: Valgono queste regole:", doc.getElementById("intro-regole").text());
        assertEquals("ATTENZIONE:", doc.getElementById("intro-regole").selectFirst("strong").text());
        assertTrue(doc.getElementById("oggetto.2").text().endsWith("Paragrafo di seguito."));
    }

    @Test
    void tableOfContentsLinksEveryArticleAndSection() {
        Document doc = page();
        List<String> targets = doc.select("nav.pd-toc a").eachAttr("href");
        assertEquals(List.of("#oggetto", "#regole", "#gestione"), targets);
        for (String target : targets) {
            assertNotNull(doc.getElementById(target.substring(1)), target);
        }
    }

    @Test
    void printsAdoptionActAndDatesInItalian() {
        String meta = page().selectFirst("dl.pd-meta").text();
        assertTrue(meta.contains("Approvazione deliberazione della Giunta Comunale n. 12 del 1º marzo 2023"), meta);
        assertTrue(meta.contains("Ultima modifica 15 marzo 2023"), meta);
        assertTrue(meta.contains("Canali Facebook, Instagram"), meta);
    }

    @Test
    void describesThePolicyAsSchemaOrgLegislation() throws Exception {
        Element script = page().selectFirst("script[type=application/ld+json]");
        JsonNode json = new ObjectMapper().readTree(script.data());
        assertEquals("Legislation", json.get("@type").asText());
        assertEquals("Policy di prova", json.get("name").asText());
        assertEquals("2023-03-01", json.get("legislationDate").asText());
        assertEquals("2023-03-15", json.get("dateModified").asText());
        assertEquals("InForce", json.get("legislationLegalForce").asText());
        assertEquals("Comune di Borgo d'Esempio", json.get("legislationJurisdiction").get("name").asText());
    }

    @Test
    void draftSaysSoAndLeavesTheActNumberBlank() throws Exception {
        Document doc = Jsoup.parse(renderer.page(SamplePolicy.draft(), "../..", List.of()));
        assertNotNull(doc.selectFirst(".pd-draft-note"));
        assertTrue(doc.selectFirst("dl.pd-meta").text().contains("n. … del …"));
        JsonNode json = new ObjectMapper().readTree(doc.selectFirst("script[type=application/ld+json]").data());
        assertEquals("NotInForce", json.get("legislationLegalForce").asText());
        assertFalse(json.has("legislationDate"));
    }

    @Test
    void fragmentHasNoPageFrameAndStartsAtLevelTwo() {
        Document doc = Jsoup.parseBodyFragment(renderer.fragment(SamplePolicy.approved(), List.of()));
        assertTrue(doc.select("html > head > link, header.it-header-wrapper, footer").isEmpty());
        assertTrue(doc.select("h1").isEmpty());
        assertEquals("Policy di prova", doc.getElementById("_titolo").text());
        assertEquals("h2", doc.getElementById("_titolo").tagName());
        assertEquals("h3", doc.getElementById("oggetto").tagName());
    }

    @Test
    void sameInputGivesTheSameBytes() {
        assertEquals(renderer.page(SamplePolicy.approved(), "../..", List.of()),
                renderer.page(SamplePolicy.approved(), "../..", List.of()));
    }
}

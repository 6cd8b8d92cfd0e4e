package it.policydoc.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.pipeline.PolicyBuild;
import it.policydoc.diag.Diagnostic;
import it.policydoc.testing.PdfChecker;
import it.policydoc.testing.PdfContent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A comune that adds its own chapters to the handbook ({@code handbook/*.adoc}): they come in the
 * order of their file names, as chapters with their titles in the table of contents and the
 * bookmarks; {@code policy:} references in them read and link as the policy's own references;
 * the PDF stays PDF/A-3a and PDF/UA-1; a reference to nothing stops the build at its place.
 */
class HandbookChaptersTest {

    private static final String SECOND = """
            = Dopo la lettura

            Chi ha dubbi si rivolge al proprio Responsabile.
            """;
    private static final String FIRST = """
            // Capitolo aggiunto dal Comune: come si usano i profili.
            = Come usare i profili del Comune
            :description: ignorato

            Chi amministra i profili è indicato dal policy:amministratori[]; i compiti sono nel
            policy:gestione.6[comma sulle finalità, con una virgola].

            NOTE: Le regole valgono anche sui profili personali (policy:policy-interna[]).

            == Prima di pubblicare

            * controllare la fonte;
            * rileggere il testo.

            ----
            policy:inesistente[] qui è solo un esempio, non un rimando
            ----
            """;

    @TempDir
    static Path tmp;

    private static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path comune = copyCoccaglio(tmp.resolve("policies"));
        Files.writeString(comune.resolve("handbook/02-dopo.adoc"), SECOND, StandardCharsets.UTF_8);
        Files.writeString(comune.resolve("handbook/01-profili.adoc"), FIRST, StandardCharsets.UTF_8);
        site = tmp.resolve("site");
        PolicyBuild.Outcome outcome = new PolicyBuild().build(List.of(tmp.resolve("policies")), site);
        assertEquals(List.of(), outcome.diagnostics());
    }

    private static Path copyCoccaglio(Path policies) throws IOException {
        Path comune = Files.createDirectories(policies.resolve("prova").resolve("handbook")).getParent();
        for (String file : List.of("comune.yaml", "social-media-policy.yaml")) {
            Files.copy(BuiltSite.POLICIES.resolve("coccaglio").resolve(file), comune.resolve(file));
        }
        return comune;
    }

    private static Path folder() {
        return site.resolve("prova/social-media-policy");
    }

    @Test
    void chaptersComeInTheOrderOfTheirFilesWithTheirTitlesInTheTableOfContents() throws IOException {
        Document page = Jsoup.parse(folder().resolve("manuale/index.html").toFile(), "UTF-8");
        List<String> toc = page.select(".pd-toc > ul > li > a").eachText();
        assertEquals(List.of("Perché questo manuale", "Le regole per il personale", "La procedura di moderazione",
                "Come usare i profili del Comune", "Dopo la lettura", "Dichiarazione di presa visione"), toc);
        Element chapter = page.getElementById("_come_usare_i_profili_del_comune");
        assertEquals("h2", chapter.tagName());
        assertEquals("Prima di pubblicare", chapter.parent().selectFirst("h3").text());
        assertTrue(page.text().contains("Nota"), "Italian caption of the note");
        try (PdfContent pdf = new PdfContent(Files.readAllBytes(folder().resolve("manuale.pdf")))) {
            List<String> bookmarks = pdf.bookmarks().stream().filter(b -> b.depth() == 0)
                    .map(PdfContent.Bookmark::title).toList();
            assertTrue(bookmarks.containsAll(List.of("Come usare i profili del Comune", "Dopo la lettura")),
                    bookmarks::toString);
        }
    }

    @Test
    void policyReferencesReadAndLinkAsThePolicysOwn() throws IOException {
        Document page = Jsoup.parse(folder().resolve("manuale/index.html").toFile(), "UTF-8");
        Element chapter = page.getElementById("_come_usare_i_profili_del_comune").parent();
        List<Element> links = chapter.select("a.pd-ref");
        assertEquals(List.of("art. 4, comma 3", "comma sulle finalità, con una virgola", "art. 6"),
                links.stream().map(Element::text).toList());
        assertEquals(List.of("../index.html#amministratori", "../index.html#gestione.6", "../index.html#policy-interna"),
                links.stream().map(a -> a.attr("href")).toList());
        assertEquals("art. 4, comma 6", links.get(1).attr("title"));
        assertTrue(chapter.selectFirst("pre").text().contains("policy:inesistente[]"), "literal text stays literal");
    }

    @Test
    void thePdfWithTheChaptersStaysArchivalAndAccessible() throws IOException {
        byte[] pdf = Files.readAllBytes(folder().resolve("manuale.pdf"));
        assertEquals(List.of(), PdfChecker.failures(pdf));
        try (PdfContent content = new PdfContent(pdf)) {
            assertTrue(content.externalLinks().contains("index.html#amministratori"), content.externalLinks()::toString);
            assertTrue(PdfContent.matchable(content.readingText()).contains("Chi ha dubbi si rivolge al proprio Responsabile."));
        }
    }

    @Test
    void aReferenceToNothingStopsTheBuildAtItsPlace(@TempDir Path other) throws IOException {
        Path comune = copyCoccaglio(other.resolve("policies"));
        Path chapter = Files.writeString(comune.resolve("handbook/01-errore.adoc"),
                "= Errore\n\nVedi il policy:gestone.3[].\n", StandardCharsets.UTF_8);
        Path out = other.resolve("site");
        PolicyBuild.Outcome outcome = new PolicyBuild().build(List.of(other.resolve("policies")), out);
        assertTrue(outcome.hasErrors());
        Diagnostic only = outcome.diagnostics().get(0);
        assertEquals(List.of("chapter-reference-unknown-id", chapter.toString(), "3:9", "[gestone, gestione]"),
                List.of(only.code(), only.pos().file().toString(), only.pos().line() + ":" + only.pos().column(),
                        only.args().toString()));
        assertFalse(Files.exists(out), "nothing was written");
    }
}

package it.policydoc.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.policydoc.diag.Diagnostic;
import it.policydoc.diag.DiagnosticFormatter;
import it.policydoc.pipeline.PolicyBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input, one case per vector of issue 10: each ends in a diagnostic at the file, line and
 * column of its cause (exit 1 from the command line), never in an internal error, a stack
 * overflow or a hang; and nothing is written.
 */
class HostileInputTest {

    private static final String COMUNE = """
            nome: Borgo
            provincia: Ancona
            sigla_provincia: AN
            codice_istat: "042999"
            """;
    private static final String POLICY_HEAD = """
            titolo: Prova
            stato: bozza
            contenuto:
              - articolo: Oggetto
                id: oggetto
                commi:
            """;

    @TempDir
    Path tmp;

    private Path comune() throws IOException {
        return Files.createDirectories(tmp.resolve("policies/borgo/handbook")).getParent();
    }

    private Path write(String name, String text) throws IOException {
        Path file = comune().resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private Path policy(String comma) throws IOException {
        write("comune.yaml", COMUNE);
        return write("prova.yaml", POLICY_HEAD + "      - " + comma + "\n");
    }

    private Path chapter(String asciidoc) throws IOException {
        policy("Testo.");
        return write("handbook/01-capitolo.adoc", asciidoc);
    }

    /** Builds, and expects exactly this one error, at this place; nothing may be written. */
    private Diagnostic refused(String code, Path file, int line, int column) throws IOException {
        return refusedAmong(code, file, line, column, 1);
    }

    /** The first of {@code count} diagnostics, all of {@code code}; nothing written. */
    private Diagnostic refusedAmong(String code, Path file, int line, int column, int count) throws IOException {
        Path out = tmp.resolve("site");
        PolicyBuild.Outcome outcome = new PolicyBuild().build(List.of(tmp.resolve("policies")), out);
        String all = outcome.diagnostics().stream().map(new DiagnosticFormatter(Locale.ENGLISH)::format)
                .collect(Collectors.joining("\n"));
        assertEquals(count, outcome.diagnostics().size(), all);
        assertTrue(outcome.diagnostics().stream().allMatch(d -> d.code().equals(code)), all);
        Diagnostic first = outcome.diagnostics().get(0);
        assertEquals(List.of(file.toString(), line + ":" + column),
                List.of(first.pos().file().toString(), first.pos().line() + ":" + first.pos().column()), all);
        assertFalse(Files.exists(out), "nothing was written");
        assertEquals(outcome.diagnostics(), new PolicyBuild().check(List.of(tmp.resolve("policies"))).diagnostics(),
                "check says what build says");
        return first;
    }

    private Path built() throws IOException {
        Path out = tmp.resolve("site");
        PolicyBuild.Outcome outcome = new PolicyBuild().build(List.of(tmp.resolve("policies")), out);
        assertEquals(List.of(), outcome.diagnostics());
        return out.resolve("borgo/prova");
    }

    @Test
    void aControlCharacterInATextIsFoundAtItsPlaceInItalian() throws IOException {
        Path file = policy("\"Il testo \\u0001 qui.\"");
        Diagnostic d = refused("control-character", file, 7, 9);
        String italian = new DiagnosticFormatter(Locale.ITALIAN).format(d);
        assertTrue(italian.contains("carattere di controllo invisibile (U+0001)") && italian.contains(":7:9:"), italian);
    }

    @Test
    void aNulWrittenInTheFileIsFoundAtItsColumn() throws IOException {
        Path file = policy("Il testo \u0000 qui.");
        refused("control-character", file, 7, 18);
    }

    @Test
    void aControlCharacterInAnEmailAddress() throws IOException {
        policy("Testo.");
        Path file = write("comune.yaml", COMUNE + "contatti:\n  email: \"urp\\u0001@borgo.it\"\n");
        refused("control-character", file, 6, 10);
    }

    @Test
    void aControlCharacterInAChapter() throws IOException {
        Path file = chapter("= Capitolo\n\nTesto \u0007 qui.\n");
        refused("control-character", file, 3, 7);
    }

    @Test
    void aTitleMadeOnlyOfALinkRendersEmpty() throws IOException {
        write("comune.yaml", COMUNE);
        Path file = write("prova.yaml", POLICY_HEAD.replace("titolo: Prova", "titolo: \"<https://example.org>\"")
                + "      - Testo.\n");
        refused("title-empty", file, 1, 10);
    }

    @Test
    void anImageInATextIsRefused() throws IOException {
        Path file = policy("\"Vedi ![stemma](https://example.org/a.png) qui.\"");
        refused("text-image", file, 7, 15);
    }

    @Test
    void aLinkWhoseAddressIsNoAddressIsRefusedWhereItIsWritten() throws IOException {
        Path file = policy("\"Vedi [il sito](https://example.org/a<b>c) e <https://example.org/x{y}>.\"");
        Diagnostic first = refusedAmong("link-address-invalid", file, 7, 15, 2);
        assertEquals(List.of("https://example.org/a<b>c"), first.args());
    }

    @Test
    void linksWithValidAddressesBuild() throws IOException {
        policy("\"Vedi [il sito](https://example.org/città?a=1#b) e <mailto:urp@borgo.it>.\"");
        assertTrue(Files.isRegularFile(built().resolve("deliberazione.docx")));
    }

    @Test
    void anImageWithASpaceInAChapter() throws IOException {
        Path file = chapter("= Capitolo\n\nVedi image:a b.png[stemma].\n");
        refused("chapter-media", file, 3, 6);
    }

    @Test
    void aCrossReferenceToNothingInAChapter() throws IOException {
        Path file = chapter("= Capitolo\n\nVedi <<manca>>.\n");
        refused("chapter-xref-unknown", file, 3, 8);
    }

    @Test
    void crossReferencesToPlacesThatExistBuild() throws IOException {
        chapter("= Capitolo\n\n== Prima di pubblicare\n\n[#regola]\nUna regola.\n\nVedi <<regola>>, "
                + "<<_prima_di_pubblicare>> e xref:_manuale-presa-visione[la dichiarazione].\n");
        Document page = Jsoup.parse(built().resolve("manuale/index.html").toFile(), "UTF-8");
        assertEquals(List.of("#regola", "#_prima_di_pubblicare", "#_manuale-presa-visione"),
                page.select(".pd-text a[href^=#]").eachAttr("href"));
    }

    @Test
    void anSvgStemmaWithAnExternalImage() throws IOException {
        policy("Testo.");
        Path file = write("comune.yaml", COMUNE + "stemma: stemma.svg\n");
        write("stemma.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                + "<image xlink:href=\"http://example.org/x.png\" width=\"10\" height=\"10\"/></svg>");
        refused("stemma-svg-unsafe", file, 5, 9);
    }

    @Test
    void anSvgStemmaWithAnEntityBomb() throws IOException {
        policy("Testo.");
        Path file = write("comune.yaml", COMUNE + "stemma: stemma.svg\n");
        StringBuilder svg = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\">");
        for (char c = 'b'; c <= 'j'; c++) {
            svg.append("<!ENTITY ").append(c).append(" \"").append(("&" + (char) (c - 1) + ";").repeat(10)).append("\">");
        }
        svg.append("]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&j;</text></svg>");
        write("stemma.svg", svg.toString());
        refused("stemma-svg-unsafe", file, 5, 9);
    }

    @Test
    void aTextFileNamedStemmaPng() throws IOException {
        policy("Testo.");
        Path file = write("comune.yaml", COMUNE + "stemma: stemma.png\n");
        write("stemma.png", "questo non è un PNG\n");
        refused("stemma-wrong-type", file, 5, 9);
    }

    @Test
    void yamlFlowNested3000Deep() throws IOException {
        write("comune.yaml", COMUNE);
        Path file = write("prova.yaml", "titolo: Prova\nstato: bozza\ncontenuto: " + "[".repeat(3000) + "]".repeat(3000));
        refused("yaml-too-deep", file, 3, 75);
    }

    @Test
    void pointsNested1000Deep() throws IOException {
        write("comune.yaml", COMUNE);
        // One level a line; the file's root is level 1, so level 65 is the group of keys 30 lines down.
        String points = "{testo: x, elenco: lettere, punti: [\n".repeat(1000) + "fine" + "]}".repeat(1000);
        Path file = write("prova.yaml", POLICY_HEAD + "      - {testo: a, elenco: lettere, punti: [\n" + points + "]}\n");
        Diagnostic d = refused("yaml-too-deep", file, 7 + 30, 1);
        assertEquals("64", d.args().get(0));
    }

    @Test
    void pointsNestedTwentyDeepStillBuild() throws IOException {
        write("comune.yaml", COMUNE);
        String points = "{testo: x, elenco: lettere, punti: [".repeat(20) + "fine" + "]}".repeat(20);
        write("prova.yaml", POLICY_HEAD + "      - {testo: a, elenco: lettere, punti: [" + points + "]}\n");
        assertTrue(Files.isRegularFile(built().resolve("index.html")));
    }

    @Test
    void aChapterWith120NestedExampleBlocks() throws IOException {
        StringBuilder text = new StringBuilder("= Capitolo\n\n");
        for (int i = 0; i < 120; i++) {
            text.append("=".repeat(4 + i)).append('\n');
        }
        text.append("x\n");
        for (int i = 119; i >= 0; i--) {
            text.append("=".repeat(4 + i)).append('\n');
        }
        Path file = chapter(text.toString());
        refused("chapter-too-deep", file, 3 + 16, 1);
    }

    @Test
    void aChapterWithAListNested200Deep() throws IOException {
        StringBuilder text = new StringBuilder("= Capitolo\n\n");
        for (int i = 1; i <= 200; i++) {
            text.append("*".repeat(i)).append(" voce\n");
        }
        Path file = chapter(text.toString());
        refused("chapter-too-deep", file, 3 + 8, 1);
    }

    @Test
    void aLineLongerThanTheLimitIsRefusedAndTenThousandCharactersAreNot() throws IOException {
        Path file = policy("\"" + "parola ".repeat(3000) + "\"");
        refused("line-too-long", file, 7, 1);
        policy("\"" + "parola ".repeat(1428) + "fine.\"");
        assertTrue(Files.readString(comune().resolve("prova.yaml")).lines().anyMatch(l -> l.length() > 10_000));
        assertTrue(Files.isRegularFile(built().resolve("index.html")));
    }

    @Test
    void aChapterLineOfRepeatedOpenReferencesIsCheckedAndBuilt() throws IOException {
        chapter("= Capitolo\n\n" + "policy:x[".repeat(2000) + "\n");
        assertTrue(Files.isRegularFile(built().resolve("manuale/index.html")));
    }

    @Test
    void anUnclosedConditionalInAChapter() throws IOException {
        Path file = chapter("= Capitolo\n\nifdef::qualcosa[]\nTesto.\n");
        refused("chapter-conditional", file, 3, 1);
    }

    @Test
    void aChapterIdThatTheHandbookUses() throws IOException {
        Path file = chapter("= Capitolo\n\n[#_manuale-contatti]\n== Finti contatti\n");
        refused("chapter-reserved-id", file, 3, 3);
    }

    @Test
    void aChapterIdThatAPartOfThePolicyUses() throws IOException {
        Path file = chapter("= Capitolo\n\nTesto [[oggetto]]qui.\n");
        refused("chapter-reserved-id", file, 3, 9);
    }

    @Test
    void aTitleThatWouldEndTheJsonLdBlockStaysData() throws IOException {
        write("comune.yaml", COMUNE);
        write("prova.yaml", POLICY_HEAD.replace("titolo: Prova", "titolo: \"Regole <!--<script> & </script> più\\u2028altro\"")
                + "      - Testo.\n");
        Document doc = Jsoup.parse(built().resolve("index.html").toFile(), "UTF-8");
        String json = doc.selectFirst("script[type=application/ld+json]").data();
        assertFalse(json.contains("<") || json.contains(">") || json.contains("&") || json.contains("\u2028"), json);
        assertEquals("Regole <!--<script> & </script> più\u2028altro", new ObjectMapper().readTree(json).get("name").asText());
        assertTrue(doc.selectFirst("h1").text().startsWith("Regole <!--<script> & </script> più"), "the page after the block is whole");
        assertEquals(1, doc.select("footer.pd-site-footer").size(), "the page after the block is whole");
    }
}

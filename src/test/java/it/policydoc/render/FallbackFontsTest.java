package it.policydoc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.load.LoadResult;
import it.policydoc.load.PolicyLoader;
import it.policydoc.model.Policy;
import it.policydoc.pdf.ArchivalPdfWriter;
import it.policydoc.testing.PdfChecker;
import it.policydoc.testing.PdfContent;
import it.policydoc.text.InlineMarkdown;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Symbols, arrows, Greek and emoji that Titillium Web lacks are drawn by the fallback faces: the
 * deliberation PDF carries every one of them as text, and stays PDF/A-3a and PDF/UA-1.
 */
class FallbackFontsTest {

    static final String SYMBOLS = "→ ≥ ✓ Ω α № 👍 ❤️ 📢";

    @TempDir
    static Path dir;

    private static byte[] pdf;

    @BeforeAll
    static void render() throws IOException {
        Path comune = Files.createDirectories(dir.resolve("borgo"));
        Files.writeString(comune.resolve("comune.yaml"), """
                nome: Borgo d'Esempio
                provincia: Ancona
                sigla_provincia: AN
                codice_istat: "042999"
                """, StandardCharsets.UTF_8);
        Files.writeString(comune.resolve("prova.yaml"), """
                titolo: "Social %s policy"
                stato: bozza
                contenuto:
                  - articolo: "Simboli %s"
                    id: simboli
                    commi:
                      - "Nei post si usano %s e il Comune risponde."
                """.formatted(SYMBOLS, SYMBOLS, SYMBOLS), StandardCharsets.UTF_8);
        LoadResult loaded = new PolicyLoader().load(List.of(comune));
        assertEquals(List.of(), loaded.diagnostics());
        Policy policy = loaded.policies().get(0);
        InlineMarkdown markdown = new InlineMarkdown();
        pdf = new DeliberationPdfRenderer(new Templates(), new PolicyViewBuilder(markdown), markdown,
                new ArchivalPdfWriter()).render(policy);
    }

    @Test
    void everySymbolOfTitleArticleAndCommaIsInThePdfText() {
        try (PdfContent content = new PdfContent(pdf)) {
            String text = content.readingText();
            for (String expected : List.of("Social " + SYMBOLS + " policy", "Simboli " + SYMBOLS,
                    "Nei post si usano " + SYMBOLS + " e il Comune risponde.")) {
                assertTrue(squeeze(text).contains(squeeze(expected)), "missing «" + expected + "» in:\n" + text);
            }
            assertFalse(text.contains("#"), "no character is replaced by #: " + text);
        }
    }

    @Test
    void staysPdfA3aAndPdfUa1() {
        assertEquals(List.of(), PdfChecker.failures(pdf));
    }

    /** Line breaks and spaces as laid out on the page do not matter, the characters do. */
    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}

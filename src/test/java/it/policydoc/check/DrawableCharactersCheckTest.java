package it.policydoc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.policydoc.diag.Diagnostic;
import it.policydoc.diag.DiagnosticFormatter;
import it.policydoc.pipeline.PolicyBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A character no PDF font can draw is an error where it was typed; symbols, arrows, Greek and the
 * usual emoji are drawn by the fallback faces and pass.
 */
class DrawableCharactersCheckTest {

    @TempDir
    Path tmp;

    private Path folder;

    @BeforeEach
    void comune() throws IOException {
        folder = Files.createDirectories(tmp.resolve("borgo"));
        Files.writeString(folder.resolve("comune.yaml"), """
                nome: Borgo d'Esempio
                provincia: Ancona
                sigla_provincia: AN
                codice_istat: "042999"
                """, StandardCharsets.UTF_8);
    }

    private List<Diagnostic> check(String policy) throws IOException {
        Files.writeString(folder.resolve("prova.yaml"), policy, StandardCharsets.UTF_8);
        return new PolicyBuild().check(List.of(folder)).diagnostics();
    }

    @Test
    void symbolsArrowsGreekAndEmojiAreDrawn() throws IOException {
        assertEquals(List.of(), check("""
                titolo: "Social → ≥ ✓ Ω α № 👍 ❤️ 📢 policy"
                stato: bozza
                contenuto:
                  - articolo: Oggetto
                    id: oggetto
                    commi:
                      - "Emoji comuni: 😀 😊 🙏 👉 🎉 ✅ ❌ ⭐ ☎ ✉ ⚠ ★ ≤ ≠ ∞ √ € «» – — … • ½ © ® ™ ° ± × ÷"
                """));
    }

    @Test
    void aCharacterNoFontHasIsAnErrorAtItsLineAndColumnInItalian() throws IOException {
        List<Diagnostic> found = check("""
                titolo: Policy
                stato: bozza
                contenuto:
                  - articolo: Oggetto
                    id: oggetto
                    commi:
                      - Il Comune 漢 risponde.
                      - testo: >-
                          Prima riga e
                          seconda 𓀀 riga.
                """);
        DiagnosticFormatter it = new DiagnosticFormatter(Locale.ITALIAN);
        assertEquals(List.of(
                "error undrawable-character@7:19",
                "error undrawable-character@10:19"),
                found.stream().map(d -> d.severity().label() + " " + d.code() + "@" + d.pos().line() + ":"
                        + d.pos().column()).toList());
        String printed = it.format(found.get(0));
        assertEquals(true, printed.contains("il carattere «漢» (codice U+6F22) non si può stampare"
                + " nei PDF: nessuno dei loro caratteri tipografici lo contiene e al suo posto comparirebbe «#». "
                + "Toglilo, oppure scrivilo a parole o con un simbolo comune."), printed);
        assertEquals(true, it.format(found.get(1)).contains("«𓀀» (codice U+13000)"),
                it.format(found.get(1)));
    }

    @Test
    void anOfficeOfTheComuneIsCheckedWhereItIsWritten() throws IOException {
        Files.writeString(folder.resolve("comune.yaml"), """
                nome: Borgo d'Esempio
                provincia: Ancona
                sigla_provincia: AN
                codice_istat: "042999"
                uffici:
                  - nome: Ufficio ᚠ stampa
                """, StandardCharsets.UTF_8);
        List<Diagnostic> found = check("titolo: Policy\nstato: bozza\ncontenuto:\n  - Testo.\n");
        assertEquals(List.of("comune.yaml undrawable-character@6"), found.stream()
                .map(d -> d.pos().file().getFileName() + " " + d.code() + "@" + d.pos().line()).toList());
    }

    @Test
    void theTitleIsCheckedToo() throws IOException {
        List<Diagnostic> found = check("titolo: \"Policy ᚠ\"\nstato: bozza\ncontenuto:\n  - Testo.\n");
        assertEquals(List.of("undrawable-character@1:17"),
                found.stream().map(d -> d.code() + "@" + d.pos().line() + ":" + d.pos().column()).toList());
    }
}

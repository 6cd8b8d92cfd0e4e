package it.policydoc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.policydoc.diag.Diagnostic;
import it.policydoc.diag.DiagnosticFormatter;
import it.policydoc.load.LoadResult;
import it.policydoc.load.PolicyLoader;
import it.policydoc.text.InlineMarkdown;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the handbook is made from is checked before anything is built, with the place to fix. */
class HandbookCheckTest {

    private static final String COMUNE = """
            nome: Borgo
            provincia: Ancona
            sigla_provincia: AN
            codice_istat: "042999"
            """;
    private static final String POLICY = """
            titolo: Prova
            stato: bozza
            manuale:
              moderazione: [moderazion, esterna.9, esterna.1]
            contenuto:
              - articolo: Esterna
                id: esterna
                destinatari: pubblico
                commi:
                  - Gli utenti rispettano le regole.
                  - testo: Il gestore rimuove i messaggi.
                    id: moderazione
            """;

    @TempDir
    Path tmp;

    private List<String> check(String chapter) throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("borgo"));
        Files.writeString(folder.resolve("comune.yaml"), COMUNE, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("prova.yaml"), POLICY, StandardCharsets.UTF_8);
        if (chapter != null) {
            Files.createDirectories(folder.resolve("handbook"));
            Files.writeString(folder.resolve("handbook/capitolo.adoc"), chapter, StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("handbook/note.txt"), "non è un capitolo", StandardCharsets.UTF_8);
        }
        LoadResult loaded = new PolicyLoader().load(List.of(folder));
        assertEquals(List.of(), loaded.diagnostics());
        DiagnosticFormatter english = new DiagnosticFormatter(Locale.ENGLISH);
        List<Diagnostic> found = PolicyChecker.standard(new InlineMarkdown()).check(loaded.policies());
        found.forEach(english::format);
        return found.stream()
                .map(d -> d.pos().file().getFileName() + ":" + d.pos().line() + ":" + d.pos().column() + " " + d.code()
                        + " " + d.args())
                .toList();
    }

    @Test
    void moderationNamesUnitsThatExist() throws IOException {
        assertEquals(List.of(
                "prova.yaml:4:17 moderation-unknown-id [moderazion, moderazione]",
                "prova.yaml:4:29 moderation-missing-unit [esterna.9, art. 1, 9]"), check(null));
    }

    @Test
    void chaptersStartWithATitleUseOnlyWhatIsSafeAndReferToUnitsThatExist() throws IOException {
        List<String> found = check("""
                Testo prima del titolo: policy:esterna.2[] va bene, policy:esterna.3[] no.

                include::altro.adoc[]
                """);
        assertEquals(List.of(
                "prova.yaml:4:17 moderation-unknown-id [moderazion, moderazione]",
                "prova.yaml:4:29 moderation-missing-unit [esterna.9, art. 1, 9]",
                "capitolo.adoc:1:1 chapter-no-title []",
                "capitolo.adoc:3:1 chapter-include []",
                "capitolo.adoc:1:53 chapter-reference-missing-unit [esterna.3, art. 1, 3]"), found);
    }
}

package it.policydoc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.diag.Diagnostic;
import it.policydoc.diag.DiagnosticFormatter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per schema diagnostic code, each with the exact line and column. */
class SchemaDiagnosticsTest {

    @TempDir
    Path tmp;

    private LoaderFixture fx;

    @BeforeEach
    void setUp() throws IOException {
        fx = new LoaderFixture(tmp);
    }

    private Diagnostic onlyDiagnosticOf(String policyYaml) throws IOException {
        fx.policy(policyYaml);
        return LoaderFixture.only(fx.load());
    }

    private static void assertAt(Diagnostic d, String code, int line, int column) {
        assertEquals(code + "@" + line + ":" + column, d.code() + "@" + d.pos().line() + ":" + d.pos().column(),
                () -> new DiagnosticFormatter(Locale.ENGLISH).format(d));
    }

    @Test
    void unknownKeySuggestsTheClosestKnownKey() throws IOException {
        Diagnostic d = onlyDiagnosticOf(LoaderFixture.POLICY.replace("titolo:", "titlo:"));
        assertAt(d, "unknown-key", 1, 1);
        assertEquals(List.of("titlo", "titolo"), d.args());
        assertEquals("chiave sconosciuta «titlo»: forse intendevi «titolo»?",
                new DiagnosticFormatter(Locale.ITALIAN).message(d));
        assertEquals("unknown key «titlo»: did you mean «titolo»?", new DiagnosticFormatter(Locale.ENGLISH).message(d));
    }

    @Test
    void unknownKeyInsideABlockSuggestsAcrossBlockKinds() throws IOException {
        Diagnostic d = onlyDiagnosticOf(LoaderFixture.POLICY.replace("- articolo:", "- articlo:"));
        assertAt(d, "unknown-key", 4, 5);
        assertEquals(List.of("articlo", "articolo"), d.args());
    }

    @Test
    void unknownKeyFarFromAnyKnownOneHasNoSuggestion() throws IOException {
        Diagnostic d = onlyDiagnosticOf(LoaderFixture.POLICY + "colore: blu\n");
        assertAt(d, "unknown-key", 8, 1);
        assertEquals(List.of("colore"), d.args());
    }

    @Test
    void missingRequiredKey() throws IOException {
        Diagnostic d = onlyDiagnosticOf(LoaderFixture.POLICY.replace("stato: bozza\n", ""));
        assertAt(d, "missing-key", 1, 1);
        assertEquals(List.of("stato"), d.args());
    }

    @Test
    void wrongTypeNamesWhatWasExpectedInTheReadersLanguage() throws IOException {
        Diagnostic d = onlyDiagnosticOf(LoaderFixture.POLICY.replace("""
                    commi:
                      - La presente policy disciplina i profili social.
                """, """
                    commi: La presente policy disciplina i profili social.
                """));
        assertAt(d, "wrong-type", 6, 12);
        assertEquals("«commi» deve essere un elenco, non un testo", new DiagnosticFormatter(Locale.ITALIAN).message(d));
        assertEquals("«commi» must be a list, not a text", new DiagnosticFormatter(Locale.ENGLISH).message(d));
    }

    @Test
    void valueOutsideTheAllowedOnes() throws IOException {
        Diagnostic d = onlyDiagnosticOf(LoaderFixture.POLICY.replace("stato: bozza", "stato: forse"));
        assertAt(d, "invalid-value", 2, 8);
        assertEquals(List.of("forse", "stato", "bozza, approvata"), d.args());
    }

    @Test
    void idWithCapitalsOrDots() throws IOException {
        Diagnostic d = onlyDiagnosticOf(LoaderFixture.POLICY.replace("id: oggetto", "id: Oggetto.1"));
        assertAt(d, "invalid-id", 5, 9);
    }

    @Test
    void dateInTheWrongShape() throws IOException {
        Diagnostic d = onlyDiagnosticOf(LoaderFixture.POLICY.replace("stato: bozza", "stato: bozza\nultima_modifica: 15/12/2022"));
        assertAt(d, "invalid-date", 3, 18);
        assertEquals(List.of("15/12/2022", "ultima_modifica"), d.args());
    }

    @Test
    void dateThatDoesNotExist() throws IOException {
        Diagnostic d = onlyDiagnosticOf(LoaderFixture.POLICY.replace("stato: bozza", "stato: bozza\nultima_modifica: 2022-02-30"));
        assertAt(d, "invalid-date", 3, 18);
    }

    @Test
    void emptyText() throws IOException {
        Diagnostic d = onlyDiagnosticOf(LoaderFixture.POLICY.replace("titolo: Policy di prova", "titolo: \"\""));
        assertAt(d, "empty-text", 1, 9);
    }

    @Test
    void textOfSpacesOnlyIsEmptyToo() throws IOException {
        Diagnostic d = onlyDiagnosticOf(LoaderFixture.POLICY.replace("- La presente policy disciplina i profili social.",
                "- \"   \""));
        assertAt(d, "empty-text", 7, 9);
    }

    @Test
    void emptyList() throws IOException {
        Diagnostic d = onlyDiagnosticOf(LoaderFixture.POLICY.replace("""
                    commi:
                      - La presente policy disciplina i profili social.
                """, """
                    commi: []
                """));
        assertAt(d, "empty-list", 6, 12);
        assertEquals(List.of("commi"), d.args());
    }

    @Test
    void listHoldingTheSameValueTwice() throws IOException {
        Diagnostic d = onlyDiagnosticOf(LoaderFixture.POLICY.replace("stato: bozza", "stato: bozza\ncanali: [Facebook, Facebook]"));
        assertAt(d, "duplicate-item", 3, 9);
    }

    @Test
    void comuneFieldsWithAFormat() throws IOException {
        fx.policy(LoaderFixture.POLICY);
        fx.write("comune.yaml", LoaderFixture.COMUNE.replace("AN", "Ancona").replace("\"042999\"", "42999")
                + "contatti:\n  email: comune.esempio.it\n  sito: www.esempio.it\n");
        assertEquals(List.of("invalid-province-code@3:18", "wrong-type@4:15", "invalid-email@6:10", "invalid-url@7:9"),
                LoaderFixture.where(fx.load()));
    }

    @Test
    void everyProblemOfAFileIsReportedInFileOrder() throws IOException {
        fx.policy(LoaderFixture.POLICY.replace("titolo:", "titlo:").replace("stato: bozza", "stato: forse")
                .replace("id: oggetto", "id: Oggetto"));
        assertEquals(List.of("unknown-key@1:1", "invalid-value@2:8", "invalid-id@5:9"), LoaderFixture.where(fx.load()));
    }

    @Test
    void aValidFileGivesAPolicyAndNoDiagnostics() throws IOException {
        fx.policy(LoaderFixture.POLICY);
        LoadResult result = fx.load();
        assertEquals(List.of(), LoaderFixture.where(result));
        assertEquals(1, result.policies().size());
        assertTrue(result.policies().get(0).source().endsWith("prova.yaml"));
    }
}

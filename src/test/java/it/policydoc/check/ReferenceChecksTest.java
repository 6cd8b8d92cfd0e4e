package it.policydoc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.policydoc.pipeline.PolicyBuild;
import it.policydoc.diag.Diagnostic;
import it.policydoc.diag.DiagnosticFormatter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Symbolic, textual and law references: each check with its code and the place inside the text. */
class ReferenceChecksTest {

    /** Line 4 is art. 1, line 9 art. 2 (commi 1 and 2, the second with letters a and b), line 17 art. 3. */
    private static final String POLICY = """
            titolo: T
            stato: bozza
            contenuto:
              - articolo: Oggetto
                id: oggetto
                commi:
                  - "Primo: %s"
                  - Secondo.
              - articolo: Gestione
                id: gestione
                commi:
                  - "Il Sindaco: %s"
                  - testo: "Gli amministratori:"
                    punti:
                      - "nominano: %s"
                      - revocano.
              - articolo: Finale
                id: finale
                commi:
                  - "Ultimo: %s"
            """;

    @TempDir
    Path tmp;

    private Path folder;

    @BeforeEach
    void comune() throws IOException {
        folder = Files.createDirectories(tmp.resolve("borgo"));
        Files.writeString(folder.resolve("comune.yaml"),
                "nome: Borgo\nprovincia: Ancona\nsigla_provincia: AN\ncodice_istat: \"042999\"\n");
    }

    /** The four texts: art. 1 comma 1 (line 7), art. 2 comma 1 (12), art. 2 comma 2 lettera a) (15), art. 3 (20). */
    private String yaml;

    private List<Diagnostic> check(String inArt1, String inArt2, String inPoint, String inArt3) throws IOException {
        return check(POLICY, inArt1, inArt2, inPoint, inArt3);
    }

    private List<Diagnostic> check(String policy, String inArt1, String inArt2, String inPoint, String inArt3)
            throws IOException {
        yaml = policy.formatted(inArt1, inArt2, inPoint, inArt3);
        Files.writeString(folder.resolve("prova.yaml"), yaml, StandardCharsets.UTF_8);
        return new PolicyBuild().check(List.of(folder)).diagnostics();
    }

    /** "line:column" of the first {@code needle} on a line of the last file checked. */
    private String at(int line, String needle) {
        int column = yaml.lines().toList().get(line - 1).indexOf(needle);
        if (column < 0) {
            throw new AssertionError(needle + " not on line " + line);
        }
        return line + ":" + (column + 1);
    }

    private static List<String> where(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.severity().label() + " " + d.code() + "@" + d.pos().line() + ":"
                + d.pos().column()).toList();
    }

    private static String message(List<Diagnostic> diagnostics) {
        return new DiagnosticFormatter(Locale.ITALIAN).message(diagnostics.get(0));
    }

    @Test
    void resolvedReferencesAreQuiet() throws IOException {
        assertEquals(List.of(), where(check("vedi [[gestione.2.b]].", "vedi il [[gestione.2]].",
                "come al precedente [[oggetto]].", "vedi il successivo… no, il precedente [[gestione.2.a]].")));
    }

    @Test
    void unknownIdSuggestsTheClosest() throws IOException {
        List<Diagnostic> d = check("vedi [[gestion.2]].", "x", "x", "x");
        assertEquals(List.of("error reference-unknown-id@" + at(7, "[[")), where(d));
        assertEquals("il rimando indica l’id «gestion», che nessuna parte del testo ha: forse intendevi «gestione»?",
                message(d));
    }

    @Test
    void commaOrPointThatDoesNotExist() throws IOException {
        List<Diagnostic> d = check("vedi [[gestione.5]] e [[gestione.2.z]].", "x", "x", "x");
        assertEquals(List.of("error reference-missing-unit@" + at(7, "[[gestione.5"),
                "error reference-missing-unit@" + at(7, "[[gestione.2.z")), where(d));
        assertEquals("il rimando [[gestione.5]] non porta a nulla: «5» non esiste in art. 2", message(d));
    }

    @Test
    void referenceToTheUnitItStandsIn() throws IOException {
        List<Diagnostic> article = check("x", "vedi [[gestione]].", "x", "x");
        assertEquals(List.of("warning reference-to-itself@" + at(12, "[[")), where(article));
        List<Diagnostic> comma = check("x", "x", "vedi [[gestione.2]].", "x");
        assertEquals(List.of("warning reference-to-itself@" + at(15, "[[")), where(comma));
    }

    @Test
    void precedenteOrSuccessivoThatPointsTheOtherWay() throws IOException {
        List<Diagnostic> d = check("come al precedente [[finale]].", "x", "x", "e il successivo [[oggetto]].");
        assertEquals(List.of("error reference-direction@" + at(7, "[["), "error reference-direction@" + at(20, "[[")),
                where(d));
        assertEquals("«precedente» dice il contrario: il rimando indica art. 3", message(d));
    }

    @Test
    void wordsKeptInTheTextMustStillNameTheTarget() throws IOException {
        assertEquals(List.of(), where(check("vedi [[gestione.2|art.2 comma 2]].", "x", "x", "x")));
        List<Diagnostic> d = check("vedi [[gestione.2|art. 4 comma 2]].", "x", "x", "x");
        assertEquals(List.of("error reference-label-mismatch@" + at(7, "[[")), where(d));
        assertEquals(List.of("art. 4 comma 2", "art. 2, comma 2"), d.get(0).args());
    }

    @Test
    void wordsRelativeToTheirArticleAreCompletedBeforeComparing() throws IOException {
        assertEquals(List.of(), where(check("x", "vedi [[gestione.2.b|comma 2, lettera b)]].", "x", "x")));
        List<Diagnostic> d = check("x", "vedi [[oggetto.2|comma 2]].", "x", "x");
        assertEquals(List.of("error reference-label-mismatch@" + at(12, "[[")), where(d));
    }

    @Test
    void typedReferenceThatNamesAUnitGetsItsSymbolicForm() throws IOException {
        List<Diagnostic> d = check("come all'art.2 comma 2, lettera b) e al comma 2.", "x", "x", "x");
        assertEquals(List.of("warning textual-reference@" + at(7, "art.2"), "warning textual-reference@" + at(7, "comma 2.")),
                where(d));
        assertEquals(List.of("art.2 comma 2, lettera b)", "[[gestione.2.b]]"), d.get(0).args());
        assertEquals(List.of("comma 2", "[[oggetto.2]]"), d.get(1).args());
    }

    @Test
    void inAnApprovedTextTheSymbolicFormKeepsTheApprovedWords() throws IOException {
        String approved = POLICY.replace("stato: bozza", "stato: approvata\natti:\n  - organo: Giunta Comunale\n"
                + "    numero: 4\n    data: 2024-05-10");
        List<Diagnostic> d = check(approved, "come all'art.2 comma 2, lettera b) e al comma 2.", "x", "x", "x");
        assertEquals(List.of("art.2 comma 2, lettera b)", "[[gestione.2.b|art.2 comma 2, lettera b)]]"), d.get(0).args());
        assertEquals(List.of("comma 2", "[[oggetto.2|comma 2]]"), d.get(1).args());
    }

    @Test
    void aPointIsFoundInTheListOfTheArticleNamed() throws IOException {
        List<Diagnostic> d = check("vedi la lettera a) dell'articolo 2.", "x", "x", "x");
        assertEquals(List.of("warning textual-reference@" + at(7, "lettera a)")), where(d));
        assertEquals("[[gestione.2.a]]", d.get(0).args().get(1));
    }

    @Test
    void provisionsOfOtherActsAreNeverInternal() throws IOException {
        assertEquals(List.of(), where(check("ex art. 597 c.p. e art. 10 della Convenzione europea dei diritti dell'uomo;"
                + " art. 5 del citato decreto; L.R. n. 5/2014, art. 6, comma 1.", "x", "x", "x")));
    }

    @Test
    void typedReferenceToNothingIsAnError() throws IOException {
        List<Diagnostic> d = check("vedi l'art. 9.", "x", "come alla lettera c).", "x");
        assertEquals(List.of("error textual-reference-broken@" + at(7, "art. 9"),
                "error textual-reference-broken@" + at(15, "lettera c)")), where(d));
    }

    @Test
    void typedReferenceToNothingInAnApprovedTextIsAWarning() throws IOException {
        yaml = POLICY.formatted("vedi l'art. 9.", "x", "x", "x").replace("stato: bozza", """
                stato: approvata
                atti:
                  - organo: Giunta Comunale
                    numero: 12
                    data: 2024-05-10""");
        Files.writeString(folder.resolve("prova.yaml"), yaml, StandardCharsets.UTF_8);
        List<Diagnostic> d = new PolicyBuild().check(List.of(folder)).diagnostics();
        assertEquals(List.of("warning textual-reference-broken@" + at(11, "art. 9")), where(d));
    }

    @Test
    void referencesToLawsAreNotInternal() throws IOException {
        assertEquals(List.of(), where(check("ai sensi dell'art. 9 della legge 150/2000.", "x", "x", "x")));
    }

    @Test
    void malformedLawReferenceIsAWarning() throws IOException {
        List<Diagnostic> d = check("ai sensi della legge n. del 2000.", "x", "x", "x");
        assertEquals(List.of("warning law-ref-missing-number@" + at(7, "legge")), where(d));
    }
}

package it.policydoc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.policydoc.pipeline.PolicyBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks that run on the model, each with its code and exact position. */
class ModelChecksTest {

    private static final String COMUNE = """
            nome: Borgo d'Esempio
            provincia: Ancona
            sigla_provincia: AN
            codice_istat: "042999"
            """;

    private static final String ARTICLES = """
            contenuto:
              - articolo: Oggetto
                id: oggetto
                commi:
                  - Primo.
              - articolo: Gestione
                id: gestione
                commi:
                  - Secondo.
            """;

    @TempDir
    Path tmp;

    private Path folder;

    @BeforeEach
    void comune() throws IOException {
        folder = Files.createDirectories(tmp.resolve("borgo"));
        Files.writeString(folder.resolve("comune.yaml"), COMUNE, StandardCharsets.UTF_8);
    }

    private List<String> check(String policy) throws IOException {
        Files.writeString(folder.resolve("prova.yaml"), policy, StandardCharsets.UTF_8);
        return new PolicyBuild().check(List.of(folder)).diagnostics().stream()
                .map(d -> d.severity().label() + " " + d.code() + "@" + d.pos().line() + ":" + d.pos().column())
                .toList();
    }

    private List<String> checkComune(String comune) throws IOException {
        Files.writeString(folder.resolve("comune.yaml"), comune, StandardCharsets.UTF_8);
        return check("titolo: T\nstato: bozza\n" + ARTICLES);
    }

    @Test
    void duplicateId() throws IOException {
        assertEquals(List.of("error duplicate-id@8:5"),
                check("titolo: T\nstato: bozza\n" + ARTICLES.replace("id: gestione", "id: oggetto")));
    }

    @Test
    void twoUnitsWithTheSameComputedAnchor() throws IOException {
        assertEquals(List.of("error duplicate-anchor@8:17"), check("""
                titolo: T
                stato: bozza
                contenuto:
                  - sezione: Regole
                    id: regole
                    contenuto:
                      - punti: [Uno.]
                      - punti: [Altro.]
                """));
    }

    @Test
    void idTheTemplatesUse() throws IOException {
        assertEquals(List.of("error reserved-id@8:5"),
                check("titolo: T\nstato: bozza\n" + ARTICLES.replace("id: gestione", "id: contenuto")));
    }

    @Test
    void approvedPolicyWithoutAdoptionAct() throws IOException {
        assertEquals(List.of("error missing-adoption-act@2:8"), check("titolo: T\nstato: approvata\n" + ARTICLES));
    }

    @Test
    void approvedPolicyWhoseActHasNoNumber() throws IOException {
        assertEquals(List.of("error act-incomplete@4:5"),
                check("titolo: T\nstato: approvata\natti:\n  - data: 2023-01-10\n" + ARTICLES));
    }

    @Test
    void approvedPolicyWithoutAnyActPointsAtItsStatus() throws IOException {
        List<String> found = check("titolo: T\nstato: approvata\n" + ARTICLES);
        assertEquals(List.of("error missing-adoption-act@2:8"), found);
        assertEquals(List.of("error missing-adoption-role@2:8"),
                check("titolo: T\nstato: approvata\natti:\n  - ruolo: modifica\n    numero: 3\n    data: 2023-01-10\n" + ARTICLES));
    }

    @Test
    void approvedPolicyWhoseActHasNoDateNamesWhatIsMissing() throws IOException {
        Files.writeString(folder.resolve("prova.yaml"), "titolo: T\nstato: approvata\natti:\n  - numero: 260\n" + ARTICLES);
        var d = new PolicyBuild().check(List.of(folder)).diagnostics();
        assertEquals(1, d.size());
        String italian = new it.policydoc.diag.DiagnosticFormatter(java.util.Locale.ITALIAN).format(d.get(0));
        assertEquals(folder.resolve("prova.yaml").toString().replace('\\', '/') + ":4:5: errore: act-incomplete la policy è"
                + " «approvata» ma a questo atto manca la data completa (AAAA-MM-GG): scrivilo (per esempio numero: 260,"
                + " data: 2022-12-15), perché la pagina e l’Allegato A lo stampano; se l’atto non è ancora adottato,"
                + " scrivi stato: bozza", italian);
    }

    @Test
    void numbersTypedByHandAtTheStartOfACommaPointOrParagraph() throws IOException {
        String policy = """
                titolo: T
                stato: bozza
                premessa:
                  - (a) Premessa numerata.
                contenuto:
                  - articolo: Oggetto
                    id: oggetto
                    commi:
                      - 1. Le presenti linee guida disciplinano i profili.
                      - testo: "2) Il Comune usa:"
                        punti:
                          - a) informare;
                          - "b. favorire: la partecipazione"
                          - • ascoltare.
                      - 2022 è l'anno di adozione.
                      - a pagina 3 si trova l'elenco.
                """;
        assertEquals(List.of("error hand-numbering@4:5", "error hand-numbering@9:9", "error hand-numbering@10:17",
                "error hand-numbering@12:13", "error hand-numbering@14:13"), check(policy));
    }

    @Test
    void draftWhoseActIsAlreadyNumbered() throws IOException {
        assertEquals(List.of("warning draft-act-numbered@4:5"),
                check("titolo: T\nstato: bozza\natti:\n  - numero: 5\n" + ARTICLES));
    }

    @Test
    void twoAdoptionActs() throws IOException {
        assertEquals(List.of("error second-adoption-act@5:5"), check("""
                titolo: T
                stato: approvata
                atti:
                  - {numero: 5, data: 2023-01-10}
                  - {numero: 9, data: 2023-03-10}
                """ + ARTICLES));
    }

    @Test
    void stemmaOutsideTheComuneFolder() throws IOException {
        Files.writeString(tmp.resolve("fuori.png"), "x");
        assertEquals(List.of("error asset-outside-folder@5:9"), checkComune(COMUNE + "stemma: ../fuori.png\n"));
    }

    @Test
    void stemmaThatIsNotAnImage() throws IOException {
        Files.writeString(folder.resolve("stemma.pdf"), "x");
        assertEquals(List.of("error asset-unsupported@5:9"), checkComune(COMUNE + "stemma: stemma.pdf\n"));
    }

    @Test
    void stemmaThatIsMissing() throws IOException {
        assertEquals(List.of("error asset-not-found@5:9"), checkComune(COMUNE + "stemma: stemma.png\n"));
    }
}

package it.policydoc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.model.Article;
import it.policydoc.model.Policy;
import it.policydoc.model.PolicyStatus;
import it.policydoc.model.SourcePos;
import it.policydoc.model.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A comune's policy that extends a shared base: merged text, parameters, changes, positions. */
class BasePolicyTest {

    private static final String BASE = """
            titolo: Social media policy
            stato: bozza
            contenuto:
              - articolo: Oggetto
                id: oggetto
                commi:
                  - Il Comune di ${comune.nome} usa i social.
              - articolo: Gestione
                id: gestione
                commi:
                  - Il Sindaco è titolare dei profili.
                  - testo: Il gestore
                    id: gestore
              - articolo: Privacy
                id: privacy
                commi:
                  - I dati sono trattati secondo la legge.
            """;

    @TempDir
    Path tmp;

    private LoaderFixture fx;

    @BeforeEach
    void setUp() throws IOException {
        fx = new LoaderFixture(tmp);
        Files.createDirectories(tmp.resolve("_base"));
        Files.writeString(tmp.resolve("_base/social.yaml"), BASE);
    }

    private LoadResult load(String policy) throws IOException {
        fx.policy(policy);
        return LoaderFixture.load(tmp);
    }

    private Policy loaded(String policy) throws IOException {
        LoadResult result = load(policy);
        assertEquals(List.of(), LoaderFixture.where(result));
        return result.policies().get(0);
    }

    private static List<String> titles(Policy policy) {
        return policy.content().stream().map(b -> ((Article) b).title().markdown()).toList();
    }

    @Test
    void takesTheBaseTextAndItsOwnKeys() throws IOException {
        Policy policy = loaded("estende: ../_base/social.yaml\nstato: approvata\natti:\n  - {numero: 3, data: 2024-01-10}\n");
        assertEquals("Social media policy", policy.metadata().title().markdown());
        assertEquals(PolicyStatus.APPROVED, policy.metadata().status());
        assertEquals(List.of("Oggetto", "Gestione", "Privacy"), titles(policy));
        assertEquals(tmp.resolve("_base/social.yaml"), policy.base().orElseThrow());
    }

    @Test
    void fillsInTheComunesDataAndKeepsPositionsInTheBaseFile() throws IOException {
        Policy policy = loaded("estende: ../_base/social.yaml\n");
        Text text = ((Article) policy.content().get(0)).commi().get(0).text();
        assertEquals("Il Comune di Borgo d'Esempio usa i social.", text.markdown());
        SourcePos usa = text.positionOf(text.markdown().indexOf("usa"));
        assertEquals(tmp.resolve("_base/social.yaml"), usa.file());
        assertEquals(List.of(7, 37), List.of(usa.line(), usa.column()), "after the parameter, where it was written");
    }

    @Test
    void replacesRemovesAndAddsUnitsById() throws IOException {
        Policy policy = loaded("""
                estende: ../_base/social.yaml
                modifiche:
                  - togli: privacy
                  - sostituisci: gestore
                    con:
                      testo: Il gestore è nominato dal Segretario.
                      id: gestore
                  - aggiungi_prima: gestione
                    parti:
                      - articolo: Canali
                        id: canali
                        commi: [Facebook e Instagram.]
                """);
        assertEquals(List.of("Oggetto", "Canali", "Gestione"), titles(policy));
        Article gestione = (Article) policy.content().get(2);
        assertEquals(3, gestione.number(), "numbers follow the merged text");
        assertEquals("Il gestore è nominato dal Segretario.", gestione.commi().get(1).text().markdown());
        assertEquals(fx.folder.resolve("prova.yaml"), gestione.commi().get(1).text().pos().file());
    }

    @Test
    void aChangeToAnIdTheBaseDoesNotHave() throws IOException {
        assertEquals(List.of("change-unknown-id@3:12"), LoaderFixture.where(load("""
                estende: ../_base/social.yaml
                modifiche:
                  - togli: privati
                """)));
    }

    @Test
    void aChangeMustDoOneThing() throws IOException {
        assertEquals(List.of("invalid-change@3:5"), LoaderFixture.where(load("""
                estende: ../_base/social.yaml
                modifiche:
                  - togli: privacy
                    aggiungi_dopo: oggetto
                """)));
    }

    @Test
    void aReplacementIsValidatedWhereItIsWritten() throws IOException {
        LoadResult result = load("""
                estende: ../_base/social.yaml
                modifiche:
                  - sostituisci: privacy
                    con:
                      articolo: Privacy
                      id: privacy
                      comi: [Testo.]
                """);
        assertEquals(List.of("unknown-key@7:7"), LoaderFixture.where(result));
        assertEquals(fx.folder.resolve("prova.yaml"), result.diagnostics().get(0).pos().file());
    }

    @Test
    void anUnknownParameterIsReportedInTheBaseFile() throws IOException {
        Files.writeString(tmp.resolve("_base/social.yaml"), BASE.replace("${comune.nome}", "${comune.name}"));
        LoadResult result = load("estende: ../_base/social.yaml\n");
        assertEquals(List.of("unknown-parameter@7:22"), LoaderFixture.where(result));
        assertEquals(tmp.resolve("_base/social.yaml"), result.diagnostics().get(0).pos().file());
    }

    @Test
    void theBaseMustBeInThePoliciesFolderExistAndNotExtendInTurn() throws IOException {
        Files.writeString(tmp.getParent().resolve("fuori.yaml"), BASE);
        assertEquals(List.of("extends-outside@1:10"), LoaderFixture.where(load("estende: ../../fuori.yaml\n")));
        assertEquals(List.of("extends-not-found@1:10"), LoaderFixture.where(load("estende: ../_base/nessuna.yaml\n")));
        Files.writeString(tmp.resolve("_base/derivata.yaml"), "estende: social.yaml\n");
        assertEquals(List.of("extends-nested@1:10"), LoaderFixture.where(load("estende: ../_base/derivata.yaml\n")));
    }

    @Test
    void withoutEstendeTheTextIsRequired() throws IOException {
        List<String> problems = LoaderFixture.where(load("titolo: T\nstato: bozza\n"));
        assertEquals(List.of("missing-key@1:1"), problems);
        assertTrue(LoaderFixture.where(load("estende: ../_base/social.yaml\n")).isEmpty());
    }
}

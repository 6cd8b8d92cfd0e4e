package it.policydoc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.policydoc.model.Article;
import it.policydoc.model.Audience;
import it.policydoc.model.Comma;
import it.policydoc.model.ListStyle;
import it.policydoc.model.Outline;
import it.policydoc.model.Policy;
import it.policydoc.model.PointList;
import it.policydoc.model.Section;
import it.policydoc.model.Signatures;
import it.policydoc.model.SourcePos;
import it.policydoc.model.Text;
import it.policydoc.model.Unit;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** YAML to model: numbers, anchors, audiences, metadata and positions come out as intended. */
class PolicyReaderTest {

    private static final String POLICY = """
            titolo: Policy di prova
            stato: approvata
            ultima_modifica: 2023-03-15
            atti:
              - numero: 12
                data: 2023-03-01
            premessa:
              - Premessa.
            contenuto:
              - articolo: Oggetto
                id: oggetto
                commi:
                  - Primo comma.
                  - testo: "Secondo comma:"
                    punti:
                      - primo punto;
                      - testo: secondo punto
                        id: punto-due
                        punti:
                          - sotto
              - sezione: Personale
                id: personale
                destinatari: personale
                contenuto:
                  - Introduzione.
                  - punti:
                      - Regola uno.
                      - Regola due.
                  - articolo: Gestione
                    id: gestione
                    commi:
                      - testo: >-
                          Il Sindaco è titolare
                          dei profili e individua
                          gli amministratori.
                        destinatari: tutti
            """;

    @TempDir
    Path tmp;

    private Policy policy;

    @BeforeEach
    void load() throws IOException {
        LoaderFixture fx = new LoaderFixture(tmp);
        fx.policy(POLICY);
        LoadResult result = fx.load();
        assertEquals(List.of(), LoaderFixture.where(result));
        policy = result.policies().get(0);
    }

    @Test
    void articlesAreNumberedAcrossSectionsAndCommiWithinTheirArticle() {
        Article first = (Article) policy.content().get(0);
        Article second = (Article) ((Section) policy.content().get(1)).content().get(2);
        assertEquals(1, first.number());
        assertEquals(2, second.number());
        assertEquals(List.of(1, 2), first.commi().stream().map(Comma::number).toList());
    }

    @Test
    void anchorsAreIdsOrPathsOfNumbers() {
        List<String> anchors = Outline.of(policy).units().stream().map(Unit::anchor).toList();
        assertEquals(List.of("oggetto", "oggetto.1", "oggetto.2", "oggetto.2.a", "punto-due", "punto-due.1",
                "personale", "personale.1", "personale.2", "gestione", "gestione.1"), anchors);
    }

    @Test
    void listsDefaultToLettersInCommiAndNumbersElsewhere() {
        Article first = (Article) policy.content().get(0);
        PointList letters = first.commi().get(1).points().orElseThrow();
        assertEquals(ListStyle.LETTERS, letters.style());
        assertEquals(List.of("a", "b"), letters.points().stream().map(p -> p.label()).toList());
        assertEquals(ListStyle.NUMBERS, letters.points().get(1).subpoints().orElseThrow().style());
        PointList rules = (PointList) ((Section) policy.content().get(1)).content().get(1);
        assertEquals(ListStyle.NUMBERS, rules.style());
    }

    @Test
    void audienceIsInheritedUnlessMarked() {
        Section section = (Section) policy.content().get(1);
        Article gestione = (Article) section.content().get(2);
        assertEquals(Audience.ALL, ((Article) policy.content().get(0)).audience());
        assertEquals(Audience.STAFF, section.audience());
        assertEquals(Audience.STAFF, gestione.audience());
        assertEquals(Audience.ALL, gestione.commi().get(0).audience());
    }

    @Test
    void metadataIsTyped() {
        var meta = policy.metadata();
        assertEquals(LocalDate.of(2023, 3, 15), meta.lastModified().orElseThrow());
        var act = meta.acts().get(0);
        assertEquals("12", act.number().orElseThrow());
        assertEquals("deliberazione", act.type());
        assertEquals("Giunta Comunale", act.organ());
        assertEquals("Borgo d'Esempio", policy.comune().name());
        assertEquals(Signatures.STANDARD, meta.signatures(), "no firme: the Sindaco and the Segretario sign");
    }

    @Test
    void signatoriesComeFromFirme() throws IOException {
        LoaderFixture fx = new LoaderFixture(tmp.resolve("firme"));
        fx.policy(POLICY.replace("stato: approvata\n", "stato: approvata\nfirme: [Il Vicesindaco, Il Segretario generale]\n"));
        LoadResult result = fx.load();
        assertEquals(List.of(), LoaderFixture.where(result));
        assertEquals(List.of("Il Vicesindaco", "Il Segretario generale"),
                result.policies().get(0).metadata().signatures().roles());
    }

    @Test
    void aWordInsideAFoldedTextIsLocatedOnItsOwnLine() {
        Article gestione = (Article) ((Section) policy.content().get(1)).content().get(2);
        Text text = gestione.commi().get(0).text();
        assertEquals("Il Sindaco è titolare dei profili e individua gli amministratori.", text.markdown());
        for (String word : List.of("Il Sindaco", "titolare", "individua", "amministratori.")) {
            SourcePos at = text.positionOf(text.markdown().indexOf(word));
            assertEquals(whereWritten(word), List.of(at.line(), at.column()), word);
        }
    }

    /** Line and column (1-based) of the only occurrence of {@code word} in the YAML source. */
    private static List<Integer> whereWritten(String word) {
        List<String> lines = POLICY.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            int column = lines.get(i).indexOf(word);
            if (column >= 0) {
                return List.of(i + 1, column + 1);
            }
        }
        throw new AssertionError(word);
    }
}

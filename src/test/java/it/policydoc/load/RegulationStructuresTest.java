package it.policydoc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.model.Act;
import it.policydoc.model.Article;
import it.policydoc.model.Block;
import it.policydoc.model.Comma;
import it.policydoc.model.Definition;
import it.policydoc.model.DefinitionList;
import it.policydoc.model.Numerals;
import it.policydoc.model.Outline;
import it.policydoc.model.Policy;
import it.policydoc.model.ProvinceKind;
import it.policydoc.model.Section;
import it.policydoc.model.SectionNumber;
import it.policydoc.model.Target;
import it.policydoc.model.Unit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The structures of municipal regulations as the loader reads them: titoli, capi and sezioni
 * numbered by level, unnumbered commi, definitions, acts known by year, annex letters, and the
 * ente of the comune.
 */
class RegulationStructuresTest {

    static final Path FIXTURE = Path.of("src/test/resources/regolamento/borgo-metropolitano");

    @TempDir
    Path tmp;

    static Policy fixture() {
        LoadResult result = LoaderFixture.load(FIXTURE);
        assertEquals(List.of(), LoaderFixture.where(result));
        return result.policies().get(0);
    }

    private static List<String> headings(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Section s) {
                out.add(s.number().map(SectionNumber::heading).orElse("-") + " " + s.title().markdown());
                out.addAll(headings(s.content()));
            } else if (b instanceof Article a) {
                out.add("Art. " + a.number());
            }
        }
        return out;
    }

    @Test
    void containersAreNumberedByLevelAndArticlesAcrossTheWholeText() {
        assertEquals(List.of(
                "Titolo I Disposizioni generali", "Capo I Principi", "Art. 1", "Art. 2",
                "Capo II Soggetti", "Art. 3",
                "Titolo II Uso dei profili", "Capo I Pubblicazione",
                "Sezione 1 Contenuti ammessi", "Art. 4", "Sezione II Moderazione dei commenti", "Art. 5"),
                headings(fixture().content()));
    }

    @Test
    void aPlainSectionDoesNotInterruptTheCountAndNumeralsCanBeChosen() throws IOException {
        LoaderFixture fx = new LoaderFixture(tmp);
        fx.policy("""
                titolo: Prova
                stato: bozza
                contenuto:
                  - sezione: Capo uno
                    livello: capo
                    numerazione: araba
                    id: c1
                    contenuto: [Testo.]
                  - sezione: Senza livello
                    id: piana
                    contenuto:
                      - sezione: Capo due
                        livello: capo
                        id: c2
                        contenuto: [Testo.]
                  - sezione: Capo tre
                    livello: capo
                    id: c3
                    contenuto: [Testo.]
                """);
        LoadResult result = fx.load();
        assertEquals(List.of(), LoaderFixture.where(result));
        assertEquals(List.of("Capo 1 Capo uno", "- Senza livello", "Capo II Capo due", "Capo III Capo tre"),
                headings(result.policies().get(0).content()));
        Section first = (Section) result.policies().get(0).content().get(0);
        assertEquals(Numerals.ARABIC, first.number().orElseThrow().numerals());
    }

    @Test
    void unnumberedCommiStayCommiCountedByPosition() {
        Policy policy = fixture();
        Outline outline = Outline.of(policy);
        Unit second = ((Target.Found) outline.resolve("responsabile.2")).unit();
        Article article = second.article().orElseThrow();
        assertFalse(article.numberedCommi());
        assertEquals(2, second.comma().orElseThrow().number());
        assertEquals("responsabile.2", second.anchor());
        assertTrue(((Article) ((Section) ((Section) policy.content().get(1)).content().get(0)).content().get(0))
                .numberedCommi(), "articles are numbered unless they say otherwise");
    }

    @Test
    void thePolicyDefaultForCommiAppliesToArticlesThatSayNothing() throws IOException {
        LoaderFixture fx = new LoaderFixture(tmp);
        fx.policy(LoaderFixture.POLICY.replace("stato: bozza\n", "stato: bozza\ncommi_numerati: false\n"));
        LoadResult result = fx.load();
        assertEquals(List.of(), LoaderFixture.where(result));
        assertFalse(((Article) result.policies().get(0).content().get(0)).numberedCommi());
    }

    @Test
    void definitionsAreAddressableInACommaAndAsABlock() {
        Policy policy = fixture();
        DefinitionList glossary = (DefinitionList) policy.content().get(0);
        assertEquals(List.of("ente", "testo.2"), glossary.definitions().stream().map(Definition::anchor).toList());
        Outline outline = Outline.of(policy);
        Unit account = outline.byAnchor("account").orElseThrow();
        assertEquals(Unit.Kind.DEFINITION, account.kind());
        assertEquals("Account", account.definition().orElseThrow().term().markdown());
        assertEquals(2, account.article().orElseThrow().number());
        Comma comma = account.comma().orElseThrow();
        assertEquals(3, comma.definitions().orElseThrow().definitions().size());
        assertEquals("definizioni.1.3", comma.definitions().orElseThrow().definitions().get(2).anchor());
        assertEquals(account, ((Target.Found) outline.resolve("definizioni.1.1")).unit());
    }

    @Test
    void actsKeepTheirOrganYearAndAnnex() {
        List<Act> acts = fixture().metadata().acts();
        assertEquals("Consiglio Comunale", acts.get(0).organ());
        assertEquals(Optional.of(2016), acts.get(0).year());
        assertEquals(Optional.of(2016), acts.get(0).knownYear());
        assertEquals("A", acts.get(0).annex());
        assertEquals("B", acts.get(1).annex());
        assertEquals(List.of("Il Presidente del Consiglio Comunale", "Il Segretario comunale"),
                fixture().metadata().signatures().roles());
    }

    @Test
    void theEnteOfTheComuneIsWrittenOrKnownFromThePlace() throws IOException {
        assertEquals(ProvinceKind.CITTA_METROPOLITANA, fixture().comune().provinceKind());
        assertEquals(ProvinceKind.PROVINCIA, ComuneReader.provinceKind("Ancona"));
        assertEquals(ProvinceKind.PROVINCIA_AUTONOMA, ComuneReader.provinceKind("Trento"));
        assertEquals(ProvinceKind.CITTA_METROPOLITANA, ComuneReader.provinceKind(" Reggio  Calabria"));
        LoaderFixture fx = new LoaderFixture(tmp);
        fx.write("comune.yaml", LoaderFixture.COMUNE.replace("provincia: Ancona",
                "provincia: Trapani\ntipo_provincia: libero consorzio"));
        fx.policy(LoaderFixture.POLICY);
        LoadResult result = fx.load();
        assertEquals(List.of(), LoaderFixture.where(result));
        assertEquals(ProvinceKind.LIBERO_CONSORZIO, result.policies().get(0).comune().provinceKind());
    }

    @Test
    void mistakesInTheNewKeysAreReportedWhereWritten() throws IOException {
        LoaderFixture fx = new LoaderFixture(tmp);
        fx.policy("""
                titolo: Prova
                stato: bozza
                contenuto:
                  - sezione: Senza livello
                    numerazione: romana
                    id: piana
                    contenuto: [Testo.]
                  - articolo: Definizioni
                    id: def
                    commi:
                      - testo: "Si intende per:"
                        punti: [uno]
                        definizioni:
                          - {termine: Ente, definizione: il Comune.}
                """);
        assertEquals(List.of("numerals-without-level@5:18", "points-and-definitions@14:11"),
                LoaderFixture.where(fx.load()));
        fx.policy(LoaderFixture.POLICY + """
                  - sezione: Capo
                    livello: capitolo
                    id: capo
                    contenuto: [Testo.]
                """);
        assertEquals(List.of("invalid-value@9:14"), LoaderFixture.where(fx.load()));
    }
}

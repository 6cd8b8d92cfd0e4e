package it.policydoc.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.model.Article;
import it.policydoc.model.Policy;
import it.policydoc.model.SourcePos;
import it.policydoc.model.Text;
import it.policydoc.testing.SamplePolicy;
import it.policydoc.load.PolicyLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Symbolic references and cited acts, as links in a rendered text. */
class PolicyLinksTest {

    private final InlineMarkdown markdown = new InlineMarkdown();
    private final Policy policy = SamplePolicy.approved();
    private final PolicyLinks links = new PolicyLinks(policy, new ReferenceLabels(markdown), "");


    private Element render(String text) {
        return Jsoup.parseBodyFragment(markdown.toHtml(new Text(text, SourcePos.start(Path.of("x.yaml"))), links)).body();
    }

    @Test
    void symbolicReferenceShowsTheComputedLabelAndLinksToTheAnchor() {
        Element a = render("vedi [[oggetto.2.b]].").selectFirst("a");
        assertEquals("#oggetto.2.b", a.attr("href"));
        assertEquals("art. 1, comma 2, lettera b)", a.text());
        assertEquals("art. 1, comma 2, lettera b)", a.attr("title"));
        assertEquals("vedi art. 1, comma 2, lettera b).", render("vedi [[oggetto.2.b]].").text());
    }

    @Test
    void writtenWordsAreKeptAndTheLabelGoesInTheTitle() {
        Element a = render("all'[[oggetto.2|art.1 comma 2]]").selectFirst("a");
        assertEquals("art.1 comma 2", a.text());
        assertEquals("art. 1, comma 2", a.attr("title"));
        assertEquals("#oggetto.2", a.attr("href"));
    }

    @Test
    void sectionsAndNumberedRulesHaveTheirOwnWords() {
        assertEquals("sezione «Regole»", render("[[regole]]").selectFirst("a").text());
        assertEquals("punto 2 della sezione «Regole»", render("[[regole.2]]").selectFirst("a").text());
    }

    @Test
    void labelsLeaveOutTheArticleAndCommaTheTextStandsIn(@TempDir Path tmp) throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("borgo"));
        Files.writeString(folder.resolve("comune.yaml"),
                "nome: Borgo\nprovincia: Ancona\nsigla_provincia: AN\ncodice_istat: \"042999\"\n");
        Files.writeString(folder.resolve("p.yaml"), """
                titolo: T
                stato: bozza
                contenuto:
                  - articolo: A
                    id: a
                    commi: [Uno.]
                  - articolo: B
                    id: b
                    commi:
                      - Uno.
                      - testo: "Vedi [[b.1]], [[a.1]] e [[b.2.b]]:"
                        punti: [primo, secondo]
                """);
        Policy loaded = new PolicyLoader().load(List.of(folder)).policies().get(0);
        Text text = ((Article) loaded.content().get(1)).commi().get(1).text();
        String html = markdown.toHtml(text, new PolicyLinks(loaded, new ReferenceLabels(markdown), ""));
        assertEquals(List.of("comma 1", "art. 1, comma 1", "lettera b)"),
                Jsoup.parseBodyFragment(html).select("a").eachText());
    }

    @Test
    void aReferenceTypedByHandThatLeadsSomewhereIsLinkedWithItsOwnWords(@TempDir Path tmp) throws IOException {
        Policy loaded = load(tmp, """
                titolo: T
                stato: bozza
                contenuto:
                  - articolo: A
                    id: a
                    commi: [Uno., Due.]
                  - articolo: B
                    id: b
                    commi:
                      - "Come al precedente art. 1 comma 2, non all'art. 9 né all'art. 3 della legge 241/1990."
                """);
        Text text = ((Article) loaded.content().get(1)).commi().get(0).text();
        Element body = Jsoup.parseBodyFragment(markdown.toHtml(text, new PolicyLinks(loaded, new ReferenceLabels(markdown),
                ""))).body();
        assertEquals(List.of("art. 1 comma 2", "art. 3 della legge 241/1990"), body.select("a").eachText());
        Element typed = body.selectFirst("a.pd-ref");
        assertEquals("#a.2", typed.attr("href"));
        assertEquals("art. 1, comma 2", typed.attr("title"));
        assertEquals("Come al precedente art. 1 comma 2, non all'art. 9 né all'art. 3 della legge 241/1990.", body.text());
    }

    @Test
    void aNumberedRuleOfASectionIsFoundFromTheTextAroundIt(@TempDir Path tmp) throws IOException {
        Policy loaded = load(tmp, """
                titolo: T
                stato: bozza
                contenuto:
                  - sezione: Regole
                    id: regole
                    contenuto:
                      - testo: "Valgono le regole che seguono, salvo quanto detto al seguente punto 3:"
                      - elenco: numeri
                        punti: [Uno., "Due, come i punti 1 e 3.", Tre.]
                """);
        PolicyLinks links = new PolicyLinks(loaded, new ReferenceLabels(markdown), "");
        it.policydoc.model.Outline outline = it.policydoc.model.Outline.of(loaded);
        List<String> hrefs = outline.texts().stream()
                .map(site -> Jsoup.parseBodyFragment(markdown.toHtml(site.text(), links)).select("a").eachAttr("href"))
                .filter(l -> !l.isEmpty()).flatMap(List::stream).toList();
        assertEquals(List.of("#regole.3"), hrefs);
    }

    private static Policy load(Path tmp, String yaml) throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("borgo"));
        Files.writeString(folder.resolve("comune.yaml"),
                "nome: Borgo\nprovincia: Ancona\nsigla_provincia: AN\ncodice_istat: \"042999\"\n");
        Files.writeString(folder.resolve("p.yaml"), yaml);
        return new PolicyLoader().load(List.of(folder)).policies().get(0);
    }

    @Test
    void anUnknownTargetIsNotALink() {
        assertEquals("vedi nessuno.", render("vedi [[nessuno]].").html());
        assertEquals("vedi sopra.", render("vedi [[nessuno|sopra]].").html());
    }

    @Test
    void citedActsLinkToTheirOfficialDatabases() {
        Element body = render("ai sensi della legge 150/2000 e del Regolamento (UE) 2016/679.");
        assertEquals(List.of("https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2000-06-07;150",
                "https://eur-lex.europa.eu/legal-content/IT/TXT/?uri=CELEX:32016R0679"), body.select("a").eachAttr("href"));
        assertEquals(List.of("legge 150/2000", "Regolamento (UE) 2016/679"), body.select("a").eachText());
        assertTrue(body.select("a").eachAttr("title").get(0).contains("Normattiva"));
    }

    @Test
    void anActCitedInsideALinkIsNotLinkedAgain() {
        Element body = render("[la legge 150/2000](https://example.org/legge)");
        assertEquals(1, body.select("a").size());
        assertEquals("https://example.org/legge", body.selectFirst("a").attr("href"));
    }

    @Test
    void withoutLinksReferencesShowTheirWordsAndActsStayText() {
        assertEquals("art. 4 e legge 150/2000", markdown.toHtml("[[gestione|art. 4]] e legge 150/2000"));
    }

    @Test
    void findsEverySymbolicReferenceWithItsPlace() {
        String text = "vedi [[a.1]] e [[b|parole]]";
        assertEquals(List.of(new SymbolicReference("a.1", java.util.Optional.empty(), 5, 12),
                new SymbolicReference("b", java.util.Optional.of("parole"), 15, 27)), markdown.symbolicReferences(text));
    }
}

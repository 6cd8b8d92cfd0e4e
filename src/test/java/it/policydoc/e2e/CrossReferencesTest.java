package it.policydoc.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seeds' own references, as links on the published pages. */
class CrossReferencesTest {

    @TempDir
    static Path out;

    @BeforeAll
    static void build() throws IOException {
        BuiltSite.build(out);
    }

    private static Document page(String comune) throws IOException {
        return Jsoup.parse(out.resolve(comune).resolve("social-media-policy/index.html").toFile(), "UTF-8");
    }

    @Test
    void coccaglioInternalReferencesLandOnTheirUnits() throws IOException {
        Document page = page("coccaglio");
        List<Element> refs = page.select("a.pd-ref");
        assertEquals(List.of("articolo 2", "art.4 comma 3"), refs.stream().map(Element::text).toList(),
                "the approved wording stays as written");
        assertEquals(List.of("art. 2", "art. 4, comma 3"), refs.stream().map(a -> a.attr("title")).toList());

        Element article = page.getElementById(refs.get(0).attr("href").substring(1));
        assertNotNull(article);
        assertEquals("Articolo 2 Finalità e contenuti", article.text());

        Element comma = page.getElementById(refs.get(1).attr("href").substring(1));
        assertNotNull(comma);
        assertEquals("3.", comma.selectFirst(".pd-marker").text());
        assertEquals("Articolo 4 Gestione dei profili social",
                comma.closest("section.pd-article").selectFirst(".pd-article-heading").text());
    }

    @Test
    void portoSantElpidioCitesLawsWithLinksToTheirDatabases() throws IOException {
        List<Element> laws = page("porto-sant-elpidio").select("a.pd-law");
        assertEquals(List.of("legge 150/2000", "d.lgs 82/2005", "d.lgs. 33/2013", "Regolamento Europeo UE 2016/679"),
                laws.stream().map(Element::text).toList());
        assertEquals(List.of(
                "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2000-06-07;150",
                "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2005-03-07;82",
                "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2013-03-14;33",
                "https://eur-lex.europa.eu/legal-content/IT/TXT/?uri=CELEX:32016R0679"),
                laws.stream().map(a -> a.attr("href")).toList());
    }

    @Test
    void theFormezDirectiveIsNotMistakenForAnEuAct() throws IOException {
        Element preamble = page("porto-sant-elpidio").selectFirst(".pd-text > p");
        assertEquals(List.of(), preamble.select("a").stream().filter(a -> a.text().startsWith("Direttiva")).toList());
    }
}

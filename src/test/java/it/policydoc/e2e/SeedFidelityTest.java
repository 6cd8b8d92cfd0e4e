package it.policydoc.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.testing.SeedText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every sentence of each approved seed text appears, in order, in the visible text of the
 * generated page. The seed's metadata lines are rendered as metadata, so they are checked
 * separately, in their Italian rendering.
 */
class SeedFidelityTest {

    private static final Path SEEDS = Path.of("src/test/resources/seeds");

    @TempDir
    static Path out;

    @BeforeAll
    static void build() throws IOException {
        BuiltSite.build(out);
    }

    @Test
    void portoSantElpidioPageCarriesEverySentenceInOrder() throws IOException {
        Document page = page("porto-sant-elpidio");
        assertEveryFragmentInOrder("porto-sant-elpidio", page, Set.of(
                "Ultima modifica 29 dicembre 2022",
                "Con deliberazione Giunta Comunale n. 260 del 15/12/2022 è stato approvato il Piano di "
                        + "Comunicazione e Social Media Policy del comune di Porto Sant'Elpidio"));
        String meta = SeedText.normalize(page.selectFirst("dl.pd-meta").text());
        assertTrue(meta.contains("Ultima modifica 29 dicembre 2022"), meta);
        assertTrue(meta.contains("deliberazione della Giunta Comunale n. 260 del 15 dicembre 2022"), meta);
        assertTrue(meta.contains("Piano di Comunicazione e Social Media Policy del comune di Porto Sant'Elpidio"), meta);
    }

    @Test
    void coccaglioPageCarriesEverySentenceInOrder() throws IOException {
        Document page = page("coccaglio");
        assertEveryFragmentInOrder("coccaglio", page, Set.of("COMUNE DI COCCAGLIO"));
        assertEquals("Comune di Coccaglio", page.selectFirst(".pd-comune").text());
    }

    @Test
    void coccaglioBrokenNumberingComesOutRight() throws IOException {
        Document page = page("coccaglio");
        List<String> markers = page.getElementById("finalita").parent().select(".pd-comma > p > .pd-marker").eachText();
        assertEquals(List.of("1.", "2.", "3.", "4.", "5."), markers);
    }

    private static void assertEveryFragmentInOrder(String seed, Document page, Set<String> metadataLines)
            throws IOException {
        List<String> fragments = SeedText.fragments(SEEDS.resolve(seed + ".txt"), metadataLines);
        String visible = page.selectFirst(".pd-head .pd-title").text() + " " + page.selectFirst(".pd-text").text();
        int missing = SeedText.firstMissing(fragments, visible);
        assertEquals(-1, missing, () -> seed + ": fragment " + missing + " of " + fragments.size()
                + " not found in order: «" + fragments.get(missing) + "»");
        assertTrue(fragments.size() > 50, "the seed was actually read: " + fragments.size() + " fragments");
    }

    private static Document page(String comune) throws IOException {
        return Jsoup.parse(out.resolve(comune).resolve("social-media-policy/index.html").toFile(), "UTF-8");
    }
}

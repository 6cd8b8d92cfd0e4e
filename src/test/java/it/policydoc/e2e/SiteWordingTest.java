package it.policydoc.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.pipeline.BuildProgress;
import it.policydoc.pipeline.PolicyBuild;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words of the site that must hold for any policy: for a draft and an approved text, for a title
 * of any gender and number; the index dates a text by its act; with {@code --base-url} the CMS
 * fragment links its files with absolute addresses.
 */
class SiteWordingTest {

    private static final String BASE = "https://www.comune.esempio.it/trasparenza/policy/";

    @TempDir
    static Path tmp;

    private static Path site;
    private static Path absoluteSite;

    @BeforeAll
    static void build() throws IOException {
        site = BuiltSite.build(tmp.resolve("site"));
        PolicyBuild.Outcome outcome = new PolicyBuild().build(List.of(BuiltSite.POLICIES), tmp.resolve("assoluto"),
                new PolicyBuild.Options(false, BuildProgress.SILENT, Optional.of(URI.create(BASE))));
        assertFalse(outcome.hasErrors(), outcome.diagnostics().toString());
        absoluteSite = tmp.resolve("assoluto");
    }

    private static Document parse(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    private static String footer(Path page) throws IOException {
        return parse(page).selectFirst("footer").text();
    }

    @Test
    void theFooterSaysWhichTextThePageComesFrom() throws IOException {
        Path draft = site.resolve("coccaglio/social-media-policy");
        Path approved = site.resolve("porto-sant-elpidio/social-media-policy");
        assertEquals("Pagina generata con policydoc dal testo in bozza, non ancora approvato.",
                footer(draft.resolve("index.html")));
        assertEquals("Pagina generata con policydoc dal testo in bozza, non ancora approvato.",
                footer(draft.resolve("manuale/index.html")));
        assertEquals("Pagina generata con policydoc dal testo approvato.", footer(approved.resolve("index.html")));
        assertEquals("Pagina generata con policydoc dal testo approvato.",
                footer(approved.resolve("manuale/index.html")));
        assertEquals("Pagina generata con policydoc.", footer(site.resolve("index.html")));
    }

    @Test
    void theHandbookNamesAPluralTitleWithoutAgreeingWithIt() throws IOException {
        String handbook = parse(site.resolve("coccaglio/social-media-policy/manuale/index.html")).text();
        assertTrue(handbook.contains("Il testo «LINEE GUIDA PER LA GESTIONE DEI PROFILI SOCIAL AFFERENTI "
                + "ALL'AMMINISTRAZIONE COMUNALE» del Comune di Coccaglio vale anche per chi lavora per il Comune."),
                handbook);
        assertTrue(handbook.contains("manuale per il personale relativo al testo «LINEE GUIDA"), handbook);
        assertFalse(handbook.contains("La «") || handbook.contains("della «"), handbook);
    }

    @Test
    void theIndexDatesAnApprovedTextByItsActNotByItsLastEdit() throws IOException {
        Document index = parse(site.resolve("index.html"));
        String porto = index.select("li:has(a[href*=porto-sant-elpidio])").text();
        assertEquals("Social Media Policy – In vigore (deliberazione del 15 dicembre 2022)", porto);
        assertFalse(index.text().contains("29 dicembre 2022"), "ultima_modifica is not an act date");
        String coccaglio = index.select("li:has(a[href*=coccaglio])").text();
        assertTrue(coccaglio.endsWith("– Bozza"), coccaglio);
    }

    @Test
    void withABaseUrlEveryLinkLeavingTheFragmentIsAbsolute() throws IOException {
        Path folder = absoluteSite.resolve("porto-sant-elpidio/social-media-policy");
        Document fragment = parse(folder.resolve("fragment.html"));
        List<String> hrefs = fragment.select("a[href]").eachAttr("href");
        assertTrue(hrefs.contains(BASE + "porto-sant-elpidio/social-media-policy/deliberazione.pdf"), hrefs.toString());
        assertTrue(hrefs.contains(BASE + "porto-sant-elpidio/social-media-policy/manuale.pdf"), hrefs.toString());
        for (Element link : fragment.select("a[href]")) {
            String href = link.attr("href");
            if (href.startsWith("#")) {
                // A place in the fragment itself: it is pasted whole, so the target comes along.
                assertFalse(fragment.getElementsByAttributeValue("id", href.substring(1)).isEmpty(), href);
            } else {
                assertTrue(URI.create(href).isAbsolute(), "absolute: " + href);
            }
        }
        String page = parse(folder.resolve("index.html")).select("a[href$=deliberazione.pdf]").attr("href");
        assertEquals("deliberazione.pdf", page, "the site's own page keeps relative links");
    }

    @Test
    void withoutABaseUrlTheFragmentLinksItsFilesRelatively() throws IOException {
        Document fragment = parse(site.resolve("porto-sant-elpidio/social-media-policy/fragment.html"));
        assertEquals("deliberazione.pdf", fragment.select("a[href$=deliberazione.pdf]").attr("href"));
    }
}

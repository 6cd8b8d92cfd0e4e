package it.policydoc.render.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.model.Article;
import it.policydoc.model.Audience;
import it.policydoc.model.Comma;
import it.policydoc.model.Comune;
import it.policydoc.model.Contacts;
import it.policydoc.model.Office;
import it.policydoc.model.Policy;
import it.policydoc.model.PolicyMetadata;
import it.policydoc.model.PolicyStatus;
import it.policydoc.model.SourcePos;
import it.policydoc.model.Text;
import it.policydoc.pdf.ArchivalPdfWriter;
import it.policydoc.render.PolicyViewBuilder;
import it.policydoc.render.Templates;
import it.policydoc.testing.PdfContent;
import it.policydoc.text.InlineMarkdown;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Text from the YAML cannot become AsciiDoc (or HTML) in the handbook, wherever the template puts
 * it: in a chapter's prose, in a passthrough of the policy's units, in the contacts. It is shown
 * as written, in the page and in the PDF.
 */
class HandbookRendererTest {

    private static final Path FILE = Path.of("policies/borgo/prova.yaml");
    /** AsciiDoc that would make markup, a link, a date from the clock, a cross-reference. */
    private static final String TITLE = "Titolo ]pass:[<b>x</b>] +++<i>y</i>+++ {localdate} "
            + "link:javascript:alert(1)[clic] <<_manuale-regole>> C++";
    /** The title as a reader sees it: Markdown, so the "[…]" and the HTML tags are not shown (as on the page). */
    private static final String TITLE_SHOWN = new InlineMarkdown().toPlainText(TITLE);
    /** Blank lines and a new chapter inside a name. */
    private static final String OFFICE = "Ufficio\n\n== Capitolo finto\n\ninclude::/etc/passwd[]";
    /** A hard line break followed by what would close a passthrough block and include a file. */
    private static final String COMMA = "Primo  \n++++\ninclude::/etc/passwd[]\n++++\n<script>alert(1)</script>";

    private static HandbookRenderer.Handbook handbook;
    private static AsciiDocConverter asciidoc;

    @BeforeAll
    static void render() throws IOException {
        SourcePos pos = SourcePos.start(FILE);
        Comune comune = new Comune("borgo", "Borgo", "Ancona", "AN", "042999", Optional.empty(), Contacts.none(),
                List.of(new Office(OFFICE, Optional.of("a | b \\ c"), new Contacts(Optional.empty(),
                        Optional.of("071 123"), Optional.empty(), Optional.empty(), Optional.empty()), pos)), pos);
        Article staff = new Article("gestione", 1, new Text("Gestione", pos), Audience.STAFF, List.of(
                new Comma(Optional.empty(), "gestione.1", 1, new Text(COMMA, pos), Audience.STAFF, Optional.empty(),
                        List.of(), pos)), pos);
        PolicyMetadata meta = new PolicyMetadata(new Text(TITLE, pos), Optional.empty(), PolicyStatus.DRAFT,
                Optional.empty(), List.of(), List.of());
        Policy policy = new Policy("prova", FILE, Optional.empty(), comune, meta, List.of(), List.of(staff));
        InlineMarkdown markdown = new InlineMarkdown();
        asciidoc = new AsciiDocConverter();
        HandbookRenderer renderer = new HandbookRenderer(new Templates(), new PolicyViewBuilder(markdown), markdown,
                new ArchivalPdfWriter(), asciidoc);
        handbook = renderer.render(policy, new HandbookRenderer.Placement("../index.html", "index.html", "../../.."));
    }

    @Test
    void textOfTheModelIsShownAsWrittenNeverAsMarkup() {
        Document page = Jsoup.parse(handbook.page());
        String main = page.selectFirst("main").text();
        assertTrue(TITLE_SHOWN.contains("pass:") && TITLE_SHOWN.contains("+++") && TITLE_SHOWN.contains("link:javascript:"),
                TITLE_SHOWN);
        assertTrue(main.contains("«" + TITLE_SHOWN + "» del Comune di Borgo"), main);
        assertTrue(main.contains("Ufficio == Capitolo finto include::/etc/passwd[]"), main);
        assertTrue(main.contains("a | b \\ c"), main);
        assertTrue(main.contains("++++ include::/etc/passwd[] ++++ <script>alert(1)</script>"), main);
        assertEquals(List.of(), page.select("main b, main i, script, a[href^=javascript], a.include").eachText());
        assertEquals(List.of("Indice", "Perché questo manuale", "Le regole per il personale", "Contatti",
                "Dichiarazione di presa visione"), page.select("main h2").eachText());
        assertFalse(handbook.page().contains("/etc/passwd\""), "no link to a file");
    }

    @Test
    void thePdfShowsTheSameText() {
        try (PdfContent pdf = new PdfContent(handbook.pdf())) {
            String text = PdfContent.matchable(pdf.readingText());
            assertTrue(text.contains(PdfContent.matchable("++++ include::/etc/passwd[] ++++ <script>alert(1)</script>")),
                    text);
            assertTrue(text.contains(PdfContent.matchable(TITLE_SHOWN)), text);
        }
    }

    @Test
    void asciidoctorStartedOnceForTheFirstHandbook() {
        assertTrue(asciidoc.started());
    }
}

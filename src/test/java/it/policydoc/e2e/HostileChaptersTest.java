package it.policydoc.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.check.PolicyChecker;
import it.policydoc.diag.Diagnostic;
import it.policydoc.load.LoadResult;
import it.policydoc.load.PolicyLoader;
import it.policydoc.model.Policy;
import it.policydoc.pdf.ArchivalPdfWriter;
import it.policydoc.render.PolicyViewBuilder;
import it.policydoc.render.Templates;
import it.policydoc.render.handbook.AsciiDocConverter;
import it.policydoc.render.handbook.HandbookRenderer;
import it.policydoc.testing.AxeChecker;
import it.policydoc.testing.PdfContent;
import it.policydoc.text.InlineMarkdown;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The handbook chapters the attack of issue 10 used, rendered without the check in front (the
 * check refuses most of them; safety must not rest on it): no page runs script, in the DOM or in
 * Chromium; every PDF is written; and every chapter the check accepts leaves the handbook its
 * contacts and its presa visione page.
 */
class HostileChaptersTest {

    /** Chapter fixtures by name; each starts with its title. */
    static final Map<String, String> CHAPTERS = new LinkedHashMap<>();

    static {
        CHAPTERS.put("pass-paragraph", "[pass]\n<script>alert('pass')</script>\n");
        CHAPTERS.put("pass-open-block", "[pass]\n--\n<img src=x onerror=\"alert('open')\">\n--\n");
        CHAPTERS.put("subs-none-listing", "[subs=none]\n----\n<script>alert('none')</script>\n----\n");
        CHAPTERS.put("subs-minus-literal", "[subs=-specialcharacters]\n....\n<img src=x onerror=\"alert('lit')\">\n....\n");
        CHAPTERS.put("subs-macros-listing", "[subs=macros]\n----\npass:[<svg onload=\"alert('mac')\">]\n----\n");
        CHAPTERS.put("triple-slash", "/// pass:[<img src=x onerror=\"alert('slash')\">]\n");
        CHAPTERS.put("setext-title", "Titolo\n------\n\npass:[<script>alert('setext')</script>]\n");
        CHAPTERS.put("table-a-cell", "|===\na|\n[pass]\n<b onmouseover=\"alert('cell')\">x</b>\n|===\n");
        CHAPTERS.put("javascript-link", "link:javascript:alert('link')[clic] e link:++javascript:alert(2)++[due]\n");
        CHAPTERS.put("quoted-role", "[role=\"x\\\" onfocus=alert('role') autofocus tabindex=0 \\\"\"]\nTesto.\n");
        CHAPTERS.put("quoted-id", "[[x\" onfocus=\"alert('id')\" autofocus tabindex=\"0]]Testo.\n");
        CHAPTERS.put("unclosed-ifdef", "ifdef::qualcosa[]\nTesto.\n");
        CHAPTERS.put("handbook-id", "[#_manuale-contatti]\n== Finti contatti\n");
        CHAPTERS.put("xref-to-nothing", "Vedi <<manca>>.\n");
        CHAPTERS.put("no-section-ids", ":sectids!:\n\n== Senza id\n\nTesto.\n");
        CHAPTERS.put("plain", "== Prima di pubblicare\n\n* controllare la fonte;\n* rileggere.\n");
    }

    private static final String COMUNE = """
            nome: Borgo
            provincia: Ancona
            sigla_provincia: AN
            codice_istat: "042999"
            contatti:
              email: urp@borgo.it
            """;
    private static final String POLICY = """
            titolo: Prova
            stato: bozza
            contenuto:
              - articolo: Oggetto
                id: oggetto
                destinatari: personale
                commi:
                  - Testo.
            """;

    @TempDir
    static Path tmp;

    /** Per fixture: the handbook, and whether the check accepts the chapter. */
    private static final Map<String, HandbookRenderer.Handbook> HANDBOOKS = new LinkedHashMap<>();
    private static final Map<String, Boolean> ACCEPTED = new LinkedHashMap<>();

    @BeforeAll
    static void render() throws IOException {
        InlineMarkdown markdown = new InlineMarkdown();
        HandbookRenderer renderer = new HandbookRenderer(new Templates(), new PolicyViewBuilder(markdown), markdown,
                new ArchivalPdfWriter(), new AsciiDocConverter());
        for (var fixture : CHAPTERS.entrySet()) {
            Path comune = Files.createDirectories(tmp.resolve("policies-" + fixture.getKey() + "/borgo/handbook")).getParent();
            Files.writeString(comune.resolve("comune.yaml"), COMUNE, StandardCharsets.UTF_8);
            Files.writeString(comune.resolve("prova.yaml"), POLICY, StandardCharsets.UTF_8);
            Files.writeString(comune.resolve("handbook/01.adoc"), "= Capitolo " + fixture.getKey() + "\n\n"
                    + fixture.getValue(), StandardCharsets.UTF_8);
            LoadResult loaded = new PolicyLoader().load(List.of(comune));
            assertEquals(List.of(), loaded.diagnostics(), fixture.getKey());
            Policy policy = loaded.policies().get(0);
            List<Diagnostic> found = PolicyChecker.standard(markdown).check(List.of(policy));
            ACCEPTED.put(fixture.getKey(), !Diagnostic.anyError(found));
            HANDBOOKS.put(fixture.getKey(), renderer.render(policy,
                    new HandbookRenderer.Placement("../index.html", "index.html", "../../..")));
        }
    }

    @Test
    void noPageHoldsScriptHandlersOrScriptAddresses() {
        for (var handbook : HANDBOOKS.entrySet()) {
            Document page = Jsoup.parse(handbook.getValue().page());
            List<String> signs = new ArrayList<>();
            page.select("script:not([type=application/ld+json]), img, svg, iframe, object, embed").forEach(e -> signs.add(e.outerHtml()));
            for (Element e : page.getAllElements()) {
                e.attributes().forEach(a -> {
                    if (a.getKey().toLowerCase().startsWith("on") || a.getValue().strip().toLowerCase().startsWith("javascript:")) {
                        signs.add(e.tagName() + " " + a.getKey() + "=" + a.getValue());
                    }
                });
            }
            assertEquals(List.of(), signs, handbook.getKey());
        }
    }

    @Test
    void theCheckRefusesTheChaptersItCanRecognise() {
        for (String refused : List.of("pass-paragraph", "pass-open-block", "subs-none-listing", "subs-minus-literal",
                "subs-macros-listing", "triple-slash", "table-a-cell", "unclosed-ifdef", "handbook-id", "xref-to-nothing")) {
            assertFalse(ACCEPTED.get(refused), refused);
        }
        assertTrue(ACCEPTED.get("plain"));
    }

    @Test
    void everyAcceptedChapterLeavesTheContactsAndThePresaVisione() throws IOException {
        for (var handbook : HANDBOOKS.entrySet()) {
            if (!ACCEPTED.get(handbook.getKey())) {
                continue;
            }
            Document page = Jsoup.parse(handbook.getValue().page());
            assertEquals(List.of("Contatti", "Dichiarazione di presa visione"),
                    page.select("#_manuale-contatti, #_manuale-presa-visione").eachText(), handbook.getKey());
            assertTrue(page.text().contains("urp@borgo.it"), handbook.getKey());
            try (PdfContent pdf = new PdfContent(handbook.getValue().pdf())) {
                String text = PdfContent.matchable(pdf.readingText());
                assertTrue(text.contains(PdfContent.matchable("Dichiarazione di presa visione"))
                        && text.contains("urp@borgo.it"), handbook.getKey());
            }
        }
    }

    @Test
    void chromiumRunsNoScriptAndOpensNoDialogOnAnyPage() throws IOException {
        AxeChecker.assumeAvailable();
        Path site = Files.createDirectories(tmp.resolve("pages"));
        for (var handbook : HANDBOOKS.entrySet()) {
            Files.writeString(site.resolve(handbook.getKey() + ".html"), handbook.getValue().page(), StandardCharsets.UTF_8);
        }
        try (AxeChecker browser = new AxeChecker(site)) {
            for (String name : HANDBOOKS.keySet()) {
                assertEquals(List.of(), browser.scriptSigns(Path.of(name + ".html")), name);
            }
        }
    }
}

package it.policydoc.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.policydoc.cli.Main;
import it.policydoc.testing.AknValidator;
import it.policydoc.testing.AxeChecker;
import it.policydoc.testing.HtmlChecker;
import it.policydoc.testing.PdfChecker;
import it.policydoc.testing.PdfContent;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The life of each seed through the commands a clerk runs: approve, amend (insert a unit between
 * 2 and 3 or 4 and 5, change a unit's words, remove a point, move a paragraph, add one), compare, approve
 * the amendment; the testo a fronte shows every change with its frozen number, word by word, and
 * validates; a hand edit of a frozen version and a second approval on the same date are refused.
 */
class AmendmentScenarioTest {

    @TempDir
    Path tmp;

    /**
     * One seed's amendment.
     *
     * @param edits text replacements made to the policy file, in order
     * @param inserted the label the inserted unit between 2 and 3 must get, as the testo a fronte prints it
     * @param removedWords words of the removed point
     * @param changedFrom a word the changed unit loses
     * @param changedTo a word the changed unit gains
     * @param movedWords words of the moved paragraph
     * @param addedWords words of the added unit
     * @param insertedWords words of the unit inserted between 2 and 3
     */
    record Scenario(String comune, String number, String date, Map<String, String> edits, String inserted,
            String removedWords, String changedFrom, String changedTo, String movedWords, String addedWords,
            String insertedWords) {

        @Override
        public String toString() {
            return comune;
        }
    }

    static Stream<Scenario> scenarios() {
        Map<String, String> coccaglio = new LinkedHashMap<>();
        coccaglio.put("  - articolo: Tipologia di profili social\n", """
                  - articolo: Principi di comunicazione
                    id: principi
                    commi:
                      - La comunicazione del Comune sui social è chiara, corretta e rispettosa.

                  - articolo: Tipologia di profili social
                """);
        coccaglio.put("esempio telegram.", "esempio Telegram e WhatsApp.");
        coccaglio.put("          - agevolare l'accesso ai servizi da parte dei cittadini;\n", "");
        String moved = """
                      - >-
                        I profili social istituzionali possono essere unidirezionali (chiusi) o
                        bidirezionali (aperti). La modalità aperta o chiusa, se ammessa alternativamente dal
                        social, verrà stabilita dalla giunta comunale.
                """;
        coccaglio.put(moved, "");
        coccaglio.put("    id: tipologia-profili\n    commi:\n", "    id: tipologia-profili\n    commi:\n" + moved);
        coccaglio.put("        piattaforme disponibili on line.\n",
                "        piattaforme disponibili on line.\n      - Le presenti linee guida sono riesaminate ogni due anni.\n");
        Map<String, String> porto = new LinkedHashMap<>();
        porto.put("              - I commenti devono riguardare l’argomento trattato.\n",
                "              - I commenti devono riguardare l’argomento trattato.\n"
                        + "              - I commenti sono scritti in lingua italiana o in una lingua comprensibile.\n");
        porto.put("              - Vanno evitati riferimenti a fatti o dettagli privi di rilevanza pubblica.\n", "");
        porto.put("promozione di interessi privati.", "promozione di interessi commerciali.");
        String orari = "          - testo: Le pagine social sono presidiate e gestite unicamente in orario d’ufficio.\n"
                + "            id: orari\n";
        porto.put(orari, "");
        porto.put("        id: gestione-social\n        contenuto:\n",
                "        id: gestione-social\n        contenuto:\n" + orari);
        porto.put("      - sezione: Privacy\n        id: privacy\n        contenuto:\n",
                "      - sezione: Privacy\n        id: privacy\n        contenuto:\n"
                        + "          - Il Comune tratta i dati personali secondo il Regolamento (UE) 2016/679.\n");
        return Stream.of(
                new Scenario("coccaglio", "12", "2023-03-01", coccaglio, "Art. 2-bis", "agevolare l'accesso",
                        "telegram", "WhatsApp", "I profili social istituzionali", "riesaminate ogni due anni",
                        "La comunicazione del Comune sui social"),
                new Scenario("porto-sant-elpidio", "260", "2022-12-15", porto, "4-bis.", "Vanno evitati riferimenti",
                        "privati", "commerciali", "presidiate e gestite unicamente", "Regolamento (UE) 2016/679",
                        "I commenti sono scritti in lingua italiana"));
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void anAmendmentThroughTheCommands(Scenario s) throws IOException {
        Path policies = copyOf(s.comune());
        Path file = policies.resolve(s.comune()).resolve("social-media-policy.yaml");
        String policy = file.toString();

        Run approved = run("approve", policy, "--number", s.number(), "--date", s.date(), "--lang", "it");
        assertEquals(0, approved.code(), approved.err());
        Path firstVersion = policies.resolve(s.comune()).resolve("versioni/social-media-policy/" + s.date() + ".yaml");
        assertTrue(Files.isRegularFile(firstVersion), approved.out());
        String approvedText = Files.readString(file);
        assertEquals(file.getParent().resolve(schemaHint(approvedText)).normalize(),
                firstVersion.getParent().resolve(schemaHint(Files.readString(firstVersion))).normalize(),
                "an editor opening the frozen version finds the same schema");
        assertTrue(approvedText.contains("stato: approvata"), approvedText);

        Run again = run("approva", policy, "--numero", s.number(), "--data", s.date(), "--lang", "it");
        assertEquals(1, again.code());
        assertTrue(again.err().contains("approve-same-date"), again.err());
        assertEquals(approvedText, Files.readString(file), "a refused approval changes nothing");

        Run amended = run("modifica", policy, "--lang", "it");
        assertEquals(0, amended.code(), amended.err());
        String text = Files.readString(file);
        assertTrue(text.contains("stato: bozza") && text.contains("ruolo: modifica"), text);
        for (Map.Entry<String, String> edit : s.edits().entrySet()) {
            assertTrue(text.contains(edit.getKey()), "the seed has changed: " + edit.getKey());
            text = text.replace(edit.getKey(), edit.getValue());
        }
        Files.writeString(file, text);
        Run checked = run("check", policies.toString(), "--lang", "it");
        assertEquals(0, checked.code(), checked.err());

        Path out = tmp.resolve("testo-a-fronte-" + s.comune());
        Run diff = run("confronta", policy, "--out", out.toString(), "--lang", "it");
        assertEquals(0, diff.code(), diff.err());
        assertTrue(diff.out().contains("inserit") && diff.out().contains("abrogat")
                && diff.out().contains("modificat") && diff.out().contains("spostat"), diff.out());

        Run english = run("diff", policy, "--lang", "en");
        assertEquals(0, english.code(), english.err());
        assertTrue(english.out().contains("inserted") && english.out().contains("repealed")
                && english.out().contains("changed") && english.out().contains("(was "), english.out());
        assertFalse(english.out().contains("inserit") || english.out().contains("modificat"), english.out());

        Path page = out.resolve("testo-a-fronte.html");
        Document html = Jsoup.parse(page.toFile(), "UTF-8");
        Element inserted = row(html, "tf-inserito", s.inserted());
        assertTrue(inserted.select("td.tf-nuovo ins").text().length() > 10, inserted.outerHtml());
        Element removed = row(html, "tf-abrogato", s.removedWords());
        assertTrue(removed.select("td.tf-vecchio del").text().contains(s.removedWords()), removed.outerHtml());
        assertTrue(removed.select("td.tf-nuovo").text().contains("(abrogato)"), removed.outerHtml());
        Element changed = row(html, "tf-modificato", s.changedTo());
        assertTrue(changed.select("td.tf-vecchio del").text().contains(s.changedFrom().replace(".", "")),
                "the word taken out is struck: " + changed.outerHtml());
        assertTrue(changed.select("td.tf-nuovo ins").text().contains(s.changedTo()),
                "the word put in is underlined: " + changed.outerHtml());
        assertFalse(changed.select("td.tf-nuovo ins").text().contains("social"),
                "only the changed words are marked: " + changed.outerHtml());
        Element moved = row(html, "tf-spostato", s.movedWords());
        assertTrue(moved.text().contains("spostato"), moved.outerHtml());
        row(html, "tf-inserito", s.addedWords());
        assertTrue(html.select(".tf-legenda").text().contains("barrato"), "a legend explains the marks");
        assertEquals(List.of(), new HtmlChecker().errors(page), "the testo a fronte is valid HTML");

        byte[] pdf = Files.readAllBytes(out.resolve("testo-a-fronte.pdf"));
        assertEquals(List.of(), PdfChecker.failures(pdf), "the testo a fronte is PDF/A-3a and PDF/UA-1");
        try (PdfContent content = new PdfContent(pdf)) {
            String words = PdfContent.matchable(content.readingText());
            for (String expected : List.of(s.inserted(), s.removedWords(), s.changedTo(), s.movedWords(),
                    s.addedWords(), "(abrogato)", "Legenda")) {
                assertTrue(words.contains(PdfContent.matchable(expected)), expected + " is in the PDF's text");
            }
            assertTrue(content.document().getPage(0).getMediaBox().getWidth()
                    > content.document().getPage(0).getMediaBox().getHeight(), "landscape");
        }

        Path draftSite = tmp.resolve("site-draft");
        Run draftBuild = run("build", policies.toString(), "--out", draftSite.toString(), "--lang", "it");
        assertEquals(0, draftBuild.code(), draftBuild.err());
        Path policyDir = draftSite.resolve(s.comune()).resolve("social-media-policy");
        assertFalse(Files.readString(policyDir.resolve("index.html")).contains(s.addedWords()),
                "while the amendment is a draft the public page is the text in force");
        assertTrue(Files.readString(policyDir.resolve("proposta/index.html")).contains(s.addedWords()),
                "the proposed text is published beside it");
        Document proposal = Jsoup.parse(policyDir.resolve("proposta/testo-a-fronte.html").toFile(), "UTF-8");
        row(proposal, "tf-abrogato", s.removedWords());
        assertTrue(proposal.text().contains("Proposta non ancora approvata"), "marked as a proposal");
        for (String published : List.of("proposta/testo-a-fronte.html", "versioni/index.html")) {
            assertEquals(List.of(), new HtmlChecker().errors(policyDir.resolve(published)), published);
        }
        assertEquals(List.of(), PdfChecker.failures(Files.readAllBytes(policyDir.resolve("proposta/testo-a-fronte.pdf"))));
        Document proposed = Jsoup.parse(policyDir.resolve("proposta/index.html").toFile(), "UTF-8");
        assertTrue(proposed.select("p.pd-nota-modifica").text().contains("inserit"), "the proposal notes what it would insert");
        assertTrue(proposed.select("p.pd-nota-modifica").text()
                        .contains("dalla deliberazione della Giunta Comunale n. … del …"),
                "the proposed act's number and date are left blank: " + proposed.select("p.pd-nota-modifica"));
        assertFalse(Jsoup.parse(policyDir.resolve("index.html").toFile(), "UTF-8").select("p.pd-nota-modifica")
                .hasText(), "the text in force was never amended: it has no notes");

        String amendDate = "2024-05-10";
        Run second = run("approva", policy, "--numero", "45", "--data", amendDate, "--lang", "it");
        assertEquals(0, second.code(), second.err());
        Path secondVersion = firstVersion.resolveSibling(amendDate + ".yaml");
        assertTrue(Files.isRegularFile(secondVersion));
        Run afterwards = run("check", policies.toString(), "--lang", "it");
        assertEquals(0, afterwards.code(), afterwards.err());
        Path site = tmp.resolve("site-amended");
        Run build = run("build", policies.toString(), "--out", site.toString(), "--lang", "it");
        assertEquals(0, build.code(), build.err());
        Path amendedDir = site.resolve(s.comune()).resolve("social-media-policy");
        assertTrue(Files.readString(amendedDir.resolve("index.html")).contains(s.addedWords()),
                "once approved, the amendment is the text in force");
        for (String stable : List.of(s.date() + "/index.html", s.date() + "/deliberazione.pdf",
                amendDate + "/index.html", amendDate + "/testo-a-fronte.html", amendDate + "/testo-a-fronte.pdf")) {
            assertTrue(Files.isRegularFile(amendedDir.resolve("versioni").resolve(stable)), stable);
        }
        assertFalse(Files.readString(amendedDir.resolve("versioni/" + s.date() + "/index.html")).contains(s.addedWords()),
                "the first version keeps its own text");
        assertTestoCoordinato(s, amendedDir);
        Document list = Jsoup.parse(amendedDir.resolve("versioni/index.html").toFile(), "UTF-8");
        assertEquals(2, list.select("ul.pd-versioni > li").size(), list.outerHtml());
        assertTrue(list.text().contains("n. 45 del 10 maggio 2024") && list.text().contains("(in vigore)"), list.text());
        Run between = run("diff", firstVersion.toString(), secondVersion.toString(), "--lang", "it");
        assertEquals(0, between.code(), between.err());
        assertEquals(diff.out().lines().filter(l -> !l.startsWith("Scritto")).toList(), between.out().lines().toList(),
                "the two approved versions differ as the draft did from the text in force");

        Files.writeString(firstVersion, Files.readString(firstVersion).replace("social", "sociale"));
        Run edited = run("check", policies.toString(), "--lang", "it");
        assertEquals(1, edited.code());
        assertTrue(edited.err().contains("version-edited") && edited.err().contains(firstVersion.getFileName().toString()),
                edited.err());
    }

    /**
     * The amended text in force carries, after each unit the amendment changed, the note naming
     * the act; the repealed point stays in its place as "(abrogato)"; page and PDF validate.
     */
    private void assertTestoCoordinato(Scenario s, Path amendedDir) throws IOException {
        String act = "dalla deliberazione della Giunta Comunale n. 45 del 10 maggio 2024";
        Document page = Jsoup.parse(amendedDir.resolve("index.html").toFile(), "UTF-8");
        List<String> notes = page.select("p.pd-nota-modifica").eachText();
        for (String change : List.of("inserit", "così modificat", "abrogat")) {
            assertTrue(notes.stream().anyMatch(n -> n.contains(change) && n.contains(act)), change + " in " + notes);
        }
        assertTrue(noteAround(page, s.insertedWords()).contains("inserit"), "the added unit is noted where it stands");
        assertTrue(noteAround(page, s.changedTo()).contains("così modificat"), "the changed unit is noted");
        Element repealed = page.select("li").stream().filter(li -> li.ownText().matches(".*\\(abrogat[oa]\\).*"))
                .findFirst().orElseThrow(() -> new AssertionError("no repealed unit in " + page.text()));
        assertTrue(repealed.select("p.pd-nota-modifica").text().contains("abrogat"), repealed.outerHtml());
        assertFalse(page.text().contains(s.removedWords()), "the repealed words are gone");
        for (Element ref : page.select("a.pd-ref[href^=#]")) {
            assertTrue(page.getElementById(ref.attr("href").substring(1)) != null, "references resolve: " + ref);
        }
        page.select("a.pd-ref[href=#amministratori]").forEach(ref -> assertEquals("art. 4, comma 3", ref.attr("title"),
                "a reference keeps the frozen number of its unit, after an article inserted before it"));
        JsonNode jsonLd = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertEquals("2024-05-10", jsonLd.path("legislationDateVersion").asText(), jsonLd.toString());
        JsonNode consolidates = jsonLd.path("legislationConsolidates");
        assertEquals(2, consolidates.size(), "the original and the amending act: " + jsonLd);
        assertEquals("versioni/" + s.date() + "/", consolidates.get(0).path("url").asText());
        assertEquals("versioni/2024-05-10/", consolidates.get(1).path("url").asText());
        assertEquals(List.of(), new HtmlChecker().errors(amendedDir.resolve("index.html")), "the testo coordinato is valid");
        byte[] pdf = Files.readAllBytes(amendedDir.resolve("deliberazione.pdf"));
        assertEquals(List.of(), PdfChecker.failures(pdf), "the testo coordinato is PDF/A-3a and PDF/UA-1");
        try (PdfContent content = new PdfContent(pdf)) {
            String words = PdfContent.matchable(content.readingText());
            assertTrue(words.contains(PdfContent.matchable(act)) && words.contains(PdfContent.matchable("(abrogat")),
                    "the PDF carries the notes");
        }
        byte[] akn = Files.readAllBytes(amendedDir.resolve("akn.xml"));
        assertEquals(List.of(), AknValidator.errors(akn), "the Akoma Ntoso validates against the OASIS schema");
        String aknText = new String(akn, StandardCharsets.UTF_8);
        assertTrue(aknText.contains("<textualMod") && aknText.contains("type=\"insertion\""),
                "the Akoma Ntoso lists its passive modifications");
        // Where Chromium is missing the browser check is left out, except on CI, which must run it.
        if (AxeChecker.available() || "true".equals(System.getenv("CI"))) {
            try (AxeChecker axe = new AxeChecker(amendedDir)) {
                for (String published : List.of("index.html", "versioni/index.html",
                        "versioni/2024-05-10/testo-a-fronte.html", "versioni/2024-05-10/index.html")) {
                    assertEquals(List.of(), axe.violations(amendedDir.resolve(published)), published);
                }
            }
        }
    }

    private static String schemaHint(String yaml) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$schema=(\\S+)").matcher(yaml);
        assertTrue(m.find(), yaml);
        return m.group(1);
    }

    /** The notes of the nearest unit around some words that has any: the unit itself, or the one holding it. */
    private static String noteAround(Document page, String words) {
        Element at = page.getElementsContainingOwnText(words).first();
        assertTrue(at != null, words);
        for (Element unit = at; unit != null; unit = unit.parent()) {
            if (unit.is("li, div.pd-comma, section")) {
                String notes = unit.select("> p.pd-nota-modifica").text();
                if (!notes.isEmpty()) {
                    return notes;
                }
            }
        }
        return "";
    }

    private static Element row(Document html, String change, String words) {
        return html.select("tr." + change).stream().filter(r -> r.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no row «" + change + "» with «" + words + "» in:\n"
                        + html.select("tr").stream().filter(r -> !r.hasClass("tf-invariato")).map(Element::text)
                                .toList()));
    }

    private Path copyOf(String comune) throws IOException {
        Path policies = tmp.resolve("policies");
        Path from = BuiltSite.POLICIES.resolve(comune);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                if (f.toString().contains("versioni")) {
                    continue;
                }
                Path to = policies.resolve(comune).resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.writeString(to, Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        return policies;
    }
}

package it.policydoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.util.Folders;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, messages, and what is written. */
class MainTest {

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void checkAcceptsTheBundledPolicies() {
        Run r = run("check", "--lang", "en", "policies");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("2"), r.out());
    }

    @Test
    void checkReportsABrokenCopyWithFileLineAndColumn() throws IOException {
        Path broken = copyOfPolicies();
        Path file = broken.resolve("coccaglio/social-media-policy.yaml");
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^titolo:", "titlo:"));
        Run r = run("check", "--lang", "it", broken.toString());
        assertEquals(1, r.code());
        String line = file.toString().replace('\\', '/') + ":";
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith(line) && l.contains(": errore: unknown-key ")
                && l.contains("«titolo»")), r.err());
        assertTrue(r.err().contains("error"), r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace for bad input:\n" + r.err());
    }

    @Test
    void buildWritesTheSiteAndABrokenBuildKeepsIt() throws IOException {
        Path site = tmp.resolve("site");
        Run ok = run("build", "--out", site.toString(), "policies");
        assertEquals(0, ok.code(), ok.err());
        Path page = site.resolve("coccaglio/social-media-policy/index.html");
        assertTrue(Files.exists(page));
        assertTrue(Files.exists(site.resolve("porto-sant-elpidio/social-media-policy/fragment.html")));
        assertTrue(Files.exists(site.resolve("index.html")));
        byte[] before = Files.readAllBytes(page);

        Path broken = copyOfPolicies();
        Path file = broken.resolve("coccaglio/social-media-policy.yaml");
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^stato: .*$", "stato: forse"));
        Run failed = run("build", "--out", site.toString(), broken.toString());
        assertEquals(1, failed.code());
        assertTrue(failed.err().contains("invalid-value"), failed.err());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(page), "the old site is untouched");
    }

    @Test
    void refusesToOverwriteAFolderItDidNotMake() throws IOException {
        Path mine = Files.createDirectories(tmp.resolve("documenti"));
        Files.writeString(mine.resolve("lettera.txt"), "cara Giunta");
        Run r = run("build", "--lang", "it", "--out", mine.toString(), "policies");
        assertEquals(1, r.code());
        assertTrue(r.err().contains(mine.toString()), r.err());
        assertEquals("cara Giunta", Files.readString(mine.resolve("lettera.txt")));
    }

    @Test
    void jsonFormatGivesOneObjectPerDiagnosticOnStandardOutput() throws Exception {
        Path broken = copyOfPolicies();
        Path file = broken.resolve("coccaglio/social-media-policy.yaml");
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^stato: .*$", "stato: forse"));
        Run r = run("check", "--format", "json", "--lang", "en", broken.toString());
        assertEquals(1, r.code());
        List<String> lines = r.out().lines().toList();
        assertEquals(1, lines.size(), r.out());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(lines.get(0));
        assertEquals(file.toString().replace('\\', '/'), json.get("file").asText());
        assertEquals("invalid-value", json.get("code").asText());
        assertEquals("error", json.get("severity").asText());
        assertTrue(json.get("line").asInt() > 1 && json.get("column").asInt() == 8, json::toString);
        assertTrue(json.get("message").asText().contains("«forse»"), json::toString);
    }

    @Test
    void missingInputIsAnInputErrorNotACrash() {
        Run r = run("check", "--lang", "en", tmp.resolve("nowhere").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("input-not-found"), r.err());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("build", "--no-such-option").code());
        assertEquals(2, run("publish").code());
        assertEquals(2, run().code());
    }

    @Test
    void helpExplainsInTheChosenLanguage() {
        Run it = run("build", "--help", "--lang", "it");
        assertEquals(0, it.code());
        assertTrue(it.out().contains("Uso:"), it.out());
        assertTrue(it.out().contains("Cartella in cui scrivere il sito"), it.out());
        Run en = run("--help", "--lang", "en");
        assertEquals(0, en.code());
        assertTrue(en.out().contains("Usage:"), en.out());
        assertTrue(en.out().contains("build"), en.out());
    }

    @Test
    void aBuildThatRemovesAComuneSaysWhatItRemoved() throws IOException {
        Path copy = copyOfPolicies();
        Path site = tmp.resolve("sito");
        assertEquals(0, run("pubblica", "--lang", "it", "--out", site.toString(), copy.toString()).code());
        try (Stream<Path> files = Files.walk(copy.resolve("coccaglio"))) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Run r = run("pubblica", "--lang", "it", "--out", site.toString(), copy.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Tolta dal sito " + site + ": coccaglio/social-media-policy"), r.out());
        assertFalse(r.out().contains("Nulla è cambiato"), r.out());
        assertFalse(Files.exists(site.resolve("coccaglio")));
    }

    @Test
    void italianCommandNamesWorkBesideTheEnglishOnes() {
        Run it = run("controlla", "--lang", "it", "policies");
        assertEquals(0, it.code(), it.err());
        assertEquals(run("check", "--lang", "it", "policies").out(), it.out());
        Run help = run("aiuto", "pubblica", "--lang", "it");
        assertEquals(0, help.code());
        assertTrue(help.out().startsWith("Uso: policydoc build"), help.out());
    }

    @Test
    void severityWordsAndSummaryAreItalian() throws IOException {
        Path broken = copyOfPolicies();
        Path file = broken.resolve("coccaglio/social-media-policy.yaml");
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^titolo:", "titlo:"));
        Run r = run("controlla", "--lang", "it", broken.toString());
        assertTrue(r.err().contains(": errore: unknown-key chiave sconosciuta «titlo»: forse intendevi «titolo»?"), r.err());
        assertTrue(r.err().contains("1 errore, 0 avvisi"), r.err());
        assertFalse(r.err().contains(": error:"), r.err());
        Run en = run("check", "--lang", "en", broken.toString());
        assertTrue(en.err().contains(": error: unknown-key "), en.err());
    }

    @Test
    void picocliMessagesAreItalian() {
        Run option = run("pubblica", "--lang", "it", "--nessuna");
        assertEquals(2, option.code());
        assertEquals("Opzione sconosciuta: --nessuna\nPer la guida: policydoc build --help\n", option.err());
        Run command = run("--lang", "it", "pubblcia");
        assertEquals(2, command.code());
        assertTrue(command.err().startsWith("Comando sconosciuto: «pubblcia». I comandi sono: build (pubblica), check"
                + " (controlla)"), command.err());
        assertTrue(command.err().contains("Forse intendevi: pubblica"), command.err());
        Run missing = run("controlla", "--lang", "it", "--format");
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("Manca il valore di --format"), missing.err());
        Run invalid = run("controlla", "--lang", "it", "--format", "xml");
        assertEquals(2, invalid.code());
        assertTrue(invalid.err().startsWith("Valore non valido per --format: «xml»"), invalid.err());
        Run none = run("--lang", "it");
        assertEquals(2, none.code());
        assertTrue(none.err().startsWith("Indica cosa fare: pubblica (build) oppure controlla (check)"), none.err());
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        Run r = run("check", "--lang", "fr", "policies");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("«fr»") && r.err().contains("--lang it") && r.err().contains("--lang en"), r.err());
        assertEquals(2, run("--lang=de", "check").code());
    }

    @Test
    void everyHelpLineIsItalian() {
        java.util.regex.Pattern english = java.util.regex.Pattern.compile(
                "\\b(Usage|Options|Commands|Arguments|Show|Display|Print|the|and|help information|COMMAND|PATH|DIR)\\b");
        for (String command : List.of("", "pubblica", "controlla", "misura", "aiuto")) {
            Run r = command.isEmpty() ? run("--help", "--lang", "it") : run(command, "--help", "--lang", "it");
            assertEquals(0, r.code(), r.err());
            for (String line : r.out().lines().toList()) {
                assertFalse(english.matcher(line).find(), command + ": " + line);
            }
        }
    }

    @Test
    void versionComesFromTheBuild() {
        Run r = run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("policydoc "), r.out());
    }

    private Path copyOfPolicies() throws IOException {
        Path target = tmp.resolve("copia");
        Folders.copy(Path.of("policies"), target);
        return target;
    }
}

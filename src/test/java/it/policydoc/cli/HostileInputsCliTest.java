package it.policydoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import it.policydoc.site.StagedPublisher;
import it.policydoc.testing.ChildJvm;
import it.policydoc.util.Folders;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile or careless input at the command line: files that cannot or must not be read,
 * contacts the site could not link, counts below their least; check and build agree, nothing
 * ends as an internal error, and nothing but policydoc's own messages reaches standard error.
 */
class HostileInputsCliTest {

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
    void checkAndBuildGiveTheSameDiagnosticsForFilesThatMustNotOrCannotBeRead() throws Exception {
        Path policies = copyOfPolicies();
        Path coccaglio = policies.resolve("coccaglio");
        Files.createSymbolicLink(coccaglio.resolve("giro.yaml"), coccaglio.resolve("giro.yaml"));
        Path secret = Files.writeString(tmp.resolve("segreto.yaml"), "titolo: segreto\n");
        Files.createSymbolicLink(coccaglio.resolve("fuori.yaml"), secret);
        Process mkfifo = new ProcessBuilder("mkfifo", coccaglio.resolve("tubo.yaml").toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "no mkfifo here");
        List<String> expected = List.of(
                line(coccaglio.resolve("fuori.yaml"), "input-outside-root", "porta fuori dalla cartella delle policy"),
                line(coccaglio.resolve("giro.yaml"), "read-failed", "impossibile leggere il file"),
                line(coccaglio.resolve("tubo.yaml"), "input-special-file", "non è un file normale"));

        Run check = run("check", "--lang", "it", policies.toString());
        Run build = run("build", "--lang", "it", "--out", tmp.resolve("site").toString(), policies.toString());
        for (Run r : List.of(check, build)) {
            assertEquals(1, r.code(), r.err());
            assertFalse(r.err().contains("errore interno"), r.err());
            for (String start : expected) {
                assertTrue(r.err().lines().anyMatch(l -> l.startsWith(start.substring(0, start.indexOf('|')))
                        && l.contains(start.substring(start.indexOf('|') + 1))), start + " in\n" + r.err());
            }
        }
        assertFalse(Files.exists(tmp.resolve("site")));
    }

    @Test
    void anUnreadableFileFailsBuildAsItFailsCheck() throws IOException {
        Path policies = copyOfPolicies();
        Path file = policies.resolve("coccaglio/comune.yaml");
        assumeTrue(Files.getFileStore(file).supportsFileAttributeView("posix"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        // Root reads a chmod 000 file all the same (CI runs as root): the case cannot be made there.
        assumeFalse(Files.isReadable(file), "running as root: chmod 000 does not stop reading");
        String expected = file.toString().replace('\\', '/') + ":1:1: error: read-failed";
        for (Run r : List.of(run("check", "--lang", "it", policies.toString()),
                run("build", "--lang", "it", "--out", tmp.resolve("site").toString(), policies.toString()))) {
            assertEquals(1, r.code(), r.err());
            assertTrue(r.err().contains(expected), r.err());
        }
    }

    @Test
    void aTelephoneWithoutDigitsIsAnErrorAtItsLineInCheckAndBuild() throws IOException {
        Path policies = copyOfPolicies();
        Path comune = policies.resolve("coccaglio/comune.yaml");
        long lines = Files.readAllLines(comune).size();
        Files.writeString(comune, Files.readString(comune) + "contatti:\n  telefono: centralino\n");
        String expected = comune.toString().replace('\\', '/') + ":" + (lines + 2) + ":13: errore: invalid-phone "
                + "«centralino» non è un numero di telefono: scrivi il numero con il prefisso";
        Run check = run("check", "--lang", "it", policies.toString());
        Run build = run("build", "--lang", "it", "--out", tmp.resolve("site").toString(), policies.toString());
        for (Run r : List.of(check, build)) {
            assertEquals(1, r.code(), r.err());
            assertTrue(r.err().contains(expected), r.err());
            assertFalse(r.err().contains("site-link-broken"), "reported at the YAML, not at a generated page");
        }
    }

    @Test
    void aWebAddressWithoutSchemeOrWithSpacesIsAnErrorAtItsLine() throws IOException {
        Path policies = copyOfPolicies();
        Path comune = policies.resolve("coccaglio/comune.yaml");
        long lines = Files.readAllLines(comune).size();
        Files.writeString(comune, Files.readString(comune) + "contatti:\n  sito: https://comune .it\n");
        Run check = run("check", "--lang", "it", policies.toString());
        assertEquals(1, check.code());
        assertTrue(check.err().contains(comune.toString().replace('\\', '/') + ":" + (lines + 2)
                + ":9: errore: invalid-url «https://comune .it» non è un indirizzo web"), check.err());
    }

    /**
     * One whole build in its own JVM, as a clerk runs it: web addresses that java.net.URI refuses
     * but browsers and the schema accept are published, and a chapter that makes Asciidoctor
     * complain (a short table row, a section level skipped) prints nothing on standard error.
     */
    @Test
    void validAddressesArePublishedAndNothingButPolicydocSpeaksOnStandardError() throws Exception {
        Path policies = copyOfPolicies();
        Path comune = policies.resolve("coccaglio/comune.yaml");
        Files.writeString(comune, Files.readString(comune) + """
                contatti:
                  telefono: 030 7722411
                  sito: HTTPS://www.comune.coccaglio.bs.it/albo|delibere/{2024}
                """);
        Path chapters = Files.createDirectories(policies.resolve("coccaglio/handbook"));
        Files.writeString(chapters.resolve("01-prova.adoc"), """
                = Capitolo di prova

                |===
                | a | b
                | c
                |===

                == Sezione

                ==== Livello saltato
                """);
        Path site = tmp.resolve("site");
        Path log = tmp.resolve("build.log");
        Process build = ChildJvm.start(Main.class, List.of("build", "--lang", "it", "--out", site.toString(),
                policies.toString()), Map.of(), log);
        assertTrue(build.waitFor(300, TimeUnit.SECONDS), "the build did not end");
        String output = Files.readString(log);
        assertEquals(0, build.exitValue(), output);
        assertEquals(List.of("2 policy pubblicate in " + site + ": 2 rigenerate, nessuna invariata dall’ultima build."),
                output.lines().toList(), "nothing else is printed");
        Document handbook = Jsoup.parse(site.resolve("coccaglio/social-media-policy/manuale/index.html").toFile(),
                "UTF-8");
        assertEquals("HTTPS://www.comune.coccaglio.bs.it/albo%7Cdelibere/%7B2024%7D",
                handbook.select("a:contains(www.comune.coccaglio.bs.it)").attr("href"));
        assertEquals("tel:0307722411", handbook.select("a:contains(030 7722411)").attr("href"));
    }

    @Test
    void checkPutsBackASiteThatAKilledBuildLeftHidden() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("progetto"));
        Path old = Files.createDirectories(project.resolve(".site.old-42"));
        Files.writeString(old.resolve(StagedPublisher.MARKER), "x");
        Files.writeString(old.resolve("index.html"), "il sito pubblicato");
        Path stage = Files.createDirectories(project.resolve(".site.building-43"));
        Files.writeString(stage.resolve(StagedPublisher.MARKER), "x");
        Path log = tmp.resolve("check.log");
        Process check = ChildJvm.start(Main.class, List.of("check", "--lang", "it",
                Path.of("policies").toAbsolutePath().toString()), Map.of(), log, project);
        assertTrue(check.waitFor(120, TimeUnit.SECONDS), "check did not end");
        assertEquals(0, check.exitValue(), Files.readString(log));
        assertEquals("il sito pubblicato", Files.readString(project.resolve("site/index.html")));
        try (Stream<Path> left = Files.list(project)) {
            assertEquals(List.of("site"), left.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void countsBelowTheirLeastAreUsageErrors() {
        Run comuni = run("bench", "--lang", "it", "--scale", "100,-5");
        assertEquals(2, comuni.code(), comuni.err());
        assertTrue(comuni.err().contains("--scale vale almeno 1, non -5"), comuni.err());
        assertFalse(comuni.err().contains("errore interno"), comuni.err());
        assertEquals(2, run("bench", "--comuni", "0").code());
        assertEquals(2, run("bench", "--cold-runs", "-1").code());
        assertEquals(2, run("bench", "--edits", "-1").code());
    }

    /** "file:1:1: error: code|words": the start of the printed line and words it contains. */
    private static String line(Path file, String code, String words) {
        return file.toString().replace('\\', '/') + ":1:1: errore: " + code + " |" + words;
    }

    private Path copyOfPolicies() throws IOException {
        Path target = tmp.resolve("policies");
        Folders.copy(Path.of("policies"), target);
        return target;
    }
}

package it.policydoc.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.pipeline.PolicyBuild;
import it.policydoc.testing.PdfContent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mistake that YAML would turn into a changed text (a hashtag read as a comment, a point
 * glued to the one above, an approved policy with no act) stops the build: the published page
 * and deliberation PDF stay exactly as they were, with the approved words.
 */
class NothingLostTest {

    private static final String POINT = "agevolare l'accesso ai servizi da parte dei cittadini;";
    private static final String NEXT_POINT = "divulgare informazioni di servizio e comunicazioni istituzionali";

    @TempDir
    static Path tmp;

    private static Path policies;
    private static Path out;
    private static Path file;
    private static String original;
    private static byte[] page;
    private static byte[] pdf;
    private static final PolicyBuild BUILD = new PolicyBuild(2);

    @BeforeAll
    static void publishTheApprovedText() throws IOException {
        policies = tmp.resolve("policies");
        try (Stream<Path> files = Files.walk(BuiltSite.POLICIES)) {
            for (Path p : files.toList()) {
                Path dest = policies.resolve(BuiltSite.POLICIES.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
        out = tmp.resolve("site");
        assertTrue(!BUILD.build(List.of(policies), out).hasErrors());
        file = policies.resolve("coccaglio/social-media-policy.yaml");
        original = Files.readString(file);
        page = Files.readAllBytes(out.resolve("coccaglio/social-media-policy/index.html"));
        pdf = Files.readAllBytes(out.resolve("coccaglio/social-media-policy/deliberazione.pdf"));
    }

    @AfterEach
    void restore() throws IOException {
        Files.writeString(file, original, StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.list(file.getParent())) {
            for (Path p : files.toList()) {
                if (!p.getFileName().toString().equals("comune.yaml") && !p.equals(file)) {
                    Files.delete(p);
                }
            }
        }
    }

    private void assertStopped(String code) throws IOException {
        PolicyBuild.Outcome outcome = BUILD.build(List.of(policies), out);
        assertTrue(outcome.diagnostics().stream().anyMatch(d -> d.isError() && d.code().equals(code)),
                outcome.diagnostics()::toString);
        assertArrayEquals(page, Files.readAllBytes(out.resolve("coccaglio/social-media-policy/index.html")));
        assertArrayEquals(pdf, Files.readAllBytes(out.resolve("coccaglio/social-media-policy/deliberazione.pdf")));
        String pageText = Jsoup.parse(new String(page, StandardCharsets.UTF_8)).text();
        assertTrue(pageText.contains(POINT), "the approved point, whole");
        try (PdfContent content = new PdfContent(pdf)) {
            StringBuilder all = new StringBuilder();
            for (int i = 1; i <= content.pageCount(); i++) {
                all.append(content.pageText(i)).append('\n');
            }
            assertTrue(PdfContent.matchable(all.toString()).contains(PdfContent.matchable(POINT)));
        }
    }

    private static void write(String from, String to) throws IOException {
        assertTrue(original.contains(from), from);
        Files.writeString(file, original.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void hashtag() throws IOException {
        write(POINT, "agevolare l'accesso ai servizi da parte dei cittadini #Coccaglio;");
        assertStopped("yaml-hashtag");
    }

    @Test
    void pointIndentedTooFarIsNotGluedToTheOneAbove() throws IOException {
        write("          - >-\n            " + NEXT_POINT, "            - >-\n            " + NEXT_POINT);
        assertStopped("yaml-folded-dash");
    }

    @Test
    void pointIndentedTooLittleDoesNotSwallowTheNext() throws IOException {
        write("          - " + POINT, "         - " + POINT);
        assertStopped("yaml-folded-dash");
    }

    @Test
    void keyFoldedIntoAText() throws IOException {
        write("        social aperti o comunque gestiti", "        id: primo\n        social aperti o comunque gestiti");
        assertStopped("yaml-folded-key");
    }

    @Test
    void textStartingWithAnAmpersand() throws IOException {
        write("- " + POINT, "- &Co " + POINT);
        assertStopped("yaml-starts-with-ampersand");
    }

    @Test
    void handTypedNumber() throws IOException {
        write("- " + POINT, "- a) " + POINT);
        assertStopped("hand-numbering");
    }

    @Test
    void approvedWithoutNumberAndDate() throws IOException {
        write("stato: bozza", "stato: approvata");
        assertStopped("act-incomplete");
    }

    @Test
    void policySavedAsTextByNotepad() throws IOException {
        Files.move(file, file.resolveSibling("social-media-policy.yaml.txt"));
        assertStopped("policy-file-misnamed");
        assertEquals(List.of(), BUILD.build(List.of(policies), out).removed(), "nothing removed while the build fails");
    }
}

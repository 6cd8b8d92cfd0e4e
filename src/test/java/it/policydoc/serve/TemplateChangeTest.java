package it.policydoc.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.site.SitePaths;
import it.policydoc.util.Folders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template saved while the preview runs: every page made from it shows the change, and the
 * outputs it does not touch are carried over from the last build (the same file, linked), not
 * made again as a forced rebuild would.
 */
class TemplateChangeTest {

    private static final String POLICY_DIR = "coccaglio/social-media-policy/";
    private static final String FOOTER = "<footer class=\"it-footer pd-site-footer\">";
    private static final String MARKER = "Modello del sito cambiato durante l'anteprima";
    private static final long WAIT_SECONDS = 120;

    @TempDir
    Path dir;

    @Test
    void aChangedTemplateReachesThePagesAndLeavesThePdfsAlone() throws Exception {
        Path policies = dir.resolve("policies");
        Folders.copy(Path.of("policies/coccaglio"), policies.resolve("coccaglio"));
        Path templates = dir.resolve("modelli");
        Path layout = Files.createDirectories(templates.resolve("web")).resolve("layout.ftlh");
        String original = Files.readString(Path.of("templates/web/layout.ftlh"), StandardCharsets.UTF_8);
        assertTrue(original.contains(FOOTER), "the layout still has the footer this test edits");
        Files.writeString(layout, original, StandardCharsets.UTF_8);

        BlockingQueue<PreviewSite.Result> builds = new ArrayBlockingQueue<>(16);
        try (LivePreview preview = LivePreview.start(List.of(policies), Optional.of(templates), 0, false,
                Locale.ITALIAN, new LivePreview.Reporter() {
                    @Override
                    public void built(PreviewSite.Result result) {
                        builds.offer(result);
                    }

                    @Override
                    public void buildFailed(IOException e) {
                        throw new AssertionError("the preview could not write", e);
                    }
                })) {
            builds.clear();
            Path site = preview.siteDir();
            Object pdfBefore = fileKey(site.resolve(POLICY_DIR + SitePaths.DELIBERATION));
            assertFalse(page(site).contains(MARKER));

            Files.writeString(layout, original.replace(FOOTER, FOOTER + "<p>" + MARKER + "</p>"),
                    StandardCharsets.UTF_8);
            PreviewSite.Result result = builds.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(result, "no rebuild within " + WAIT_SECONDS + " s of the template's change");
            assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
            assertEquals(1, result.rendered(), "the comune's pages are made again");
            assertTrue(page(site).contains(MARKER), "the page shows the changed template");
            assertEquals(pdfBefore, fileKey(site.resolve(POLICY_DIR + SitePaths.DELIBERATION)),
                    "the deliberation PDF, which the web layout does not print, is the last build's file");
        }
    }

    private static String page(Path site) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(POLICY_DIR + SitePaths.PAGE), StandardCharsets.UTF_8)).text();
    }

    private static Object fileKey(Path file) throws IOException {
        Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        assertNotNull(key, "this file system tells files apart by their key");
        return key;
    }
}

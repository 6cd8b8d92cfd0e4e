package it.policydoc.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.util.Folders;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import it.policydoc.testing.AxeChecker;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live preview over real HTTP on a copy of Coccaglio: a saved edit reaches the page after a
 * reload event; a broken file keeps the last good page with the problems panel; the panel goes
 * when the file is fixed; only GET and HEAD, nothing outside the preview folder, loopback only;
 * closing leaves no files behind.
 */
class LivePreviewTest {

    private static final String PAGE = "coccaglio/social-media-policy/";
    private static final String OLD_WORDS = "Le presenti linee guida disciplinano";
    private static final String NEW_WORDS = "Le presenti linee guida, rinnovate in anteprima, disciplinano";
    private static final long WAIT_SECONDS = 120;

    @TempDir
    static Path dir;

    private static Path policy;
    private static LivePreview preview;
    private static final BlockingQueue<PreviewSite.Result> BUILDS = new ArrayBlockingQueue<>(16);

    @BeforeAll
    static void start() throws IOException {
        Path policies = dir.resolve("policies");
        Folders.copy(Path.of("policies/coccaglio"), policies.resolve("coccaglio"));
        policy = policies.resolve("coccaglio/social-media-policy.yaml");
        preview = LivePreview.start(List.of(policies), Optional.empty(), 0, false, Locale.ITALIAN,
                new LivePreview.Reporter() {
                    @Override
                    public void built(PreviewSite.Result result) {
                        BUILDS.offer(result);
                    }

                    @Override
                    public void buildFailed(IOException e) {
                        throw new AssertionError("the preview could not write", e);
                    }
                });
        BUILDS.clear();
    }

    @AfterAll
    static void stop() throws IOException {
        Path site = preview.siteDir();
        preview.close();
        assertFalse(Files.exists(site.getParent()), "the preview folder is removed when it closes");
    }

    @Test
    void anEditReachesThePageAfterAReloadEventAndErrorsShowInAPanel() throws Exception {
        Document before = page();
        assertTrue(before.text().contains(OLD_WORDS));
        assertEquals("/_policydoc/anteprima.js", before.selectFirst("script[src^=/_policydoc]").attr("src"));
        assertTrue(before.select("#" + ProblemsPanel.PANEL_ID).isEmpty());

        try (EventStream events = new EventStream(preview.address() + "_policydoc/eventi")) {
            String yaml = Files.readString(policy, StandardCharsets.UTF_8);
            Files.writeString(policy, yaml.replace(OLD_WORDS, NEW_WORDS), StandardCharsets.UTF_8);
            assertEquals(ReloadEvents.EVENT, events.next());
            assertTrue(page().text().contains(NEW_WORDS), "the saved words are on the page");

            // Half a save: a quote left open. The last good page stays, with the problem on top.
            Files.writeString(policy, yaml.replace(OLD_WORDS, NEW_WORDS).replace("titolo: ", "titolo: \""),
                    StandardCharsets.UTF_8);
            assertEquals(ReloadEvents.EVENT, events.next());
            Document broken = page();
            assertTrue(broken.text().contains(NEW_WORDS), "the last good text stays");
            var panel = broken.selectFirst("#" + ProblemsPanel.PANEL_ID);
            assertTrue(panel != null, "the problems panel is on the page");
            assertTrue(panel.text().contains("social-media-policy.yaml:"), panel.text());
            assertTrue(panel.text().matches(".*\\.yaml:\\d+:\\d+.*"), "file:line:col in the panel: " + panel.text());
            assertTrue(panel.text().contains("errore da correggere"), "Italian: " + panel.text());

            Files.writeString(policy, yaml, StandardCharsets.UTF_8);
            assertEquals(ReloadEvents.EVENT, events.next());
            Document fixed = page();
            assertTrue(fixed.select("#" + ProblemsPanel.PANEL_ID).isEmpty(), "the panel goes once fixed");
            assertTrue(fixed.text().contains(OLD_WORDS));
        }
    }

    /**
     * In Chromium, as a clerk sees it: the open page changes by itself after a save (its own
     * script, served by the preview, listens for the reload events), shows the panel while the
     * file is broken, and drops it once fixed, all without a manual reload.
     */
    @Test
    void theOpenPageInABrowserFollowsEverySave() throws Exception {
        AxeChecker.assumeAvailable();
        String yaml = Files.readString(policy, StandardCharsets.UTF_8);
        try (AxeChecker browser = new AxeChecker(dir)) {
            browser.open(URI.create(preview.address() + PAGE));
            awaitInBrowser(browser, "document.body.innerText.includes('" + OLD_WORDS + "')");
            browser.evaluate("window.pdStessaPagina = true");

            Files.writeString(policy, yaml.replace(OLD_WORDS, NEW_WORDS), StandardCharsets.UTF_8);
            awaitInBrowser(browser, "document.body.innerText.includes('" + NEW_WORDS + "')");
            assertEquals(null, browser.evaluate("return window.pdStessaPagina === undefined ? null : true"),
                    "the page reloaded by itself");

            Files.writeString(policy, yaml.replace("titolo: ", "titolo: \""), StandardCharsets.UTF_8);
            awaitInBrowser(browser, "document.getElementById('" + ProblemsPanel.PANEL_ID + "') !== null");
            assertEquals(true, browser.evaluate("return document.body.innerText.includes('" + NEW_WORDS + "')"),
                    "the last good text stays under the panel");
            String panel = String.valueOf(browser.evaluate(
                    "return document.getElementById('" + ProblemsPanel.PANEL_ID + "').innerText"));
            assertTrue(panel.matches("(?s).*social-media-policy\\.yaml:\\d+:\\d+.*"), panel);

            Files.writeString(policy, yaml, StandardCharsets.UTF_8);
            awaitInBrowser(browser, "document.getElementById('" + ProblemsPanel.PANEL_ID + "') === null"
                    + " && document.body.innerText.includes('" + OLD_WORDS + "')");
        } finally {
            Files.writeString(policy, yaml, StandardCharsets.UTF_8);
        }
    }

    /** Waits, without reloading anything, until {@code condition} holds in the page. */
    private static void awaitInBrowser(AxeChecker browser, String condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            try {
                if (Boolean.TRUE.equals(browser.evaluate("return " + condition))) {
                    return;
                }
            } catch (org.openqa.selenium.WebDriverException e) {
                // The page is reloading: ask again in a moment.
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not within " + WAIT_SECONDS + " s: " + condition);
    }

    @Test
    void onlyReadsOfFilesInsideThePreviewAreAnswered() throws Exception {
        assertEquals(405, status("POST", PAGE));
        assertEquals(405, status("DELETE", PAGE));
        assertEquals(200, status("HEAD", PAGE));
        for (String path : List.of("../../../etc/passwd", "%2e%2e/%2e%2e/etc/passwd", "coccaglio%2f..%2f..%2fetc",
                "coccaglio/..%5c..%5cetc", "coccaglio/%00")) {
            int status = status("GET", path);
            assertTrue(status == 400 || status == 404, path + " answered " + status);
        }
        assertEquals(404, status("GET", "non-esiste.html"));
        assertEquals(301, status("GET", "coccaglio/social-media-policy"), "a folder is never listed");
        assertEquals(404, status("GET", "coccaglio/"), "no listing of a folder without a page");
    }

    @Test
    void aSymbolicLinkOutOfThePreviewIsNotFollowed() throws Exception {
        Path secret = Files.writeString(dir.resolve("segreto.txt"), "segreto", StandardCharsets.UTF_8);
        Path link = preview.siteDir().resolve("coccaglio/segreto.txt");
        Files.createSymbolicLink(link, secret);
        try {
            assertEquals(404, status("GET", "coccaglio/segreto.txt"));
        } finally {
            Files.deleteIfExists(link);
        }
    }

    @Test
    void listensOnTheLoopbackAddressOnly() throws IOException {
        assertTrue(preview.boundAddress().isLoopbackAddress(), preview.boundAddress().toString());
        assertTrue(preview.address().startsWith("http://127.0.0.1:"));
        try (Socket socket = new Socket("127.0.0.1", preview.port())) {
            assertTrue(socket.isConnected());
        }
    }

    private static Document page() throws IOException {
        URL url = URI.create(preview.address() + PAGE).toURL();
        try (InputStream in = url.openStream()) {
            return Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static int status(String method, String rawPath) throws IOException {
        // The raw path goes out as written: a Socket, since URL classes would normalise "..".
        try (Socket socket = new Socket("127.0.0.1", preview.port())) {
            socket.getOutputStream().write((method + " /" + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String statusLine = in.readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    /** A reader of the preview's server-sent events, as a page's EventSource reads them. */
    private static final class EventStream implements AutoCloseable {
        private final HttpURLConnection connection;
        private final BlockingQueue<String> events = new ArrayBlockingQueue<>(16);

        EventStream(String address) throws IOException {
            connection = (HttpURLConnection) URI.create(address).toURL().openConnection();
            connection.setReadTimeout((int) TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8));
            Thread reader = new Thread(() -> {
                try {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        if (line.startsWith("event: ")) {
                            events.add(line.substring("event: ".length()));
                        }
                    }
                } catch (IOException e) {
                    // Closed at the end of the test.
                }
            }, "eventi-di-prova");
            reader.setDaemon(true);
            reader.start();
        }

        String next() throws InterruptedException {
            String event = events.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            if (event == null) {
                throw new AssertionError("no reload event within " + WAIT_SECONDS + " s");
            }
            return event;
        }

        @Override
        public void close() {
            connection.disconnect();
        }
    }

}

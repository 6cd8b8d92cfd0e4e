package it.policydoc.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The static server behind AxeChecker; no browser needed. */
class SiteServerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesFilesWithTheirContentTypes(@TempDir Path dir) throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("pagina uno.html"), "<!DOCTYPE html><title>è</title>");
        Files.createDirectories(site.resolve("css"));
        Files.writeString(site.resolve("css/sito.css"), "body{}");
        try (SiteServer server = new SiteServer(site)) {
            URI page = server.uri(Path.of("pagina uno.html"));
            assertEquals("/pagina%20uno.html", page.getRawPath());
            HttpResponse<String> response = get(page);
            assertEquals(200, response.statusCode());
            assertEquals("text/html; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
            assertEquals("<!DOCTYPE html><title>è</title>", response.body());
            assertEquals("text/css; charset=utf-8",
                    get(server.uri(site.resolve("css/sito.css"))).headers().firstValue("Content-Type").orElseThrow());
        }
    }

    @Test
    void contentTypesOfASite() {
        assertEquals("font/woff2", SiteServer.contentType("titillium-web.woff2"));
        assertEquals("image/svg+xml", SiteServer.contentType("sprites.svg"));
        assertEquals("text/javascript; charset=utf-8", SiteServer.contentType("bootstrap-italia.bundle.min.js"));
        assertEquals("text/css; charset=utf-8", SiteServer.contentType("STILE.CSS"));
        assertEquals("application/octet-stream", SiteServer.contentType("LEGGIMI"));
    }

    @Test
    void servesNothingOutsideTheFolder(@TempDir Path dir) throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(dir.resolve("segreto.txt"), "no");
        try (SiteServer server = new SiteServer(site)) {
            String base = server.baseUri().toString();
            assertEquals(404, get(URI.create(base + "../segreto.txt")).statusCode());
            assertEquals(404, get(URI.create(base + "%2e%2e/segreto.txt")).statusCode());
            assertEquals(404, get(URI.create(base + "nessuna.html")).statusCode());
            assertThrows(IllegalArgumentException.class, () -> server.uri(Path.of("../segreto.txt")));
        }
    }
}

package it.policydoc.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves a folder read-only over HTTP on 127.0.0.1 (an ephemeral port), with the content
 * types a real web server would send, so that a browser loads a generated page with its
 * CSS, fonts, images and scripts exactly as on the published site. A page opened from
 * file:// would not: fonts and some scripts are blocked there.
 */
public final class SiteServer implements AutoCloseable {

    /** By file extension; the text types name their charset because our files are UTF-8. */
    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("xml", "application/xml"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"),
            Map.entry("pdf", "application/pdf"));

    private final Path root;
    private final HttpServer server;
    private final ExecutorService executor;

    /** Starts serving {@code root} at once; {@link #close()} stops it. */
    public SiteServer(Path root) {
        this.root = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(this.root)) {
            throw new IllegalArgumentException("not a folder: " + root);
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a port on the loopback address", e);
        }
        server.createContext("/", this::handle);
        // A browser fetches a page's resources in parallel; a few threads keep up with it.
        executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "site-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.start();
    }

    /** The served folder. */
    public Path root() {
        return root;
    }

    /** http://127.0.0.1:PORT/ */
    public URI baseUri() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress()
                + ":" + server.getAddress().getPort() + "/");
    }

    /**
     * The URL of a file in the served folder: {@code page} is relative to the folder, or
     * absolute and inside it.
     */
    public URI uri(Path page) {
        Path file = root.resolve(page).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException(page + " is not inside " + root);
        }
        StringBuilder path = new StringBuilder();
        for (Path part : root.relativize(file)) {
            path.append('/').append(part);
        }
        try {
            // The multi-argument constructor percent-encodes what must be encoded.
            URI base = baseUri();
            return new URI(base.getScheme(), null, base.getHost(), base.getPort(),
                    path.length() == 0 ? "/" : path.toString(), null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(page.toString(), e);
        }
    }

    /** The content type sent for a file name, application/octet-stream when unknown. */
    static String contentType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return CONTENT_TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            // getPath() is already percent-decoded.
            Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", contentType(file.getFileName().toString()));
            // Every check must see the files as they are now, never a cached copy.
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            long size = Files.size(file);
            if (head) {
                exchange.getResponseHeaders().set("Content-Length", Long.toString(size));
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, size == 0 ? -1 : size);
            try (InputStream in = Files.newInputStream(file); OutputStream out = exchange.getResponseBody()) {
                in.transferTo(out);
            }
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

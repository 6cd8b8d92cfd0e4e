package it.policydoc.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import it.policydoc.diag.DiagnosticFormatter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The preview's web server: the JDK's own {@code com.sun.net.httpserver}, bound to the loopback
 * address only. It serves the preview site read-only (GET and HEAD), never a file outside it
 * ({@code ..}, encoded slashes, symbolic links leading out are refused), never a folder listing;
 * adds the reload script and the problems panel to every page; and streams the reload events.
 */
public final class PreviewServer implements AutoCloseable {

    private static final String PREFIX = "/_policydoc/";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/akn+xml"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));

    private final HttpServer server;
    private final ExecutorService threads;
    private final PreviewSite site;
    private final ProblemsPanel panel;
    private final DiagnosticFormatter formatter;
    private final ReloadEvents events = new ReloadEvents();

    /** The port is taken: the caller may try the next one. */
    public static final class PortInUseException extends IOException {
        private static final long serialVersionUID = 1L;

        PortInUseException(int port, Throwable cause) {
            super("port " + port + " in use", cause);
        }
    }

    public PreviewServer(PreviewSite site, int port, Locale locale) throws IOException {
        this.site = site;
        this.formatter = new DiagnosticFormatter(locale);
        this.panel = new ProblemsPanel(formatter);
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (BindException e) {
            throw new PortInUseException(port, e);
        }
        // Event streams hold a thread each for as long as a page is open.
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "anteprima-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The address the server listens on: the loopback address, never another interface. */
    public InetAddress boundAddress() {
        return server.getAddress().getAddress();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String address() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** Tells every open page to reload: the site has been rebuilt, or its problems changed. */
    public void rebuilt(long generation) {
        events.rebuilt(generation);
    }

    private void handle(HttpExchange exchange) {
        boolean eventStream = false;
        try {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                text(exchange, 405, formatter.text("serve.method-not-allowed"));
                return;
            }
            URI uri = exchange.getRequestURI();
            String raw = uri.getRawPath();
            if (raw == null || !SafePath.acceptable(raw)) {
                text(exchange, 400, formatter.text("serve.bad-path"));
                return;
            }
            String path = uri.getPath();
            if (path.equals(ReloadEvents.PATH)) {
                events.listen(exchange);
                eventStream = true;
            } else if (path.startsWith(PREFIX)) {
                ownFile(exchange, path.substring(PREFIX.length()));
            } else {
                siteFile(exchange, path);
            }
        } catch (IOException | RuntimeException e) {
            // The page went away mid-answer, or the site changed under the request: it reloads anyway.
        } finally {
            // An event stream stays open until its page goes away.
            if (!eventStream) {
                exchange.close();
            }
        }
    }

    private void ownFile(HttpExchange exchange, String name) throws IOException {
        if (!name.equals("anteprima.js") && !name.equals("anteprima.css")) {
            text(exchange, 404, formatter.text("serve.not-found"));
            return;
        }
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            send(exchange, 200, type(name), in.readAllBytes());
        }
    }

    private void siteFile(HttpExchange exchange, String path) throws IOException {
        Path root = site.siteDir();
        var found = SafePath.resolve(root, path);
        PreviewSite.Result last = site.last();
        if (found.isPresent() && Files.isDirectory(found.get(), LinkOption.NOFOLLOW_LINKS)) {
            if (!path.endsWith("/")) {
                // Relative links of a page work only from its folder's own address.
                exchange.getResponseHeaders().set("Location", path + "/");
                send(exchange, 301, type("html"), new byte[0]);
                return;
            }
            found = SafePath.resolve(root, path + "index.html");
        }
        if (found.isEmpty() || !Files.isRegularFile(found.get(), LinkOption.NOFOLLOW_LINKS)) {
            if (last.hasErrors() && (path.endsWith("/") || path.endsWith(".html"))) {
                send(exchange, 200, type("html"),
                        panel.problemsOnly(last.diagnostics()).getBytes(StandardCharsets.UTF_8));
            } else {
                text(exchange, 404, formatter.text("serve.not-found"));
            }
            return;
        }
        Path file = found.get();
        String extension = extension(file);
        if (extension.equals("html")) {
            String page = Files.readString(file, StandardCharsets.UTF_8);
            send(exchange, 200, type("html"), panel.decorate(page, last.diagnostics()).getBytes(StandardCharsets.UTF_8));
        } else {
            send(exchange, 200, type(extension), Files.readAllBytes(file));
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String type(String nameOrExtension) {
        String extension = nameOrExtension.contains(".")
                ? nameOrExtension.substring(nameOrExtension.lastIndexOf('.') + 1) : nameOrExtension;
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private void text(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", message.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        if (head || body.length == 0) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Stops answering, closes the open pages' event streams; the caller removes the preview folder. */
    @Override
    public void close() {
        events.closeAll();
        server.stop(0);
        threads.shutdownNow();
    }
}

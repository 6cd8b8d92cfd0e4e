package it.policydoc.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The open pages, each listening on a server-sent event stream: told "ricostruito" after every
 * build, they reload themselves. A page that went away is dropped at the next event.
 */
final class ReloadEvents {

    static final String PATH = "/_policydoc/eventi";
    static final String EVENT = "ricostruito";

    private final List<HttpExchange> listeners = new CopyOnWriteArrayList<>();

    /** Keeps the exchange open as an event stream. */
    void listen(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        // A comment line opens the stream at once, so the browser knows it is connected.
        body.write(": anteprima\n\n".getBytes(StandardCharsets.UTF_8));
        body.flush();
        listeners.add(exchange);
    }

    /** Tells every open page that the site changed. */
    void rebuilt(long generation) {
        byte[] event = ("event: " + EVENT + "\ndata: " + generation + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (HttpExchange exchange : listeners) {
            try {
                OutputStream body = exchange.getResponseBody();
                body.write(event);
                body.flush();
            } catch (IOException e) {
                // The page was closed or reloaded: it will connect again if it is still there.
                listeners.remove(exchange);
                exchange.close();
            }
        }
    }

    int open() {
        return listeners.size();
    }

    void closeAll() {
        listeners.forEach(HttpExchange::close);
        listeners.clear();
    }
}

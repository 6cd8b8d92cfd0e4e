package it.policydoc.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code policydoc serve} as a whole: builds the preview site, serves it on the loopback
 * address, and after every saved change rebuilds what it affects in the same warm process and
 * tells the open pages to reload. A half-saved or broken file is one more build with errors:
 * the last good pages stay, with the problems on top.
 */
public final class LivePreview implements AutoCloseable {

    /** How many ports after the one asked for are tried when it is taken and the caller allows it. */
    public static final int PORTS_TRIED = 20;

    /** Told what the preview does, to print it: the command line is the only place that prints. */
    public interface Reporter {
        void built(PreviewSite.Result result);

        void buildFailed(IOException e);
    }

    private final PreviewSite site;
    private final PreviewServer server;
    private final SourceWatcher watcher;
    private final Thread watching;

    /**
     * @param templates a templates folder to read live (its fingerprint is part of every comune's
     *     inputs: a change rebuilds every page, and only the outputs it changes), if any
     * @param nextFreePort whether to try the following ports when {@code port} is taken
     */
    public static LivePreview start(List<Path> inputs, Optional<Path> templates, int port, boolean nextFreePort,
            Locale locale, Reporter reporter) throws IOException {
        PreviewSite site = new PreviewSite(inputs, templates);
        try {
            reporter.built(site.rebuild());
            PreviewServer server = listen(site, port, nextFreePort, locale);
            return new LivePreview(site, server, new SourceWatcher(inputs, templates.stream().toList()), reporter);
        } catch (IOException | RuntimeException e) {
            site.close();
            throw e;
        }
    }

    private static PreviewServer listen(PreviewSite site, int port, boolean nextFreePort, Locale locale)
            throws IOException {
        int last = nextFreePort ? Math.min(65535, port + PORTS_TRIED) : port;
        for (int p = port; ; p++) {
            try {
                return new PreviewServer(site, p, locale);
            } catch (PreviewServer.PortInUseException e) {
                if (p >= last) {
                    throw e;
                }
            }
        }
    }

    private LivePreview(PreviewSite site, PreviewServer server, SourceWatcher watcher, Reporter reporter) {
        this.site = site;
        this.server = server;
        this.watcher = watcher;
        this.watching = new Thread(() -> watch(reporter), "anteprima-osserva");
        watching.setDaemon(true);
        watching.start();
    }

    private void watch(Reporter reporter) {
        try {
            watcher.run(() -> {
                try {
                    PreviewSite.Result result = site.rebuild();
                    server.rebuilt(result.generation());
                    reporter.built(result);
                } catch (IOException e) {
                    reporter.buildFailed(e);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String address() {
        return server.address();
    }

    public int port() {
        return server.port();
    }

    public java.net.InetAddress boundAddress() {
        return server.boundAddress();
    }

    /** The folder the preview builds into, removed when it closes. */
    public Path siteDir() {
        return site.siteDir();
    }

    /** Waits until the preview is closed (by Ctrl-C, through a shutdown hook that calls {@link #close}). */
    public void awaitClose() throws InterruptedException {
        watching.join();
    }

    /** Stops watching and serving and removes the preview folder: nothing is left behind. */
    @Override
    public void close() throws IOException {
        watcher.close();
        server.close();
        site.close();
    }
}

package it.policydoc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.policydoc.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteLinkCheckerTest {

    @TempDir
    Path site;

    private List<String> check() throws IOException {
        return new SiteLinkChecker().check(site, Path.of("site")).stream()
                .map(d -> d.code() + " " + d.pos() + " " + d.args().get(0)).toList();
    }

    private void write(String path, String content) throws IOException {
        Files.createDirectories(site.resolve(path).getParent());
        Files.writeString(site.resolve(path), content);
    }

    @Test
    void linksToFilesAndAnchorsThatExistPass() throws IOException {
        write("index.html", "<a href=\"c/p/index.html#art-1\">x</a>\n<a href=\"c/p/\">y</a><a href=\"https://x.it/nope\">z</a>");
        write("c/p/index.html", "<link rel=stylesheet href=\"../../assets/s.css\"><h2 id=\"art-1\">A</h2><a href=\"#art-1\">a</a>");
        write("assets/s.css", "@font-face { src: url(\"f.woff2\") }");
        write("assets/f.woff2", "font");
        assertEquals(List.of(), check());
    }

    @Test
    void aMissingFileOrAnchorIsAnErrorAtItsPlace() throws IOException {
        write("index.html", "<p>testo</p>\n<p><a href=\"manca.html\">x</a> <a href=\"#nessuno\">y</a></p>");
        write("assets/s.css", "body {}\n@font-face { src: url(../fonts/manca.woff2) }");
        assertEquals(List.of("site-link-broken site/assets/s.css:2:19 ../fonts/manca.woff2",
                "site-link-broken site/index.html:2:4 manca.html",
                "site-anchor-broken site/index.html:2:31 #nessuno"), check());
    }

    @Test
    void aLinkMayNotLeaveTheSite() throws IOException {
        write("index.html", "<img src=\"../fuori.png\" alt=\"\">");
        Files.writeString(site.getParent().resolve("fuori.png"), "x");
        List<Diagnostic> found = new SiteLinkChecker().check(site, Path.of("site"));
        assertEquals("site-link-broken", found.get(0).code());
    }

    @Test
    void checkingFolderByFolderOnSeveralThreadsFindsTheSame() throws IOException {
        write("index.html", "<a href=\"a/p/index.html#art-1\">x</a> <a href=\"b/p/index.html#manca\">y</a>");
        write("a/p/index.html", "<h2 id=\"art-1\">A</h2><a href=\"../../b/p/index.html#art-2\">b</a><a href=\"#no\">n</a>");
        write("b/p/index.html", "<h2 id=\"art-2\">B</h2><a href=\"manuale/index.html#x\">m</a>");
        write("b/p/manuale/index.html", "<p id=\"y\"><img src=\"../../../assets/manca.png\" alt=\"\"></p>");
        List<String> pages = List.of("index.html", "a/p/index.html", "b/p/index.html", "b/p/manuale/index.html");
        Tasks twoThreads = new Tasks() {
            @Override
            public boolean atOnce() {
                return true;
            }

            @Override
            public <T> List<T> runAll(List<Callable<T>> tasks) {
                ExecutorService pool = Executors.newFixedThreadPool(2);
                try {
                    List<T> results = new ArrayList<>();
                    for (Future<T> future : pool.invokeAll(tasks)) {
                        results.add(future.get());
                    }
                    return results;
                } catch (InterruptedException | ExecutionException e) {
                    throw new IllegalStateException(e);
                } finally {
                    pool.shutdownNow();
                }
            }
        };
        List<Diagnostic> together = new SiteLinkChecker().check(site, Path.of("site"), pages);
        assertEquals(4, together.size(), together::toString);
        assertEquals(Set.copyOf(together), Set.copyOf(new SiteLinkChecker().check(site, Path.of("site"), pages,
                twoThreads)));
    }
}

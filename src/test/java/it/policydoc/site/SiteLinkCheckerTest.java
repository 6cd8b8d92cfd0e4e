package it.policydoc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.policydoc.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
}

package it.policydoc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedPublisherTest {

    private final StagedPublisher publisher = new StagedPublisher();

    @TempDir
    Path tmp;

    @Test
    void writesANewFolderWithItsMarker() throws IOException {
        Path site = tmp.resolve("site");
        publisher.publish(site, page("index.html", "uno"));
        assertEquals("uno", Files.readString(site.resolve("index.html")));
        assertTrue(Files.exists(site.resolve(StagedPublisher.MARKER)));
        assertEquals(1, siblingsOf(site), "no staging or old folder is left behind");
        if (Files.getFileStore(site).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            assertEquals("rwxr-xr-x", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(site)), "a web server must be able to read the site");
        }
    }

    @Test
    void replacesThePreviousSiteAsAWhole() throws IOException {
        Path site = tmp.resolve("site");
        publisher.publish(site, page("vecchia.html", "v"));
        publisher.publish(site, page("nuova.html", "n"));
        assertTrue(Files.exists(site.resolve("nuova.html")));
        assertFalse(Files.exists(site.resolve("vecchia.html")), "files of the old build do not linger");
        assertEquals(1, siblingsOf(site));
    }

    @Test
    void aFailedWriteLeavesThePreviousSiteUntouched() throws IOException {
        Path site = tmp.resolve("site");
        publisher.publish(site, page("index.html", "buona"));
        assertThrows(IOException.class, () -> publisher.publish(site, dir -> {
            Files.writeString(dir.resolve("index.html"), "a metà");
            throw new IOException("disco pieno");
        }));
        assertEquals("buona", Files.readString(site.resolve("index.html")));
        assertEquals(1, siblingsOf(site), "the half-written stage is removed");
    }

    @Test
    void aWriterThatRefusesWhatItWroteLeavesThePreviousSite() throws IOException {
        Path site = tmp.resolve("site");
        publisher.publish(site, page("index.html", "buona"));
        assertFalse(publisher.publish(site, dir -> {
            Files.writeString(dir.resolve("index.html"), "con un collegamento rotto");
            return false;
        }));
        assertEquals("buona", Files.readString(site.resolve("index.html")));
        assertEquals(1, siblingsOf(site));
    }

    @Test
    void neverReplacesAFolderItDidNotMake() throws IOException {
        Path documents = Files.createDirectories(tmp.resolve("documenti"));
        Files.writeString(documents.resolve("tesi.odt"), "importante");
        var e = assertThrows(StagedPublisher.ForeignFolderException.class,
                () -> publisher.publish(documents, page("index.html", "x")));
        assertEquals(documents, e.folder());
        assertEquals("importante", Files.readString(documents.resolve("tesi.odt")));
    }

    @Test
    void acceptsAnEmptyExistingFolder() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("vuota"));
        publisher.publish(empty, page("index.html", "x"));
        assertTrue(Files.exists(empty.resolve("index.html")));
    }

    /** A writer of one page that accepts what it wrote. */
    private static StagedPublisher.Writer page(String name, String content) {
        return dir -> {
            Files.writeString(dir.resolve(name), content);
            return true;
        };
    }

    private long siblingsOf(Path site) throws IOException {
        try (Stream<Path> s = Files.list(site.getParent())) {
            return s.count();
        }
    }
}

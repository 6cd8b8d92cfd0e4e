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

    @Test
    void aSiteHiddenBetweenTheTwoRenamesIsPutBack() throws IOException {
        Path site = tmp.resolve("site");
        publisher.publish(site, page("index.html", "pubblicata"));
        // A build killed after renaming the site away and before renaming its stage in.
        Path old = tmp.resolve(".site.old-123");
        Files.move(site, old);
        Path stage = Files.createDirectories(tmp.resolve(".site.building-456"));
        Files.writeString(stage.resolve(StagedPublisher.MARKER), "x");
        Files.writeString(stage.resolve("index.html"), "nuova, mai pubblicata");

        assertTrue(publisher.recover(site));
        assertEquals("pubblicata", Files.readString(site.resolve("index.html")));
        assertEquals(1, siblingsOf(site), "the stage of the killed build is removed");
    }

    @Test
    void theNextBuildRemovesStagesAndOldFoldersOfKilledBuilds() throws IOException {
        Path site = tmp.resolve("site");
        publisher.publish(site, page("index.html", "uno"));
        Path stage = Files.createDirectories(tmp.resolve(".site.building-1/comune"));
        Files.writeString(stage.getParent().resolve(StagedPublisher.MARKER), "x");
        Files.writeString(stage.resolve("index.html"), "a metà");
        Files.createDirectories(tmp.resolve(".site.building-2"));
        // An old site whose deletion was cut short: its marker goes last, so it is still there.
        Path old = Files.createDirectories(tmp.resolve(".site.old-3"));
        Files.writeString(old.resolve(StagedPublisher.MARKER), "x");

        publisher.publish(site, page("index.html", "due"));
        assertEquals("due", Files.readString(site.resolve("index.html")));
        assertEquals(1, siblingsOf(site));
    }

    @Test
    void foldersThatAreNotPolicydocsAreNeverTouched() throws IOException {
        Path site = tmp.resolve("site");
        Path mine = Files.createDirectories(tmp.resolve(".site.building-mia"));
        Files.writeString(mine.resolve("appunti.txt"), "miei");
        Path other = Files.createDirectories(tmp.resolve(".site.old-mia"));
        Files.writeString(other.resolve("foto.jpg"), "mia");
        assertFalse(publisher.recover(site), "an unmarked .site.old-* is not a hidden site");
        assertFalse(Files.exists(site));
        publisher.publish(site, page("index.html", "x"));
        assertEquals("miei", Files.readString(mine.resolve("appunti.txt")));
        assertEquals("mia", Files.readString(other.resolve("foto.jpg")));
    }

    @Test
    void nothingToRecoverIsNothingDone() throws IOException {
        Path site = tmp.resolve("site");
        assertFalse(publisher.recover(site));
        publisher.publish(site, page("index.html", "x"));
        assertFalse(publisher.recover(site));
        assertEquals("x", Files.readString(site.resolve("index.html")));
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

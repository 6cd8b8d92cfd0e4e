package it.policydoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the release's launchers rely on: default folders found from the launcher's home when the
 * current folder has no policies, and a {@code --base-url} that is a real web address.
 */
class ReleaseDefaultsTest {

    @TempDir
    Path tmp;

    @Test
    void theCurrentFolderWinsWhenItHasPolicies() throws IOException {
        Path here = Files.createDirectories(tmp.resolve("qui/policies")).getParent();
        Path home = Files.createDirectories(tmp.resolve("Sant'Elpidio a Mare/policies")).getParent();
        DefaultFolders folders = new DefaultFolders(here, Optional.of(home));
        assertEquals(here.resolve("policies"), folders.policies());
        assertEquals(here.resolve("site"), folders.site());
    }

    @Test
    void elsewhereTheLaunchersHomeIsUsed() throws IOException {
        Path elsewhere = Files.createDirectories(tmp.resolve("altrove"));
        Path home = Files.createDirectories(tmp.resolve("Sant'Elpidio a Mare/policies")).getParent();
        DefaultFolders folders = new DefaultFolders(elsewhere, Optional.of(home));
        assertEquals(home.resolve("policies"), folders.policies());
        assertEquals(home.resolve("site"), folders.site());
        assertEquals(elsewhere.resolve("policies"), new DefaultFolders(elsewhere, Optional.empty()).policies(),
                "without a home the current folder is named, and its absence is reported as before");
    }

    @Test
    void aBaseUrlIsAnAbsoluteWebAddressEndingWithASlash() {
        assertEquals(Optional.of(URI.create("https://www.comune.esempio.it/policy/")),
                SiteAddress.parse("https://www.comune.esempio.it/policy"));
        assertEquals(Optional.of(URI.create("http://comune.esempio.it/")), SiteAddress.parse("http://comune.esempio.it"));
        for (String wrong : new String[] {"www.comune.esempio.it/policy", "policy/", "ftp://comune.it/", "https://",
                "https://comune.it/policy?x=1", "https://comune .it/", "file:///tmp/site/"}) {
            assertEquals(Optional.empty(), SiteAddress.parse(wrong), wrong);
        }
    }

    @Test
    void aWrongBaseUrlIsAUsageErrorInItalian() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"build", "--lang", "it", "--base-url", "www.comune.esempio.it",
                tmp.resolve("nessuna").toString(), "--out", tmp.resolve("sito").toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(2, exit, err.toString());
        assertTrue(err.toString().contains("--base-url www.comune.esempio.it: non è un indirizzo web. Scrivi l’indirizzo "
                + "completo a cui sarà pubblicata la cartella del sito, che comincia con https://"), err.toString());
        assertTrue(Files.notExists(tmp.resolve("sito")), "nothing is written");
    }
}

package it.policydoc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import it.policydoc.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing outside the policies folder is read, and nothing that is not a plain file is opened:
 * links that lead out (a policy, comune.yaml, a comune folder, a base policy, a {@code _base}
 * folder, a chapter, the handbook folder, the stemma), FIFOs, unreadable files.
 */
class OutsideInputsTest {

    @TempDir
    Path tmp;

    private Path policies;
    private Path outside;
    private LoaderFixture fx;

    @BeforeEach
    void folders() throws IOException {
        policies = Files.createDirectories(tmp.resolve("policies"));
        outside = Files.createDirectories(tmp.resolve("fuori"));
        fx = new LoaderFixture(policies);
    }

    /** "code file:line:col" of every diagnostic. */
    private static List<String> where(LoadResult result) {
        return result.diagnostics().stream()
                .map(d -> d.code() + " " + d.pos().file().getFileName() + ":" + d.pos().line() + ":" + d.pos().column())
                .toList();
    }

    private static String italian(LoadResult result) {
        return LoaderFixture.printed(result, Locale.ITALIAN);
    }

    private Path secret(String name, String text) throws IOException {
        return Files.writeString(outside.resolve(name), text);
    }

    @Test
    void aPolicyFileLinkedOutsideIsRefusedAndNotRead() throws IOException {
        Files.createSymbolicLink(fx.folder.resolve("prova.yaml"), secret("segreto.yaml", LoaderFixture.POLICY));
        LoadResult result = LoaderFixture.load(policies);
        assertEquals(List.of("input-outside-root prova.yaml:1:1"), where(result));
        assertEquals(List.of(), result.policies());
        assertTrue(italian(result).contains("è un collegamento (symlink) che porta fuori dalla cartella delle policy"),
                italian(result));
        assertEquals(List.of("input-outside-root prova.yaml:1:1"), where(LoaderFixture.load(fx.folder.resolve("prova.yaml"))),
                "named directly on the command line too");
    }

    @Test
    void aComuneYamlLinkedOutsideIsRefused() throws IOException {
        fx.policy(LoaderFixture.POLICY);
        Files.delete(fx.folder.resolve("comune.yaml"));
        Files.createSymbolicLink(fx.folder.resolve("comune.yaml"), secret("comune.yaml", LoaderFixture.COMUNE));
        assertEquals(List.of("input-outside-root comune.yaml:1:1"), where(LoaderFixture.load(policies)));
    }

    @Test
    void aComuneFolderLinkedOutsideIsRefused() throws IOException {
        fx.policy(LoaderFixture.POLICY);
        Path elsewhere = Files.createDirectories(outside.resolve("altro"));
        Files.writeString(elsewhere.resolve("comune.yaml"), LoaderFixture.COMUNE);
        Files.writeString(elsewhere.resolve("segreta.yaml"), LoaderFixture.POLICY);
        Files.createSymbolicLink(policies.resolve("altro"), elsewhere);
        LoadResult result = LoaderFixture.load(policies);
        assertEquals(List.of("input-outside-root altro:1:1"), where(result));
        assertEquals(1, result.policies().size(), "the other comune is still read");
        assertEquals(List.of("input-outside-root altro:1:1"), where(LoaderFixture.load(policies.resolve("altro"))));
    }

    @Test
    void aBaseFolderLinkedOutsideIsRefusedAtTheEstendeLine() throws IOException {
        Path base = Files.createDirectories(outside.resolve("base"));
        Files.writeString(base.resolve("policy.yaml"), LoaderFixture.POLICY);
        Files.createSymbolicLink(policies.resolve("_base"), base);
        fx.policy("estende: ../_base/policy.yaml\nstato: bozza\n");
        LoadResult result = LoaderFixture.load(policies);
        assertEquals(List.of("extends-outside prova.yaml:1:10"), where(result));
        assertTrue(italian(result).contains("deve essere un file della cartella delle policy"));
    }

    @Test
    void aBasePolicyFileLinkedOutsideIsRefused() throws IOException {
        Path base = Files.createDirectories(policies.resolve("_base"));
        Files.createSymbolicLink(base.resolve("policy.yaml"), secret("base.yaml", LoaderFixture.POLICY));
        fx.policy("estende: ../_base/policy.yaml\nstato: bozza\n");
        assertEquals(List.of("extends-outside prova.yaml:1:10"), where(LoaderFixture.load(policies)));
    }

    @Test
    void aLinkThatStaysInsideThePoliciesFolderIsFollowed() throws IOException {
        Path shared = Files.createDirectories(policies.resolve("_condivisi"));
        Files.createSymbolicLink(fx.folder.resolve("prova.yaml"),
                Files.writeString(shared.resolve("testo.yaml"), LoaderFixture.POLICY));
        LoadResult result = LoaderFixture.load(policies);
        assertEquals(List.of(), where(result));
        assertEquals(1, result.policies().size());
    }

    @Test
    void aChapterOrTheHandbookFolderLinkedOutsideIsRefused() throws IOException {
        fx.policy(LoaderFixture.POLICY);
        Path handbook = Files.createDirectories(fx.folder.resolve("handbook"));
        Files.createSymbolicLink(handbook.resolve("01-segreto.adoc"), secret("segreto.adoc", "= Segreto\n"));
        assertEquals(List.of("asset-outside-folder 01-segreto.adoc:1:1"), where(LoaderFixture.load(policies)));

        Files.delete(handbook.resolve("01-segreto.adoc"));
        Files.delete(handbook);
        Path chapters = Files.createDirectories(outside.resolve("capitoli"));
        Files.writeString(chapters.resolve("01-segreto.adoc"), "= Segreto\n");
        Files.createSymbolicLink(handbook, chapters);
        assertEquals(List.of("input-outside-root handbook:1:1"), where(LoaderFixture.load(policies)));
    }

    @Test
    void aStemmaLinkedOutsideIsRefused() throws IOException {
        fx.policy(LoaderFixture.POLICY);
        Files.createSymbolicLink(fx.folder.resolve("stemma.png"), secret("foto.png", "x"));
        fx.write("comune.yaml", LoaderFixture.COMUNE + "stemma: stemma.png\n");
        assertEquals(List.of("asset-outside-folder comune.yaml:5:9"), where(LoaderFixture.load(policies)));
    }

    @Test
    void aFifoIsRefusedWithoutBeingOpened() throws Exception {
        fx.policy(LoaderFixture.POLICY);
        Files.delete(fx.folder.resolve("comune.yaml"));
        fifo(fx.folder.resolve("comune.yaml"));
        fifo(fx.folder.resolve("altra.yaml"));
        Path handbook = Files.createDirectories(fx.folder.resolve("handbook"));
        fifo(handbook.resolve("01-capitolo.adoc"));
        LoadResult result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> LoaderFixture.load(policies),
                "a FIFO must not be opened: opening one waits for a writer forever");
        assertEquals(List.of("input-special-file comune.yaml:1:1", "input-special-file altra.yaml:1:1"), where(result));
        assertTrue(italian(result).contains("non è un file normale (è una FIFO, un dispositivo o un socket)"));
    }

    @Test
    void aFifoAsStemmaOrChapterIsRefused() throws Exception {
        fx.policy(LoaderFixture.POLICY);
        fifo(fx.folder.resolve("stemma.png"));
        fx.write("comune.yaml", LoaderFixture.COMUNE + "stemma: stemma.png\n");
        fifo(Files.createDirectories(fx.folder.resolve("handbook")).resolve("01-capitolo.adoc"));
        LoadResult result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> LoaderFixture.load(policies));
        assertEquals(List.of("input-special-file stemma.png:1:1", "input-special-file 01-capitolo.adoc:1:1"),
                where(result));
    }

    @Test
    void aLinkLoopOrAFolderWhereAFileShouldBeCannotBeRead() throws IOException {
        // Both fail to read even for root, who can read a chmod 000 file.
        fx.policy(LoaderFixture.POLICY);
        Files.createSymbolicLink(fx.folder.resolve("giro.yaml"), fx.folder.resolve("giro.yaml"));
        LoadResult result = LoaderFixture.load(policies);
        assertEquals(List.of("read-failed giro.yaml:1:1"), where(result));
        assertTrue(italian(result).contains("impossibile leggere il file"), italian(result));

        Files.delete(fx.folder.resolve("giro.yaml"));
        Files.delete(fx.folder.resolve("comune.yaml"));
        Files.createDirectories(fx.folder.resolve("comune.yaml"));
        assertEquals(List.of("read-failed comune.yaml:1:1"), where(LoaderFixture.load(policies)));
    }

    @Test
    void anUnreadableFileIsReportedNotSkipped() throws IOException {
        Path file = fx.policy(LoaderFixture.POLICY);
        assumeTrue(Files.getFileStore(file).supportsFileAttributeView("posix"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        // Root reads any file whatever its permissions: only there this case cannot be made.
        assumeFalse(Files.isReadable(file), "running as root: chmod 000 does not stop reading");
        LoadResult result = LoaderFixture.load(policies);
        assertEquals(List.of("read-failed prova.yaml:1:1"), where(result));
        assertTrue(result.diagnostics().stream().allMatch(Diagnostic::isError));
    }

    static void fifo(Path path) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is not available here");
    }
}

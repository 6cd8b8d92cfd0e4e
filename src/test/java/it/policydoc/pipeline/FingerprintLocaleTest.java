package it.policydoc.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import it.policydoc.testing.ChildJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A comune's fingerprint is the same whatever the locale the build runs in: a file name such as
 * "attività.adoc" is decoded to question marks under {@code LANG=C}, and must not make every
 * comune look changed after a locale change.
 */
class FingerprintLocaleTest {

    @TempDir
    Path tmp;

    @Test
    void aNonAsciiFileNameGivesTheSameFingerprintInEveryLocale() throws Exception {
        assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")),
                "the test writes a non-ASCII file name, which needs a UTF-8 locale to start from");
        Path folder = Files.createDirectories(tmp.resolve("borgo"));
        Files.writeString(folder.resolve("comune.yaml"), "nome: Borgo\n");
        Files.writeString(folder.resolve("policy.yaml"), "titolo: Prova\n");
        Files.writeString(Files.createDirectories(folder.resolve("handbook")).resolve("01-attività.adoc"), "= Attività\n");

        List<String> posix = fingerprint(folder, "C");
        List<String> utf8 = fingerprint(folder, "C.UTF-8");
        assertNotEquals("UTF-8", posix.get(0), "LANG=C must give the child another file name encoding");
        assertEquals("UTF-8", utf8.get(0));
        assertEquals(utf8.get(1), posix.get(1));

        Files.move(folder.resolve("handbook/01-attività.adoc"), folder.resolve("handbook/01-attivita.adoc"));
        assertNotEquals(utf8.get(1), fingerprint(folder, "C.UTF-8").get(1), "a renamed file still counts");
    }

    /** The child's file name encoding, then the fingerprint. */
    private List<String> fingerprint(Path folder, String locale) throws IOException, InterruptedException {
        Map<String, String> environment = new HashMap<>();
        environment.put("LANG", locale);
        environment.put("LC_ALL", locale);
        environment.put("LC_CTYPE", locale);
        Path log = tmp.resolve("fingerprint-" + locale + ".txt");
        Process child = ChildJvm.start(PrintFingerprint.class, List.of(folder.toString()), environment, log);
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child did not end");
        List<String> lines = Files.readAllLines(log);
        assertEquals(0, child.exitValue(), String.join("\n", lines));
        return lines.subList(lines.size() - 2, lines.size());
    }
}

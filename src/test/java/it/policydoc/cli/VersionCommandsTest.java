package it.policydoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What approve, amend and diff refuse, each with a message that says what to do, and change nothing. */
class VersionCommandsTest {

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private Path copy(String comune) throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("policies").resolve(comune));
        for (String name : new String[] {"comune.yaml", "social-media-policy.yaml"}) {
            Files.copy(Path.of("policies", comune, name), folder.resolve(name));
        }
        return folder.resolve("social-media-policy.yaml");
    }

    @Test
    void aDraftCannotBeAmendedNorComparedWithATextInForce() throws IOException {
        Path file = copy("coccaglio");
        String before = Files.readString(file);
        Run amend = run("amend", file.toString(), "--lang", "it");
        assertEquals(1, amend.code());
        assertTrue(amend.err().contains("amend-not-approved") && amend.err().contains("policydoc approva"), amend.err());
        Run diff = run("diff", file.toString(), "--lang", "it");
        assertEquals(1, diff.code());
        assertTrue(diff.err().contains("diff-no-version"), diff.err());
        assertEquals(before, Files.readString(file));
    }

    @Test
    void anApprovedPolicyIsFrozenBeforeItIsAmended() throws IOException {
        Path file = copy("porto-sant-elpidio");
        Run amend = run("modifica", file.toString(), "--lang", "it");
        assertEquals(1, amend.code());
        assertTrue(amend.err().contains("amend-not-frozen"), amend.err());
    }

    @Test
    void approvalsGoForwardInTime() throws IOException {
        Path file = copy("porto-sant-elpidio");
        assertEquals(0, run("approve", file.toString(), "--number", "260", "--date", "2022-12-15").code());
        String frozen = Files.readString(file);
        Run earlier = run("approve", file.toString(), "--number", "1", "--date", "2022-01-01", "--lang", "it");
        assertEquals(1, earlier.code());
        assertTrue(earlier.err().contains("approve-before-latest") && earlier.err().contains("15 dicembre 2022"),
                earlier.err());
        Run unamended = run("approve", file.toString(), "--number", "2", "--date", "2023-01-01", "--lang", "it");
        assertEquals(1, unamended.code());
        assertTrue(unamended.err().contains("approve-without-amendment"), unamended.err());
        assertEquals(frozen, Files.readString(file));
        assertFalse(Files.exists(file.resolveSibling("versioni/social-media-policy/2023-01-01.yaml")));
    }

    @Test
    void aVersionNotWrittenByApproveIsAnError() throws IOException {
        Path file = copy("porto-sant-elpidio");
        Path versions = Files.createDirectories(file.resolveSibling("versioni/social-media-policy"));
        Files.copy(file, versions.resolve("2022-12-15.yaml"));
        Files.writeString(versions.resolve("bozza.yaml"), "titolo: x\n");
        Run check = run("check", file.getParent().toString(), "--lang", "it");
        assertEquals(1, check.code());
        assertTrue(check.err().contains("version-unsealed"), check.err());
        assertTrue(check.err().contains("version-file-name") && check.err().contains("bozza.yaml"), check.err());
    }

    @Test
    void anApprovedTextChangedInPlaceIsAnError() throws IOException {
        Path file = copy("porto-sant-elpidio");
        assertEquals(0, run("approve", file.toString(), "--number", "260", "--date", "2022-12-15").code());
        Files.writeString(file, Files.readString(file).replace("I commenti devono riguardare", "I commenti riguardano"));
        Run check = run("check", file.getParent().toString(), "--lang", "it");
        assertEquals(1, check.code());
        assertTrue(check.err().contains("approved-text-changed") && check.err().contains("policydoc modifica"),
                check.err());
    }
}

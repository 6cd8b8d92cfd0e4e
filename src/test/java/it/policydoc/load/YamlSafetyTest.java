package it.policydoc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a hostile or broken file gets: a diagnostic at the place, never an exception or a hang. */
class YamlSafetyTest {

    @TempDir
    Path tmp;

    private LoaderFixture fx;

    @BeforeEach
    void setUp() throws IOException {
        fx = new LoaderFixture(tmp);
    }

    private List<String> problemsOf(String policyYaml) throws IOException {
        fx.policy(policyYaml);
        LoadResult result = fx.load();
        assertTrue(result.policies().isEmpty(), "a broken file yields no policy");
        return LoaderFixture.where(result);
    }

    @Test
    void typeTagsAreRefused() throws IOException {
        assertEquals(List.of("yaml-tag@1:9"), problemsOf(LoaderFixture.POLICY.replace("titolo: Policy di prova",
                "titolo: !!java.net.URL [\"http://example.com\"]")));
        assertEquals(List.of("yaml-tag@2:8"), problemsOf(LoaderFixture.POLICY.replace("stato: bozza", "stato: !!binary Ym96emE=")));
    }

    @Test
    void aliasBombIsStoppedWithADiagnostic() throws IOException {
        StringBuilder yaml = new StringBuilder("a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = c;
        }
        List<String> problems = problemsOf(yaml.toString());
        assertEquals(1, problems.size(), problems::toString);
        assertEquals("yaml-too-many-aliases@1:1", problems.get(0));
    }

    @Test
    void duplicateKeysAreRefused() throws IOException {
        assertEquals(List.of("duplicate-key@2:1"), problemsOf(LoaderFixture.POLICY.replace("stato: bozza", "titolo: Altro")));
    }

    @Test
    void colonInsideAnUnquotedTextGetsAHint() throws IOException {
        assertEquals(List.of("yaml-colon-in-text@7:9"), problemsOf(LoaderFixture.POLICY.replace(
                "- La presente policy disciplina i profili social.", "- Nota bene: la policy vale per tutti.")));
        assertEquals(List.of("yaml-colon-in-text@1:18"), problemsOf(LoaderFixture.POLICY.replace(
                "titolo: Policy di prova", "titolo: Policy di: prova")));
    }

    @Test
    void tabIndentation() throws IOException {
        List<String> problems = problemsOf(LoaderFixture.POLICY.replace("    id: oggetto", "\tid: oggetto"));
        assertEquals(List.of("yaml-tab@5:1"), problems);
    }

    @Test
    void otherSyntaxErrorsNameTheProblem() throws IOException {
        fx.policy("titolo: [Policy\nstato: bozza\n");
        Diagnostic d = LoaderFixture.only(fx.load());
        assertEquals("yaml-starts-with-bracket", d.code());
        assertEquals(List.of(1, 9), List.of(d.pos().line(), d.pos().column()), "the bracket that opened a list");
    }

    @Test
    void emptyFile() throws IOException {
        assertEquals(List.of("empty-file@1:1"), problemsOf("# solo un commento\n"));
    }

    @Test
    void fileThatIsNotUtf8() throws IOException {
        Files.write(fx.folder.resolve("prova.yaml"), "titolo: Citt\u00e0\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals(List.of("invalid-encoding@1:1"), LoaderFixture.where(fx.load()));
    }

    @Test
    void byteOrderMarkOfWindowsEditorsIsAccepted() throws IOException {
        fx.policy("\uFEFF" + LoaderFixture.POLICY);
        assertEquals(List.of(), LoaderFixture.where(fx.load()));
    }

    @Test
    void hugeFileIsRefusedBeforeParsing() throws IOException {
        fx.policy(LoaderFixture.POLICY + "# " + "x".repeat(YamlReader.MAX_BYTES) + "\n");
        assertEquals(List.of("file-too-large@1:1"), LoaderFixture.where(fx.load()));
    }

    @Test
    void rootThatIsNotAMapping() throws IOException {
        assertEquals(List.of("wrong-type@1:1"), problemsOf("- solo\n- un elenco\n"));
    }
}

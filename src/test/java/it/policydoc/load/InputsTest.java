package it.policydoc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The paths a user can name, and what is wrong with them. */
class InputsTest {

    @TempDir
    Path tmp;

    private static List<String> codes(LoadResult result) {
        return result.diagnostics().stream().map(d -> d.code() + " " + d.pos().file().getFileName()).toList();
    }

    @Test
    void aPoliciesFolderAComuneFolderOrAPolicyFileAllWork() throws IOException {
        LoaderFixture fx = new LoaderFixture(tmp);
        Path file = fx.policy(LoaderFixture.POLICY);
        fx.write("altra.yaml", LoaderFixture.POLICY);
        assertEquals(2, LoaderFixture.load(tmp).policies().size());
        assertEquals(2, LoaderFixture.load(fx.folder).policies().size());
        assertEquals(List.of("prova"), LoaderFixture.load(file).policies().stream().map(p -> p.slug()).toList());
        assertEquals(2, LoaderFixture.load(fx.folder.resolve("comune.yaml")).policies().size());
        assertEquals(2, LoaderFixture.load(fx.folder, tmp, file).policies().size(), "each policy is read once");
    }

    @Test
    void missingPath() {
        assertEquals(List.of("input-not-found nowhere"), codes(LoaderFixture.load(tmp.resolve("nowhere"))));
    }

    @Test
    void fileThatIsNotYaml() throws IOException {
        Path doc = Files.writeString(tmp.resolve("policy.docx"), "x");
        assertEquals(List.of("not-a-yaml-file policy.docx"), codes(LoaderFixture.load(doc)));
    }

    @Test
    void folderWithoutPolicies() throws IOException {
        Files.createDirectories(tmp.resolve("vuota"));
        assertEquals(List.of("no-policies vuota"), codes(LoaderFixture.load(tmp.resolve("vuota"))));
    }

    @Test
    void comuneFolderWithoutComuneYaml() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("senza"));
        Files.writeString(folder.resolve("policy.yaml"), LoaderFixture.POLICY);
        assertEquals(List.of("missing-comune-file senza"), codes(LoaderFixture.load(tmp)));
        assertEquals(List.of("missing-comune-file senza"), codes(LoaderFixture.load(folder.resolve("policy.yaml"))));
    }

    @Test
    void foldersStartingWithUnderscoreOrDotAreNotComuni() throws IOException {
        new LoaderFixture(tmp).policy(LoaderFixture.POLICY);
        Path base = Files.createDirectories(tmp.resolve("_base"));
        Files.writeString(base.resolve("policy.yaml"), "non: valido");
        assertEquals(List.of(), codes(LoaderFixture.load(tmp)));
    }

    @Test
    void twoComuniWithTheSameFolderName() throws IOException {
        new LoaderFixture(Files.createDirectories(tmp.resolve("a"))).policy(LoaderFixture.POLICY);
        new LoaderFixture(Files.createDirectories(tmp.resolve("b"))).policy(LoaderFixture.POLICY);
        LoadResult result = LoaderFixture.load(tmp.resolve("a"), tmp.resolve("b"));
        assertEquals(List.of("duplicate-comune comune.yaml"), codes(result));
        assertEquals(1, result.policies().size());
    }

    @Test
    void fileNamesBecomeAddressesSoTheyMustBeSimple() throws IOException {
        LoaderFixture fx = new LoaderFixture(tmp);
        fx.write("Social Policy.yaml", LoaderFixture.POLICY);
        LoadResult result = fx.load();
        assertEquals(List.of("policy-file-misnamed Social Policy.yaml"), codes(result));
        assertEquals(List.of("Social Policy.yaml", "social-policy.yaml"), result.diagnostics().get(0).args());
        assertEquals(List.of(), result.policies());
    }

    @Test
    void misnamedPolicyFilesAreNamedWithTheNameExpected() throws IOException {
        LoaderFixture fx = new LoaderFixture(tmp);
        fx.write("social-media-policy.yaml.txt", LoaderFixture.POLICY);
        fx.write("regolamento.yml", LoaderFixture.POLICY);
        fx.write("Policy Social Città.YAML", LoaderFixture.POLICY);
        fx.write("leggimi.txt", "appunti");
        LoadResult result = fx.load();
        assertEquals(List.of("policy-file-misnamed Policy Social Città.YAML", "policy-file-misnamed regolamento.yml",
                "policy-file-misnamed social-media-policy.yaml.txt"), codes(result));
        assertEquals(List.of("policy-social-citta.yaml", "regolamento.yaml", "social-media-policy.yaml"),
                result.diagnostics().stream().map(d -> d.args().get(1)).toList());
        assertTrue(result.diagnostics().stream().allMatch(d -> d.isError() && d.pos().line() == 1 && d.pos().column() == 1));
        String italian = LoaderFixture.printed(result, Locale.ITALIAN);
        assertTrue(italian.contains("social-media-policy.yaml.txt:1:1: errore: policy-file-misnamed il file"
                + " «social-media-policy.yaml.txt» sembra una policy"), italian);
        assertTrue(italian.contains("rinominalo «social-media-policy.yaml»"), italian);
    }

    @Test
    void aComuneFolderWithoutAnyPolicyIsAnError() throws IOException {
        LoaderFixture fx = new LoaderFixture(tmp);
        LoadResult result = LoaderFixture.load(tmp);
        assertEquals(List.of("no-policy-in-comune borgo"), codes(result));
        assertTrue(result.diagnostics().get(0).isError());
        assertTrue(LoaderFixture.printed(result, Locale.ITALIAN).contains("c’è comune.yaml ma nessuna policy"));
        assertEquals(fx.folder, result.diagnostics().get(0).pos().file());
    }

    @Test
    void aMisnamedComuneYamlIsNamedToo() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("borgo"));
        Files.writeString(folder.resolve("comune.yaml.txt"), LoaderFixture.COMUNE);
        Files.writeString(folder.resolve("social-media-policy.yaml"), LoaderFixture.POLICY);
        LoadResult result = LoaderFixture.load(tmp);
        assertEquals(List.of("comune-file-misnamed comune.yaml.txt"), codes(result));
        assertEquals(List.of("comune.yaml.txt", "comune.yaml"), result.diagnostics().get(0).args());
    }

    @Test
    void aBrokenComuneYamlIsReportedAndItsPoliciesStillChecked() throws IOException {
        LoaderFixture fx = new LoaderFixture(tmp);
        fx.write("comune.yaml", LoaderFixture.COMUNE.replace("nome:", "nom:"));
        fx.policy(LoaderFixture.POLICY.replace("stato: bozza", "stato: forse"));
        assertEquals(List.of("unknown-key comune.yaml", "invalid-value prova.yaml"), codes(fx.load()));
    }
}

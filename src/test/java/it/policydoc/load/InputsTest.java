package it.policydoc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    void aBrokenComuneYamlIsReportedAndItsPoliciesStillChecked() throws IOException {
        LoaderFixture fx = new LoaderFixture(tmp);
        fx.write("comune.yaml", LoaderFixture.COMUNE.replace("nome:", "nom:"));
        fx.policy(LoaderFixture.POLICY.replace("stato: bozza", "stato: forse"));
        assertEquals(List.of("unknown-key comune.yaml", "invalid-value prova.yaml"), codes(fx.load()));
    }
}

package it.policydoc.render.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.load.LoadResult;
import it.policydoc.load.PolicyLoader;
import it.policydoc.model.Policy;
import it.policydoc.testing.PolicyTexts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** YAML → model → YAML → model gives the same model, for both bundled policies. */
class PolicyYamlWriterTest {

    private static final String SCHEMA = "../../src/main/resources/schema/policy.schema.json";

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"coccaglio", "porto-sant-elpidio"})
    void roundTripKeepsTheModel(String comune) throws IOException {
        Policy original = load(Path.of("policies", comune));
        String written = new PolicyYamlWriter().write(original, SCHEMA, List.of("Scritto da un test."));
        Path folder = temp.resolve(comune);
        Files.createDirectories(folder);
        Files.copy(Path.of("policies", comune, "comune.yaml"), folder.resolve("comune.yaml"));
        Files.writeString(folder.resolve("social-media-policy.yaml"), written, StandardCharsets.UTF_8);
        Policy reread = load(folder);

        assertTrue(written.startsWith("# yaml-language-server: $schema=" + SCHEMA + "\n#\n# Scritto da un test.\n"),
                written.substring(0, 200));
        assertEquals(Shape.of(original), Shape.of(reread));
        assertEquals(PolicyTexts.inReadingOrder(original), PolicyTexts.inReadingOrder(reread));
        assertEquals(original.metadata().acts().stream().map(a -> a.number() + " " + a.date() + " " + a.subject()).toList(),
                reread.metadata().acts().stream().map(a -> a.number() + " " + a.date() + " " + a.subject()).toList());
        assertEquals(written, new PolicyYamlWriter().write(reread, SCHEMA, List.of("Scritto da un test.")));
    }

    private static Policy load(Path folder) {
        LoadResult result = new PolicyLoader().load(List.of(folder));
        assertEquals(List.of(), result.diagnostics());
        return result.policies().get(0);
    }
}

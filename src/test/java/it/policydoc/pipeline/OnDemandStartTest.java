package it.policydoc.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.util.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cold run makes only what it needs: a check reads the schemas but makes no writer, a build
 * with nothing changed reads neither, and a build that renders makes both.
 */
class OnDemandStartTest {

    @TempDir
    Path tmp;

    @Test
    void aCheckMakesNoWriter() {
        PolicyBuild build = new PolicyBuild(1);
        assertFalse(build.check(List.of(Path.of("policies"))).hasErrors());
        assertTrue(build.loader().schemasLoaded());
        assertFalse(build.writersMade(), "check made the writers");
    }

    @Test
    void aBuildWithNothingChangedLoadsNoSchemaAndMakesNoWriter() throws IOException {
        Path policies = copyOfBundledPolicies();
        Path out = tmp.resolve("site");
        PolicyBuild first = new PolicyBuild(1);
        assertEquals(2, first.build(List.of(policies), out).rendered());
        assertTrue(first.writersMade());

        PolicyBuild again = new PolicyBuild(1);
        PolicyBuild.Outcome outcome = again.build(List.of(policies), out);
        assertEquals(0, outcome.rendered());
        assertEquals(2, outcome.policies());
        assertFalse(again.loader().schemasLoaded(), "a build with nothing changed loaded the schemas");
        assertFalse(again.writersMade(), "a build with nothing changed made the writers");

        Path policy = policies.resolve("coccaglio/social-media-policy.yaml");
        String text = Files.readString(policy);
        assertTrue(text.contains("modalità aperta ovvero"));
        Files.writeString(policy, text.replace("modalità aperta ovvero", "modalità aperta, ovvero"));
        PolicyBuild afterEdit = new PolicyBuild(1);
        assertEquals(1, afterEdit.build(List.of(policies), out).rendered());
        assertTrue(afterEdit.loader().schemasLoaded());
        assertTrue(afterEdit.writersMade());
    }

    private Path copyOfBundledPolicies() throws IOException {
        Path to = tmp.resolve("policies");
        Folders.copy(Path.of("policies"), to);
        return to;
    }
}

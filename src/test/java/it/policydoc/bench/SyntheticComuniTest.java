package it.policydoc.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.load.LoadResult;
import it.policydoc.load.PolicyLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticComuniTest {

    @Test
    void makesValidComuniSomeOfWhichExtendASharedBase(@TempDir Path tmp) throws IOException {
        Path policies = tmp.resolve("policies");
        assertEquals(6, SyntheticComuni.write(Path.of("policies"), policies, 6));
        LoadResult loaded = new PolicyLoader().load(List.of(policies));
        assertTrue(loaded.diagnostics().stream().noneMatch(d -> d.isError()), loaded.diagnostics()::toString);
        assertEquals(6, loaded.policies().size());
        assertEquals(2, loaded.policies().stream().filter(p -> p.base().isPresent()).count());
        assertEquals(6, loaded.policies().stream().map(p -> p.comune().istatCode()).distinct().count());
        assertTrue(Files.isDirectory(policies.resolve(SyntheticComuni.BASE_FOLDER)));
    }
}

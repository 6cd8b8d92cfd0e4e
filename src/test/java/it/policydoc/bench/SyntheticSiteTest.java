package it.policydoc.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.pipeline.PolicyBuild;
import it.policydoc.site.SitePaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hundred comuni: every output written once, then a second build that renders nothing. */
class SyntheticSiteTest {

    private static final int COMUNI = 100;
    private static final List<String> OUTPUTS = List.of(SitePaths.PAGE, SitePaths.FRAGMENT, SitePaths.DELIBERATION,
            SitePaths.HANDBOOK_PAGE, SitePaths.HANDBOOK_PDF);

    @Test
    void everyOutputOfAHundredComuniAndNothingTheSecondTime(@TempDir Path tmp) throws IOException {
        Path policies = tmp.resolve("policies");
        Path out = tmp.resolve("site");
        SyntheticComuni.write(Path.of("policies"), policies, COMUNI);
        PolicyBuild build = new PolicyBuild(2);

        PolicyBuild.Outcome first = build.build(List.of(policies), out);
        assertFalse(first.hasErrors(), first.diagnostics()::toString);
        assertEquals(COMUNI, first.rendered());
        try (Stream<Path> comuni = Files.list(out)) {
            List<Path> folders = comuni.filter(p -> p.getFileName().toString().startsWith("comune-")).toList();
            assertEquals(COMUNI, folders.size());
            for (Path comune : folders) {
                try (Stream<Path> policyFolders = Files.list(comune)) {
                    for (Path policy : policyFolders.toList()) {
                        for (String output : OUTPUTS) {
                            assertTrue(Files.size(policy.resolve(output)) > 0, policy.resolve(output)::toString);
                        }
                    }
                }
            }
        }

        PolicyBuild.Outcome second = build.build(List.of(policies), out);
        assertEquals(0, second.rendered());
        assertEquals(COMUNI, second.policies());
    }
}

package it.policydoc.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.load.LoadResult;
import it.policydoc.load.PolicyLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
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

    @Test
    void percentilesAreNearestRank() {
        List<Duration> times = List.of(5, 1, 4, 2, 3, 10, 6, 7, 9, 8).stream().map(Duration::ofMillis).toList();
        BenchReport report = new BenchReport(10, 10, 10, 2, 1, Duration.ofSeconds(2), times, 1, Duration.ZERO,
                Optional.empty());
        assertEquals(Duration.ofMillis(5), report.perComunePercentile(0.5));
        assertEquals(Duration.ofMillis(10), report.perComunePercentile(0.95));
        assertEquals(5.0, report.comuniPerSecond(), 1e-9);
    }
}

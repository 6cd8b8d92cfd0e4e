package it.policydoc.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The preview benchmark's edit and its figures. */
class PreviewLatencyTest {

    @Test
    void theEditAddsAWordToAPlainOrQuotedTitleAndNothingElse() {
        assertEquals("a: 1\ntitolo: Policy (prova 2)\ntitolo_breve: x\n",
                PreviewLatency.retitled("a: 1\ntitolo: Policy\ntitolo_breve: x\n", 2));
        assertEquals("titolo: \"Policy: social (prova 0)\"",
                PreviewLatency.retitled("titolo: \"Policy: social\"", 0));
    }

    @Test
    void percentilesAreNearestRank() {
        PreviewLatency latency = new PreviewLatency(List.of(Duration.ofMillis(300), Duration.ofMillis(100),
                Duration.ofMillis(200), Duration.ofMillis(400)));
        assertEquals(Duration.ofMillis(200), latency.percentile(0.5));
        assertEquals(Duration.ofMillis(400), latency.percentile(0.95));
        assertEquals(Duration.ofMillis(100), latency.edits().get(0));
    }
}

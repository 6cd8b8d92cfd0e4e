package it.policydoc.bench;

import java.time.Duration;
import java.util.List;

/** Repeated timings of one thing, sorted: median, least and most. */
public record Timings(List<Duration> runs) {

    public Timings {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no run timed");
        }
        runs = runs.stream().sorted().toList();
    }

    /** The middle run (the upper one of the two middle runs of an even count). */
    public Duration median() {
        return runs.get(runs.size() / 2);
    }

    public Duration min() {
        return runs.get(0);
    }

    public Duration max() {
        return runs.get(runs.size() - 1);
    }

    public int count() {
        return runs.size();
    }
}

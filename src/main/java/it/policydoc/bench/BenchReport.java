package it.policydoc.bench;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The figures of one benchmark run.
 *
 * @param comuni synthetic comuni built
 * @param policies policies published
 * @param pdfs PDF files written
 * @param threads worker threads
 * @param maxHeapBytes the heap limit of the JVM that ran it
 * @param fullBuild time of the build from scratch
 * @param perComune work time of each comune in that build
 * @param peakHeapBytes the most heap in use at once during that build (sampled)
 * @param noOpRebuild time of a second build with nothing changed
 * @param coldRuns times of whole {@code ./policydoc build} processes on the bundled policies, if measured
 */
public record BenchReport(
        int comuni,
        int policies,
        long pdfs,
        int threads,
        long maxHeapBytes,
        Duration fullBuild,
        List<Duration> perComune,
        long peakHeapBytes,
        Duration noOpRebuild,
        Optional<List<Duration>> coldRuns) {

    public BenchReport {
        perComune = perComune.stream().sorted().toList();
        coldRuns = coldRuns.map(runs -> runs.stream().sorted().toList());
    }

    public double comuniPerSecond() {
        return comuni / seconds(fullBuild);
    }

    public double pdfsPerSecond() {
        return pdfs / seconds(fullBuild);
    }

    /** The per-comune time below which {@code fraction} of the comuni fall (nearest rank). */
    public Duration perComunePercentile(double fraction) {
        if (perComune.isEmpty()) {
            return Duration.ZERO;
        }
        int rank = (int) Math.ceil(fraction * perComune.size());
        return perComune.get(Math.max(0, Math.min(perComune.size() - 1, rank - 1)));
    }

    private static double seconds(Duration d) {
        return Math.max(1e-9, d.toNanos() / 1e9);
    }
}

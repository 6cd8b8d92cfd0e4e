package it.policydoc.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;

/**
 * Everything one bench run measured, for printing.
 *
 * @param scales the builds of synthetic comuni, in the order of {@code --scale}
 * @param edits the builds after a one-comma edit, if measured
 * @param coldBuilds whole builds of the bundled policies into a new folder, if measured
 * @param exports the exports' cost per policy, warm
 */
public record BenchReport(Machine machine, List<ScaleRun> scales, Optional<EditRuns> edits,
        Optional<Timings> coldBuilds, ExportCost exports) {

    public BenchReport {
        scales = List.copyOf(scales);
    }

    /**
     * Where it ran.
     *
     * @param memoryBytes the machine's physical memory
     * @param heapBytes the heap limit of the bench process itself
     */
    public record Machine(int processors, long memoryBytes, long heapBytes) {

        public static Machine current() {
            long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getTotalMemorySize() : 0;
            return new Machine(Runtime.getRuntime().availableProcessors(), memory, Runtime.getRuntime().maxMemory());
        }
    }

    /** The run of {@code comuni} comuni, if {@code --scale} asked for it. */
    public Optional<ScaleRun> scale(int comuni) {
        return scales.stream().filter(s -> s.comuni() == comuni).findFirst();
    }
}

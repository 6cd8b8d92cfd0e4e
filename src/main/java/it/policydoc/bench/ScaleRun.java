package it.policydoc.bench;

import java.time.Duration;
import java.util.Optional;

/**
 * A whole {@code ./policydoc build DIR --out NEW} process on N synthetic comuni, from scratch,
 * then the same command again with nothing changed.
 *
 * @param comuni synthetic comuni built
 * @param pdfs PDF files the build wrote
 * @param fromScratch wall time of the first process
 * @param noOp wall times of the processes that found nothing changed
 * @param heap the heap after collections through the first process; empty where no GC log could be written
 */
public record ScaleRun(int comuni, long pdfs, Duration fromScratch, Timings noOp, Optional<HeapTenths> heap) {

    public double pdfsPerSecond() {
        return pdfs / Math.max(1e-9, fromScratch.toNanos() / 1e9);
    }
}

package it.policydoc.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Whether a build's memory stays flat as it goes through the comuni: for each tenth of the
 * comuni done, the least heap in use right after a collection while that tenth was built. What
 * survives a collection bounds the data the build holds on to (live data never exceeds it), so a
 * series that does not grow from the first tenth to the last shows memory flat in the number of
 * comuni; a tenth with a full collection gives the live data itself.
 *
 * @param leastAfterCollection per tenth, the least heap in use after a collection; empty when no
 *     collection ended during that tenth
 * @param fullCollection per tenth, whether a full collection ended during it
 */
public record HeapTenths(List<OptionalLong> leastAfterCollection, List<Boolean> fullCollection) {

    public static final int PARTS = 10;

    public HeapTenths {
        leastAfterCollection = List.copyOf(leastAfterCollection);
        fullCollection = List.copyOf(fullCollection);
    }

    /**
     * @param startMillis when the build started
     * @param comuniDoneMillis when each comune was done, in order
     */
    public static HeapTenths of(long startMillis, List<Long> comuniDoneMillis, List<GcLog.Collection> collections) {
        List<OptionalLong> least = new ArrayList<>();
        List<Boolean> full = new ArrayList<>();
        int comuni = comuniDoneMillis.size();
        long from = startMillis;
        for (int part = 1; part <= PARTS; part++) {
            int lastComune = Math.max(1, (int) Math.ceil(part * (double) comuni / PARTS));
            long to = comuni == 0 ? Long.MAX_VALUE : comuniDoneMillis.get(Math.min(comuni, lastComune) - 1);
            long fromMillis = from;
            List<GcLog.Collection> inPart = collections.stream()
                    .filter(c -> c.atMillis() > fromMillis && c.atMillis() <= to).toList();
            least.add(inPart.stream().mapToLong(GcLog.Collection::heapAfterBytes).min());
            full.add(inPart.stream().anyMatch(GcLog.Collection::full));
            from = to;
        }
        return new HeapTenths(least, full);
    }
}

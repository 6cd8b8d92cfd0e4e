package it.policydoc.history;

import java.util.HashSet;
import java.util.Set;

/**
 * Which matched units kept their order: of the units of a new sequence, those whose old
 * positions form the longest increasing run. The others moved.
 */
final class IncreasingRun {

    private IncreasingRun() {
    }

    /**
     * @param oldFor for each new position, the old position of the unit it continues, or -1
     * @return the new positions in the run
     */
    static Set<Integer> of(int[] oldFor) {
        int n = oldFor.length;
        int[] length = new int[n];
        int[] previous = new int[n];
        int end = -1;
        for (int i = 0; i < n; i++) {
            previous[i] = -1;
            if (oldFor[i] < 0) {
                continue;
            }
            length[i] = 1;
            for (int j = 0; j < i; j++) {
                if (oldFor[j] >= 0 && oldFor[j] < oldFor[i] && length[j] + 1 > length[i]) {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }
            if (end < 0 || length[i] > length[end]) {
                end = i;
            }
        }
        Set<Integer> kept = new HashSet<>();
        for (int i = end; i >= 0; i = previous[i]) {
            kept.add(i);
        }
        return kept;
    }
}

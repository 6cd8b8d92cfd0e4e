package it.policydoc.history;

import java.util.List;
import java.util.Optional;

/**
 * The Latin adverbs Italian drafting appends to the number of a unit inserted after it without
 * renumbering the others: 4-bis, 4-ter, 4-quater… A label is its base and, after a hyphen, the
 * adverb; a plain label ("4", "b") has none.
 */
public final class LatinSuffixes {

    private static final List<String> ADVERBS = List.of("bis", "ter", "quater", "quinquies", "sexies", "septies",
            "octies", "novies", "decies", "undecies", "duodecies", "terdecies", "quaterdecies", "quinquiesdecies",
            "sexiesdecies", "septiesdecies", "duodevicies", "undevicies", "vicies");

    private LatinSuffixes() {
    }

    /** "4" of "4-bis"; the label itself when it has no adverb. */
    public static String base(String label) {
        return suffixIndex(label) > 0 ? label.substring(0, label.lastIndexOf('-')) : label;
    }

    /** 0 for a plain label, 1 for bis, 2 for ter… */
    static int suffixIndex(String label) {
        int dash = label.lastIndexOf('-');
        if (dash < 0) {
            return 0;
        }
        int index = ADVERBS.indexOf(label.substring(dash + 1));
        return index < 0 ? 0 : index + 1;
    }

    /**
     * The label of the {@code index}-th unit inserted after {@code base}: "4-bis" for 1. Past
     * the twentieth, the adverbs run out and the count is written in figures ("4-21").
     */
    static String withSuffix(String base, int index) {
        if (index == 0) {
            return base;
        }
        return base + "-" + (index <= ADVERBS.size() ? ADVERBS.get(index - 1) : Integer.toString(index + 1));
    }

    /**
     * The first label after {@code previous} (same base, a later adverb) that {@code taken}
     * does not hold; {@code previous} empty means "before the first unit", written "01", "02"…
     */
    static String after(Optional<String> previous, java.util.function.Predicate<String> taken) {
        if (previous.isEmpty()) {
            for (int n = 1;; n++) {
                String label = "0" + n;
                if (!taken.test(label)) {
                    return label;
                }
            }
        }
        String base = base(previous.get());
        for (int index = suffixIndex(previous.get()) + 1;; index++) {
            String label = withSuffix(base, index);
            if (!taken.test(label)) {
                return label;
            }
        }
    }
}

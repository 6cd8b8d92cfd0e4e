package it.policydoc.text.refs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Writes internal addresses in Italian drafting style: "art. 4", "art. 4, comma 3, lettera b)",
 * "comma 2", and for several units "artt. 4 e 5", "art. 4, commi 2 e 3", "lettere a) e b)".
 * Pure functions of the addresses.
 */
public final class ProvisionLabels {

    /** One level of an address as written: "comma" / "commi" and "3". */
    private record Level(String singular, String plural, String value) {
        String write() {
            return singular + value;
        }
    }

    private ProvisionLabels() {
    }

    /** "art. 4, comma 3, lettera b)"; the levels the address leaves out are not written. */
    public static String label(ProvisionAddress address) {
        return String.join(", ", levels(address).stream().map(Level::write).toList());
    }

    /**
     * One label for units that differ only in their last level ("artt. 4 e 5", "art. 4, commi 2
     * e 3", "lettere a) e b)"); otherwise each unit's label, joined as an Italian list.
     */
    public static String label(List<ProvisionAddress> addresses) {
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("no address to write");
        }
        if (addresses.size() == 1) {
            return label(addresses.get(0));
        }
        List<List<Level>> written = addresses.stream().map(ProvisionLabels::levels).toList();
        List<Level> first = written.get(0);
        int last = first.size() - 1;
        boolean differOnlyInLastLevel = written.stream().allMatch(levels -> levels.size() == first.size()
                && levels.subList(0, last).equals(first.subList(0, last))
                && levels.get(last).plural().equals(first.get(last).plural()));
        if (!differOnlyInLastLevel) {
            return italianList(addresses.stream().map(ProvisionLabels::label).toList());
        }
        List<String> parts = new ArrayList<>(first.subList(0, last).stream().map(Level::write).toList());
        parts.add(first.get(last).plural() + italianList(written.stream().map(l -> l.get(last).value()).toList()));
        return String.join(", ", parts);
    }

    /**
     * "art. 4-bis, comma 3, lettera b)": the same, from the labels units carry once an approved
     * version froze their numbers; a level left empty is not written.
     */
    public static String label(Optional<String> article, Optional<String> comma, Optional<PointLabel> point) {
        return String.join(", ", levels(article, comma, point).stream().map(Level::write).toList());
    }

    private static List<Level> levels(ProvisionAddress address) {
        return levels(boxed(address.article()), boxed(address.comma()), address.point());
    }

    private static Optional<String> boxed(OptionalInt number) {
        return number.isPresent() ? Optional.of(Integer.toString(number.getAsInt())) : Optional.empty();
    }

    private static List<Level> levels(Optional<String> article, Optional<String> comma, Optional<PointLabel> point) {
        List<Level> levels = new ArrayList<>();
        article.ifPresent(a -> levels.add(new Level("art. ", "artt. ", a)));
        comma.ifPresent(c -> levels.add(new Level("comma ", "commi ", c)));
        point.ifPresent(p -> levels.add(p.kind() == PointLabel.Kind.LETTER
                ? new Level("lettera ", "lettere ", p.label() + ")")
                : new Level("punto ", "punti ", p.label())));
        return levels;
    }

    /** "a", "a e b", "a, b e c" */
    private static String italianList(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " e " + items.get(items.size() - 1);
    }
}

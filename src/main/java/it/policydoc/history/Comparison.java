package it.policydoc.history;

import java.util.List;
import java.util.Optional;

/**
 * Two versions of a policy compared unit by unit, in the new text's reading order, removed units
 * where they stood: what the testo a fronte shows and what {@code diff} summarises. Knows
 * nothing of HTML or PDF.
 *
 * @param rows every unit of either version, once
 */
public record Comparison(List<Row> rows) {

    /** What happened to a unit between the two versions. */
    public enum Change {
        UNCHANGED, CHANGED, INSERTED, REMOVED, MOVED;

        public String italian() {
            return switch (this) {
                case UNCHANGED -> "invariato";
                case CHANGED -> "modificato";
                case INSERTED -> "inserito";
                case REMOVED -> "abrogato";
                case MOVED -> "spostato";
            };
        }
    }

    /**
     * One unit: its number on either side (empty where it is not there), its words on either side
     * with the changed words marked, and, for a moved unit, where it was or where it went.
     *
     * @param depth 0 for the units at the top of the text, one more for each unit around it
     * @param oldAddress how the old version cites it ("art. 4, comma 2"), empty if it is new
     * @param newAddress how the new version cites it, empty if it was removed
     * @param movedFrom for a unit that moved, the old version's address of it
     */
    public record Row(
            int depth,
            UnitNode.Kind kind,
            Change change,
            Optional<String> oldLabel,
            Optional<String> newLabel,
            Optional<String> oldAddress,
            Optional<String> newAddress,
            Optional<String> movedFrom,
            List<WordDiff.Segment> oldWords,
            List<WordDiff.Segment> newWords) {

        public Row {
            oldWords = List.copyOf(oldWords);
            newWords = List.copyOf(newWords);
        }
    }

    public Comparison {
        rows = List.copyOf(rows);
    }

    /** The rows of units that changed in any way. */
    public List<Row> changes() {
        return rows.stream().filter(r -> r.change() != Change.UNCHANGED).toList();
    }
}

package it.policydoc.render.diff;

import java.util.List;

/**
 * What the testo a fronte templates draw: the two texts unit by unit, changes marked.
 *
 * @param heading "Testo a fronte" and what it belongs to (the proposal or the amending act)
 * @param oldHeading the left column: "Testo in vigore (versione del 15 dicembre 2022)"
 * @param newHeading the right column: "Testo modificato (proposta)"
 * @param summary one line per kind of change ("1 articolo inserito"…)
 */
public record SideBySideView(
        String comuneLabel,
        String provinceLabel,
        String titlePlain,
        String heading,
        String oldHeading,
        String newHeading,
        boolean proposal,
        List<String> summary,
        List<RowView> rows) {

    public SideBySideView {
        summary = List.copyOf(summary);
        rows = List.copyOf(rows);
    }

    /** A run of words on one side: {@code kind} is same, deleted or inserted. */
    public record WordsView(String kind, String text) {
    }

    /**
     * One unit on both sides.
     *
     * @param change "invariato", "modificato", "inserito", "abrogato", "spostato"
     * @param heading whether its words are a title (of a section or an article)
     * @param oldLabel its number on the left ("Art. 4", "3.", "b)"), or null
     * @param newLabel its number on the right, or null
     * @param oldNote what the left side says instead of words, or null ("spostato in art. 5, comma 2")
     * @param newNote what the right side says instead of words, or null ("(abrogato)")
     */
    public record RowView(
            int depth,
            String change,
            boolean heading,
            String oldLabel,
            String newLabel,
            List<WordsView> oldWords,
            List<WordsView> newWords,
            String oldNote,
            String newNote) {

        public RowView {
            oldWords = List.copyOf(oldWords);
            newWords = List.copyOf(newWords);
        }
    }
}

package it.policydoc.render;

import it.policydoc.history.UnitNote;
import it.policydoc.model.Act;
import it.policydoc.text.ItalianGrammar;

/**
 * The notes of a testo coordinato worded as Normattiva words them: "comma così modificato dalla
 * deliberazione della Giunta Comunale n. 45 del 10 maggio 2024", "articolo inserito dalla…",
 * "lettera abrogata dalla…". An act still proposed has its number and date left blank ("n. …
 * del …"), as the annex's heading leaves them, to be written in by hand or by the build that
 * follows the approval.
 */
public final class AmendmentNoteWording {

    /** What a unit is called in a note, and whether the noun is feminine. */
    public record Noun(String word, boolean feminine) {

        public static final Noun ARTICLE = new Noun("articolo", false);
        public static final Noun COMMA = new Noun("comma", false);
        public static final Noun LETTER = new Noun("lettera", true);
        public static final Noun POINT = new Noun("punto", false);
        public static final Noun PARAGRAPH = new Noun("paragrafo", false);

        /** A section by its level: "titolo", "capo", or "sezione" for a plain or numbered section. */
        public static Noun section(String levelName) {
            return levelName == null || levelName.equals("sezione") ? new Noun("sezione", true)
                    : new Noun(levelName, false);
        }

        /** A point: "lettera" when lettered, "punto" when numbered or bulleted. */
        public static Noun point(String marker) {
            return marker != null && Character.isLetter(marker.charAt(0)) ? LETTER : POINT;
        }
    }

    private AmendmentNoteWording() {
    }

    public static String note(UnitNote note, Noun noun) {
        Act act = note.act();
        String done = switch (note.change()) {
            case INSERTED -> "inserit";
            case CHANGED -> "così modificat";
            case REPEALED -> "abrogat";
        };
        return "(" + noun.word() + " " + done + (noun.feminine() ? "a" : "o") + " "
                + ItalianGrammar.da(PolicyViewBuilder.actName(act))
                + " n. " + act.number().orElse("…") + " del " + PolicyViewBuilder.actDate(act).orElse("…") + ")";
    }

    /** What a repealed unit's text reads in its place. */
    public static String repealed(Noun noun) {
        return noun.feminine() ? "(abrogata)" : "(abrogato)";
    }
}

package it.policydoc.model;

/**
 * The number of a container of a given level, as {@link Numbering} made it.
 *
 * @param ordinal the 1-based count among the containers of its level in the same enclosing container
 * @param numerals how the number is written, as the text chose (or the level's default)
 * @param label the number as printed: "II", "2"
 */
public record SectionNumber(SectionLevel level, int ordinal, Numerals numerals, String label) {

    /** "Titolo I", "Capo II", "Sezione 1". */
    public String heading() {
        return level.heading() + " " + label;
    }
}

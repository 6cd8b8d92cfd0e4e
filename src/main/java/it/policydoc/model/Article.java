package it.policydoc.model;

import java.util.List;

/**
 * An article: numbered across the whole policy, titled, made of commi.
 *
 * @param number the position in the policy's reading order, 1-based
 * @param numberedCommi whether its commi print with their numbers; when the approved text does
 *     not number them they print bare, but still count by position ("comma 2" is the second)
 * @param label the number as printed and cited: the position, or, once the policy has approved
 *     versions, the number frozen by them ("4-bis")
 */
public record Article(
        String id,
        int number,
        Text title,
        Audience audience,
        List<Comma> commi,
        SourcePos pos,
        boolean numberedCommi,
        String label) implements Block {

    public Article {
        commi = List.copyOf(commi);
    }

    /** An article whose commi are numbered, numbered by its position as a never-approved text is. */
    public Article(String id, int number, Text title, Audience audience, List<Comma> commi, SourcePos pos) {
        this(id, number, title, audience, commi, pos, true);
    }

    /** An article numbered by its position. */
    public Article(String id, int number, Text title, Audience audience, List<Comma> commi, SourcePos pos,
            boolean numberedCommi) {
        this(id, number, title, audience, commi, pos, numberedCommi, Integer.toString(number));
    }

    /** Articles are addressed by their id, which survives renumbering. */
    public String anchor() {
        return id;
    }

    /** The same article holding other commi (an excerpt keeps its number and style). */
    public Article withCommi(List<Comma> newCommi) {
        return new Article(id, number, title, audience, newCommi, pos, numberedCommi, label);
    }

    /** The same article under the label the numbering frozen by an approved version gives it. */
    public Article withLabel(String newLabel) {
        return new Article(id, number, title, audience, commi, pos, numberedCommi, newLabel);
    }
}

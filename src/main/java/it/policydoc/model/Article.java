package it.policydoc.model;

import java.util.List;

/**
 * An article: numbered across the whole policy, titled, made of commi.
 *
 * @param numberedCommi whether its commi print with their numbers; when the approved text does
 *     not number them they print bare, but still count by position ("comma 2" is the second)
 */
public record Article(
        String id,
        int number,
        Text title,
        Audience audience,
        List<Comma> commi,
        SourcePos pos,
        boolean numberedCommi) implements Block {

    public Article {
        commi = List.copyOf(commi);
    }

    /** An article whose commi are numbered, as most are. */
    public Article(String id, int number, Text title, Audience audience, List<Comma> commi, SourcePos pos) {
        this(id, number, title, audience, commi, pos, true);
    }

    /** Articles are addressed by their id, which survives renumbering. */
    public String anchor() {
        return id;
    }

    /** The same article holding other commi (an excerpt keeps its number and style). */
    public Article withCommi(List<Comma> newCommi) {
        return new Article(id, number, title, audience, newCommi, pos, numberedCommi);
    }
}

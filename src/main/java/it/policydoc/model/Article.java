package it.policydoc.model;

import java.util.List;

/**
 * An article: numbered across the whole policy, titled, made of commi.
 *
 * @param number the position in the policy's reading order, 1-based
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
        String label) implements Block {

    public Article {
        commi = List.copyOf(commi);
    }

    /** An article numbered by its position, as every article of a never-approved text is. */
    public Article(String id, int number, Text title, Audience audience, List<Comma> commi, SourcePos pos) {
        this(id, number, title, audience, commi, pos, Integer.toString(number));
    }

    /** Articles are addressed by their id, which survives renumbering. */
    public String anchor() {
        return id;
    }
}

package it.policydoc.model;

import java.util.List;
import java.util.Optional;

/**
 * A comma (numbered paragraph of an article): its text, optional points, and unnumbered
 * continuation paragraphs that follow the points.
 *
 * @param number the position in its article, 1-based
 * @param label the number as printed and cited: the position, or the number frozen by the
 *     approved versions ("3-bis")
 */
public record Comma(
        Optional<String> id,
        String anchor,
        int number,
        Text text,
        Audience audience,
        Optional<PointList> points,
        List<Paragraph> continuation,
        SourcePos pos,
        String label) {

    public Comma {
        continuation = List.copyOf(continuation);
    }

    /** A comma numbered by its position, as every comma of a never-approved text is. */
    public Comma(Optional<String> id, String anchor, int number, Text text, Audience audience,
            Optional<PointList> points, List<Paragraph> continuation, SourcePos pos) {
        this(id, anchor, number, text, audience, points, continuation, pos, Integer.toString(number));
    }
}

package it.policydoc.model;

import java.util.List;
import java.util.Optional;

/**
 * A comma (paragraph of an article, numbered by its position): its text, optional points or
 * definitions, and unnumbered continuation paragraphs that follow them.
 *
 * @param number the position in its article, 1-based
 * @param definitions the terms the comma defines ({@code definizioni}), in place of points
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
        Optional<DefinitionList> definitions,
        String label) {

    public Comma {
        continuation = List.copyOf(continuation);
    }

    /** A comma that defines no terms, numbered by its position as in a never-approved text. */
    public Comma(Optional<String> id, String anchor, int number, Text text, Audience audience,
            Optional<PointList> points, List<Paragraph> continuation, SourcePos pos) {
        this(id, anchor, number, text, audience, points, continuation, pos, Optional.empty());
    }

    /** A comma numbered by its position. */
    public Comma(Optional<String> id, String anchor, int number, Text text, Audience audience,
            Optional<PointList> points, List<Paragraph> continuation, SourcePos pos,
            Optional<DefinitionList> definitions) {
        this(id, anchor, number, text, audience, points, continuation, pos, definitions, Integer.toString(number));
    }
}

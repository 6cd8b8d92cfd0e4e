package it.policydoc.model;

import java.util.List;
import java.util.Optional;

/**
 * A comma (paragraph of an article, numbered by its position): its text, optional points or
 * definitions, and unnumbered continuation paragraphs that follow them.
 *
 * @param definitions the terms the comma defines ({@code definizioni}), in place of points
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
        Optional<DefinitionList> definitions) {

    public Comma {
        continuation = List.copyOf(continuation);
    }

    /** A comma that defines no terms. */
    public Comma(Optional<String> id, String anchor, int number, Text text, Audience audience,
            Optional<PointList> points, List<Paragraph> continuation, SourcePos pos) {
        this(id, anchor, number, text, audience, points, continuation, pos, Optional.empty());
    }
}

package it.policydoc.model;

import java.util.List;
import java.util.Optional;

/**
 * A comma (numbered paragraph of an article): its text, optional points, and unnumbered
 * continuation paragraphs that follow the points.
 */
public record Comma(
        Optional<String> id,
        String anchor,
        int number,
        Text text,
        Audience audience,
        Optional<PointList> points,
        List<Paragraph> continuation,
        SourcePos pos) {

    public Comma {
        continuation = List.copyOf(continuation);
    }
}

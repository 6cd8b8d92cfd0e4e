package it.policydoc.model;

import java.util.List;
import java.util.Optional;

/** A list of points, inside a comma, a point, or directly inside a section (numbered rules). */
public record PointList(Optional<String> id, ListStyle style, List<Point> points, SourcePos pos) implements Block {

    public PointList {
        points = List.copyOf(points);
    }
}

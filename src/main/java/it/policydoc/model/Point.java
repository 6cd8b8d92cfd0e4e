package it.policydoc.model;

import java.util.Optional;

/**
 * A point of a list: lettera a), numero 1., or a bullet.
 *
 * @param ordinal 1-based position in its list
 * @param label the computed marker without punctuation ("b", "3"), empty for bullets
 */
public record Point(
        Optional<String> id,
        String anchor,
        int ordinal,
        String label,
        Optional<Text> title,
        Text text,
        Audience audience,
        Optional<PointList> subpoints,
        SourcePos pos) {
}

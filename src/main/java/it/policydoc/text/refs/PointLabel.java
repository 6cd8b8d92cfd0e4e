package it.policydoc.text.refs;

import java.util.Objects;

/**
 * A point of a list as a reference names it: "lettera b)" or "punto 3".
 *
 * @param label the letter or number alone, without the closing parenthesis: "b", "3"
 */
public record PointLabel(Kind kind, String label) {

    /** How the point is named, which decides how it is written. */
    public enum Kind {
        /** "lettera b)" */
        LETTER,
        /** "punto 3" */
        POINT
    }

    public PointLabel {
        Objects.requireNonNull(kind);
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a point needs a label");
        }
    }

    public static PointLabel letter(String letter) {
        return new PointLabel(Kind.LETTER, letter);
    }

    public static PointLabel point(String number) {
        return new PointLabel(Kind.POINT, number);
    }
}

package it.policydoc.model;

import java.nio.file.Path;

/**
 * Where something was written: the file as the user named it, and a 1-based line and column.
 * Every model node keeps one so that checks can point at the exact place.
 */
public record SourcePos(Path file, int line, int column) {

    public static SourcePos start(Path file) {
        return new SourcePos(file, 1, 1);
    }

    /** The position {@code columns} characters further on the same line (for places inside a text). */
    public SourcePos right(int columns) {
        return new SourcePos(file, line, column + columns);
    }

    @Override
    public String toString() {
        return file.toString().replace('\\', '/') + ":" + line + ":" + column;
    }
}

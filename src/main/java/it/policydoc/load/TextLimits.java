package it.policydoc.load;

import it.policydoc.diag.Diagnostic;
import it.policydoc.model.SourcePos;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What no text a clerk writes contains, found before anything parses or renders it: control
 * characters (pasted from other programs; the PDF writer's XML cannot hold them, and they are
 * invisible in an editor) and lines so long that they can only be generated or hostile.
 */
public final class TextLimits {

    /** Far longer than any paragraph of a regulation; short enough to keep every scan cheap. */
    public static final int MAX_LINE_CHARS = 20_000;

    private TextLimits() {
    }

    /** The first problem of a file's text, at its line and column. */
    static Optional<Diagnostic> firstProblem(Path file, String text) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                continue;
            }
            if (i - lineStart >= MAX_LINE_CHARS) {
                return Optional.of(Diagnostic.error("line-too-long", new SourcePos(file, line, 1),
                        Integer.toString(MAX_LINE_CHARS)));
            }
            if (forbidden(c)) {
                return Optional.of(controlCharacter(new SourcePos(file, line, i - lineStart + 1), c));
            }
        }
        return Optional.empty();
    }

    /** The first control character of a value, if any: its position within the value. */
    static int firstForbidden(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (forbidden(c)) {
                return i;
            }
        }
        return -1;
    }

    static Diagnostic controlCharacter(SourcePos at, char c) {
        return Diagnostic.error("control-character", at, String.format("U+%04X", (int) c));
    }

    /** C0 controls but tab and line breaks, and the two non-characters XML refuses. */
    private static boolean forbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF';
    }
}

package it.policydoc.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A text field as the clerk wrote it: CommonMark source (inline emphasis and links only), the
 * position of its first character, and where each later source line of the text starts, so that
 * a check can point at a word inside a folded or quoted multi-line text.
 *
 * @param lineStarts for each source line after the first that holds part of the text: the offset
 *     in {@code markdown} of its first character and that character's position; in offset order
 */
public record Text(String markdown, SourcePos pos, List<LineStart> lineStarts) {

    /** The text offset at which a new source line begins, and where that is in the file. */
    public record LineStart(int offset, SourcePos pos) {
    }

    public Text {
        lineStarts = List.copyOf(lineStarts);
    }

    /** A text written on one line, or whose inner positions do not matter. */
    public Text(String markdown, SourcePos pos) {
        this(markdown, pos, List.of());
    }

    public boolean isBlank() {
        return markdown.isBlank();
    }

    /**
     * The text with {@code [start, end)} replaced, as when a parameter is filled in: characters
     * after it keep pointing where they were written, those inside it at the parameter.
     */
    public Text replaced(int start, int end, String with) {
        int shift = with.length() - (end - start);
        List<LineStart> moved = new ArrayList<>();
        for (LineStart l : lineStarts) {
            if (l.offset() < start) {
                moved.add(l);
            }
        }
        moved.add(new LineStart(start, positionOf(start)));
        moved.add(new LineStart(start + with.length(), positionOf(end)));
        for (LineStart l : lineStarts) {
            if (l.offset() > end) {
                moved.add(new LineStart(l.offset() + shift, l.pos()));
            }
        }
        return new Text(markdown.substring(0, start) + with + markdown.substring(end), pos, moved);
    }

    /** Where the character at {@code offset} of the text was written. */
    public SourcePos positionOf(int offset) {
        SourcePos line = pos;
        int lineOffset = 0;
        for (LineStart start : lineStarts) {
            if (start.offset() > offset) {
                break;
            }
            line = start.pos();
            lineOffset = start.offset();
        }
        return line.right(offset - lineOffset);
    }
}

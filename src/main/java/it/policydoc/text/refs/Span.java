package it.policydoc.text.refs;

/**
 * A stretch of a text, from {@code start} inclusive to {@code end} exclusive, in the same char
 * indices as {@link String#substring(int, int)}.
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a span: [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /** The characters this span covers in the text it was found in. */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}

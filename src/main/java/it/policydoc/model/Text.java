package it.policydoc.model;

/**
 * A text field as the clerk wrote it: CommonMark source (inline emphasis and links only)
 * and the position of its first character.
 */
public record Text(String markdown, SourcePos pos) {

    public boolean isBlank() {
        return markdown.isBlank();
    }
}

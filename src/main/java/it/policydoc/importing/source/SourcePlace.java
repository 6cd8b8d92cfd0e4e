package it.policydoc.importing.source;

/**
 * Where a piece of text was in the foreign file, for the import report: the page (0 when the
 * format has no pages) and the 1-based line or paragraph number.
 */
public record SourcePlace(int page, int line) {

    public boolean paged() {
        return page > 0;
    }
}

package it.policydoc.model;

/**
 * A unit named by the clerk outside the text, e.g. in {@code manuale: {moderazione: [...]}}: an
 * id or a path such as {@code gestione.3}, resolved with {@link Outline#resolve}, and where it
 * was written, for the diagnostic when it names nothing.
 */
public record UnitRef(String path, SourcePos pos) {
}

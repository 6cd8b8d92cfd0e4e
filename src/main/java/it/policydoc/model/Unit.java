package it.policydoc.model;

import java.util.Optional;

/**
 * A unit of the text as references see it: a section, article, comma, point, defined term or
 * paragraph, with its explicit id (if the clerk gave one), its anchor (the id, or a computed path
 * such as {@code gestione.3.b}), and the article and comma it sits in.
 *
 * @param section the innermost section containing the unit (itself for a section), if any
 * @param article the article containing the unit (the article itself for an article), if any
 * @param comma the comma containing the unit (itself for a comma), if any
 * @param point the point itself, for a point
 * @param definition the definition itself, for a defined term
 */
public record Unit(
        Kind kind,
        Optional<String> id,
        String anchor,
        Optional<Section> section,
        Optional<Article> article,
        Optional<Comma> comma,
        Optional<Point> point,
        SourcePos pos,
        Optional<Definition> definition) {

    /** What sort of unit it is. */
    public enum Kind { SECTION, ARTICLE, COMMA, POINT, PARAGRAPH, LIST, DEFINITION }
}

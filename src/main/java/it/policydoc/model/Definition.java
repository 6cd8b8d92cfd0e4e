package it.policydoc.model;

import java.util.Optional;

/**
 * A defined term and its definition, as in the "Definizioni" article most regulations open with.
 *
 * @param anchor the id, or the list's anchor followed by the ordinal, like a point's
 * @param ordinal 1-based position in its list
 */
public record Definition(
        Optional<String> id,
        String anchor,
        int ordinal,
        Text term,
        Text definition,
        Audience audience,
        SourcePos pos) {
}

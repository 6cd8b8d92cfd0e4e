package it.policydoc.text;

import java.util.Optional;

/**
 * A symbolic reference as written in a text: {@code [[gestione.3]]} or
 * {@code [[gestione.3|art. 4 comma 3]]}.
 *
 * @param target the path after "[[": an id, then comma numbers and point labels
 * @param writtenLabel the words after "|", if the text keeps its own wording
 * @param start offset of "[[" in the text
 * @param end offset just after "]]"
 */
public record SymbolicReference(String target, Optional<String> writtenLabel, int start, int end) {
}

package it.policydoc.importing.source;

import java.util.Optional;

/**
 * One paragraph-like piece of a foreign document, in reading order, with what its format says
 * about it. Readers never interpret the words; the structure detector does.
 *
 * @param text the words as written in the file (a list number typed by hand stays here)
 * @param marker the list number or bullet the word processor draws, which is not in the text
 *     ("3.", "b)", "•"); empty when the file draws none
 * @param listLevel 0-based nesting of a list item the format declares, -1 when it is no list item
 * @param headingLevel 1 for the highest heading style, 0 when it has no heading style
 */
public record SourceBlock(String text, Optional<String> marker, int listLevel, int headingLevel, SourcePlace place) {

    public static SourceBlock plain(String text, SourcePlace place) {
        return new SourceBlock(text, Optional.empty(), -1, 0, place);
    }

    /** The text as a reader sees it on the page: the drawn marker, then the words. */
    public String visibleText() {
        return marker.map(m -> m + " " + text).orElse(text);
    }
}

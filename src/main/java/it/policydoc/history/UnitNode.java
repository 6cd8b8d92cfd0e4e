package it.policydoc.history;

import java.util.List;
import java.util.Optional;

/**
 * One unit of a version as the comparison sees it: what sort of unit, its id if the clerk gave
 * one, the number it carries, its words (plain text, title and text together) and the units
 * inside it. {@code path} is its place in the tree (child indices from the top), the same for
 * the tree and for the policy it was made from.
 *
 * @param label the printed number ("4-bis", "b", "3") or empty for sections and paragraphs
 * @param title the title of a section or article (plain text), empty otherwise
 * @param text the unit's own words, without those of the units inside it
 */
public record UnitNode(
        Kind kind,
        Optional<String> id,
        String anchor,
        Optional<String> label,
        String title,
        String text,
        List<Integer> path,
        List<UnitNode> children) {

    /** The sorts of unit. */
    public enum Kind { TEXT, PREAMBLE, SECTION, ARTICLE, COMMA, LIST, POINT, PARAGRAPH }

    public UnitNode {
        path = List.copyOf(path);
        children = List.copyOf(children);
    }

    /** Title and text: the words by which an unidentified unit is recognised. */
    public String words() {
        return title.isEmpty() ? text : title + " " + text;
    }

    /** Its words and those of every unit inside it, for recognising a container by its content. */
    public String allWords() {
        StringBuilder all = new StringBuilder(words());
        for (UnitNode child : children) {
            all.append(' ').append(child.allWords());
        }
        return all.toString();
    }
}

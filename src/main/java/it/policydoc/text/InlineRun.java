package it.policydoc.text;

import java.util.Objects;
import java.util.Optional;

/**
 * A piece of a text with one look and one link, for writers that are not HTML (Akoma Ntoso,
 * office documents): the text's Markdown and references resolved into flat runs.
 *
 * @param text the words, never empty for a word run; empty for a line break
 * @param lineBreak whether this run is a line break (a blank line in the source text)
 * @param link where the words lead, if they are a link
 */
public record InlineRun(String text, boolean italic, boolean bold, boolean lineBreak, Optional<Link> link) {

    public InlineRun {
        Objects.requireNonNull(text);
        Objects.requireNonNull(link);
    }

    /** What a link of a text is and where it leads. */
    public enum LinkKind {
        /** A symbolic reference to a unit of the same policy. */
        INTERNAL,
        /** An act cited in the text (Normattiva, EUR-Lex). */
        LAW,
        /** A web, mail or phone link written by the clerk. */
        WEB
    }

    /**
     * @param href the address as the page links it: "#anchor" for a unit of the policy
     * @param identifier the unit's anchor for an internal link; the act's URN:NIR or ELI for a
     *     law; the address again for a web link
     * @param title the link's accessible name ("art. 4, comma 3"), or the address
     */
    public record Link(LinkKind kind, String href, String identifier, String title) {
    }

    public static InlineRun words(String text, boolean italic, boolean bold, Optional<Link> link) {
        return new InlineRun(text, italic, bold, false, link);
    }

    public static InlineRun newLine() {
        return new InlineRun("", false, false, true, Optional.empty());
    }
}

package it.policydoc.model;

import java.util.List;
import java.util.Optional;

/**
 * A titled section; sections nest and hold articles, paragraphs, lists and further sections.
 *
 * @param number the level and number of a titolo, capo or sezione of Italian drafting; empty
 *     for a plain titled section, which is not numbered
 */
public record Section(
        String id,
        Text title,
        Audience audience,
        List<Block> content,
        SourcePos pos,
        Optional<SectionNumber> number) implements Block {

    public Section {
        content = List.copyOf(content);
    }

    /** A plain titled section without a level. */
    public Section(String id, Text title, Audience audience, List<Block> content, SourcePos pos) {
        this(id, title, audience, content, pos, Optional.empty());
    }

    public String anchor() {
        return id;
    }

    public Optional<SectionLevel> level() {
        return number.map(SectionNumber::level);
    }

    /** The same section holding other content (an excerpt keeps its heading and number). */
    public Section withContent(List<Block> newContent) {
        return new Section(id, title, audience, newContent, pos, number);
    }
}

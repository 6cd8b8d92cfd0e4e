package it.policydoc.model;

import java.util.List;

/** A titled section; sections nest and hold articles, paragraphs, lists and further sections. */
public record Section(
        String id,
        Text title,
        Audience audience,
        List<Block> content,
        SourcePos pos) implements Block {

    public Section {
        content = List.copyOf(content);
    }

    public String anchor() {
        return id;
    }
}

package it.policydoc.model;

import java.util.List;

/** An article: numbered across the whole policy, titled, made of commi. */
public record Article(
        String id,
        int number,
        Text title,
        Audience audience,
        List<Comma> commi,
        SourcePos pos) implements Block {

    public Article {
        commi = List.copyOf(commi);
    }

    /** Articles are addressed by their id, which survives renumbering. */
    public String anchor() {
        return id;
    }
}

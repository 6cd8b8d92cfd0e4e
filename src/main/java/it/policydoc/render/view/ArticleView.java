package it.policydoc.render.view;

import java.util.List;

/**
 * An article: "Articolo 4" and its title as one heading, then the commi.
 *
 * @param notes the testo coordinato's notes on it ("(comma così modificato dalla…)"), in order; empty if never amended
 * @param numberedCommi whether the commi print their numbers; if not, each is a plain paragraph
 */
public record ArticleView(String anchor, String heading, String titleHtml, int level, List<CommaView> commi,
        boolean numberedCommi, List<String> notes) implements BlockView {

    public ArticleView {
        commi = List.copyOf(commi);
        notes = List.copyOf(notes);
    }

    @Override
    public String kind() {
        return "article";
    }
}

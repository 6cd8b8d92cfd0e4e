package it.policydoc.render.view;

import java.util.List;

/**
 * An unnumbered paragraph.
 *
 * @param notes the testo coordinato's notes on it ("(comma così modificato dalla…)"), in order; empty if never amended
 * @param anchor the paragraph's id, or null
 * @param titleHtml the run-in title, or null
 */
public record ParagraphView(String anchor, String titleHtml, String textHtml, List<String> notes) implements BlockView {

    public ParagraphView {
        notes = List.copyOf(notes);
    }

    @Override
    public String kind() {
        return "paragraph";
    }
}

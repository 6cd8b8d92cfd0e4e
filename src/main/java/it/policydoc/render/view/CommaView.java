package it.policydoc.render.view;

import java.util.List;

/**
 * A comma with its visible number ("3."), its text, optional points or definitions and
 * continuation paragraphs.
 *
 * @param notes the testo coordinato's notes on it ("(comma così modificato dalla…)"), in order; empty if never amended
 * @param marker "3.", or null when the article does not number its commi
 * @param list the points, or null
 * @param definitions the terms the comma defines, or null
 */
public record CommaView(String anchor, String marker, String textHtml, ListView list,
        DefinitionListView definitions, List<ParagraphView> continuation, List<String> notes) {

    public CommaView {
        continuation = List.copyOf(continuation);
        notes = List.copyOf(notes);
    }
}

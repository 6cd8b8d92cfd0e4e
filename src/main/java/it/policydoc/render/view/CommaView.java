package it.policydoc.render.view;

import java.util.List;

/**
 * A comma with its visible number ("3."), its text, optional points or definitions and
 * continuation paragraphs.
 *
 * @param marker "3.", or null when the article does not number its commi
 * @param list the points, or null
 * @param definitions the terms the comma defines, or null
 */
public record CommaView(String anchor, String marker, String textHtml, ListView list,
        DefinitionListView definitions, List<ParagraphView> continuation) {

    public CommaView {
        continuation = List.copyOf(continuation);
    }
}

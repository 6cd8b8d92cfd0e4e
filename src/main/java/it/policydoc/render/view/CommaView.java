package it.policydoc.render.view;

import java.util.List;

/**
 * A comma with its visible number ("3."), its text, optional points and continuation paragraphs.
 *
 * @param list the points, or null
 */
public record CommaView(String anchor, String marker, String textHtml, ListView list, List<ParagraphView> continuation) {

    public CommaView {
        continuation = List.copyOf(continuation);
    }
}

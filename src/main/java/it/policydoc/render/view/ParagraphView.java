package it.policydoc.render.view;

/**
 * An unnumbered paragraph.
 *
 * @param anchor the paragraph's id, or null
 * @param titleHtml the run-in title, or null
 */
public record ParagraphView(String anchor, String titleHtml, String textHtml) implements BlockView {

    @Override
    public String kind() {
        return "paragraph";
    }
}

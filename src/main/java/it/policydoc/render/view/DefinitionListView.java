package it.policydoc.render.view;

import java.util.List;

/**
 * Terms and their definitions: a {@code <dl>} on the page, a list of term and definition
 * paragraphs in print (tagged PDF has no description list).
 *
 * @param anchor the list's own anchor, or null
 */
public record DefinitionListView(String anchor, List<DefinitionView> definitions) implements BlockView {

    public DefinitionListView {
        definitions = List.copyOf(definitions);
    }

    @Override
    public String kind() {
        return "definitions";
    }
}

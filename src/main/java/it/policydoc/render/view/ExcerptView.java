package it.policydoc.render.view;

import java.util.List;

/**
 * Part of a policy drawn as the page draws it: same numbers, same markup.
 *
 * @param toc its sections and articles, for a table of contents
 */
public record ExcerptView(List<ParagraphView> preamble, List<BlockView> blocks, List<TocEntry> toc) {

    public ExcerptView {
        preamble = List.copyOf(preamble);
        blocks = List.copyOf(blocks);
        toc = List.copyOf(toc);
    }

    public boolean isEmpty() {
        return preamble.isEmpty() && blocks.isEmpty();
    }
}

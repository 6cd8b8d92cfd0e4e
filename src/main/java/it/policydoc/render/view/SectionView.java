package it.policydoc.render.view;

import java.util.List;

/** A section heading at {@code level} (2..6) followed by its blocks. */
public record SectionView(String anchor, String titleHtml, int level, List<BlockView> blocks) implements BlockView {

    public SectionView {
        blocks = List.copyOf(blocks);
    }

    @Override
    public String kind() {
        return "section";
    }
}

package it.policydoc.render.view;

import java.util.List;

/**
 * A section heading at {@code level} (2..6) followed by its blocks.
 *
 * @param notes the testo coordinato's notes on it ("(comma così modificato dalla…)"), in order; empty if never amended
 * @param number "Titolo I", "Capo II", "Sezione 1" for a container of Italian drafting, or null
 *     for a plain titled section
 * @param levelName the container's level ("titolo", "capo", "sezione") as a CSS hook, or null
 */
public record SectionView(String anchor, String number, String levelName, String titleHtml, int level,
        List<BlockView> blocks, List<String> notes) implements BlockView {

    public SectionView {
        blocks = List.copyOf(blocks);
        notes = List.copyOf(notes);
    }

    @Override
    public String kind() {
        return "section";
    }
}

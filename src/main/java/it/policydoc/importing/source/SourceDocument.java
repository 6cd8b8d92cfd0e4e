package it.policydoc.importing.source;

import java.util.List;

/**
 * A foreign file as the structure detector receives it: its text blocks in reading order and
 * the lines its reader already recognised as page or site furniture.
 *
 * @param markdown whether the blocks' text is already inline Markdown (a .md file), rather
 *     than plain words whose Markdown characters must be kept literal
 */
public record SourceDocument(List<SourceBlock> blocks, List<DroppedLine> dropped, boolean markdown) {

    public SourceDocument {
        blocks = List.copyOf(blocks);
        dropped = List.copyOf(dropped);
    }

    public SourceDocument(List<SourceBlock> blocks, List<DroppedLine> dropped) {
        this(blocks, dropped, false);
    }
}

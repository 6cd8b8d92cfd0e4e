package it.policydoc.render.view;

import java.util.List;

/** A line of the table of contents, linking to a section or article. */
public record TocEntry(String anchor, String label, List<TocEntry> children) {

    public TocEntry {
        children = List.copyOf(children);
    }
}

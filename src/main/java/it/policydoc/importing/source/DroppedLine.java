package it.policydoc.importing.source;

/** A line left out of the imported text, why, and where it was, so the clerk can check it. */
public record DroppedLine(String text, DropReason reason, SourcePlace place) {
}

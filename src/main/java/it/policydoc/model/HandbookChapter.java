package it.policydoc.model;

import java.nio.file.Path;

/**
 * A chapter the comune adds to its staff handbooks: one AsciiDoc file of
 * {@code policies/<comune>/handbook/}, as written.
 *
 * @param file the file, as the user named it (for diagnostics)
 * @param asciidoc its text, without a byte order mark
 */
public record HandbookChapter(Path file, String asciidoc) {
}

package it.policydoc.model;

import java.util.Optional;

/**
 * An unnumbered paragraph (preamble, section intro, continuation of a comma), optionally with a
 * run-in title written before the text, as in "PROMUOVETE IL COMUNE AL MEGLIO: Se vi interessa…".
 */
public record Paragraph(
        Optional<String> id,
        Optional<Text> title,
        Text text,
        Audience audience,
        SourcePos pos) implements Block {
}

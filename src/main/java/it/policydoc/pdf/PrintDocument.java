package it.policydoc.pdf;

import java.time.LocalDate;
import java.util.List;

/**
 * What one PDF is made from. Title, subject, author and language come from the XHTML's
 * {@code <title>}, {@code <meta name="subject">}, {@code <meta name="author">} and
 * {@code lang}; bookmarks from its {@code <bookmarks>} element.
 *
 * @param xhtml a well-formed XHTML document with its print stylesheet inline
 * @param date the document's date, written as its creation and modification date: taken from
 *     the content, never from the clock, so that the same input gives the same bytes
 * @param attachments files embedded as associated files
 */
public record PrintDocument(String xhtml, LocalDate date, List<PdfAttachment> attachments) {

    public PrintDocument {
        attachments = List.copyOf(attachments);
    }
}

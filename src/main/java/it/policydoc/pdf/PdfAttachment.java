package it.policydoc.pdf;

/**
 * A file carried inside the PDF as a PDF/A-3 associated file, such as the YAML source that the
 * document was made from.
 *
 * @param fileName the name a reader saves it under
 * @param mimeType e.g. {@code application/yaml}
 * @param description one line that tells the reader what the file is
 * @param relationship how the file relates to the document, in PDF/A-3's terms
 *     ({@code Source}, {@code Data}, {@code Supplement}...)
 */
public record PdfAttachment(String fileName, byte[] content, String mimeType, String description,
        String relationship) {

    /** The file the document was made from. */
    public static PdfAttachment source(String fileName, byte[] content, String mimeType, String description) {
        return new PdfAttachment(fileName, content, mimeType, description, "Source");
    }
}

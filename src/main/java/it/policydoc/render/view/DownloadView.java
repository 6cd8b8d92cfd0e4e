package it.policydoc.render.view;

/**
 * A file offered for download next to the page (the PDFs come with later outputs).
 *
 * @param href relative link
 * @param label what the file is
 * @param details format and size, e.g. "PDF, 212 kB"
 */
public record DownloadView(String href, String label, String details) {
}

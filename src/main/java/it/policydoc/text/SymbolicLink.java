package it.policydoc.text;

/**
 * A symbolic reference made ready to draw.
 *
 * @param href where it leads ("#gestione.3", or "../index.html#gestione.3" from the handbook)
 * @param label the words shown: those written in the text, else the computed label
 * @param title the computed label in Italian drafting style, read by assistive technology and
 *     shown on hover ("art. 4, comma 3")
 */
public record SymbolicLink(String href, String label, String title) {
}

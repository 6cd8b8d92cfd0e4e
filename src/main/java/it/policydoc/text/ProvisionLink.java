package it.policydoc.text;

import it.policydoc.text.refs.Span;

/**
 * A reference to a part of the policy typed as plain words ("art. 4 comma 3") that leads to an
 * existing unit, made ready to draw: the words stay as written and become a link.
 *
 * @param span the words that become the link, in the run of text they were found in
 * @param href where it leads, as for a {@link SymbolicLink}
 * @param title the target in Italian drafting style ("art. 4, comma 3")
 */
public record ProvisionLink(Span span, String href, String title) {
}

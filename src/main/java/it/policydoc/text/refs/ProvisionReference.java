package it.policydoc.text.refs;

import java.util.List;
import java.util.Objects;

/**
 * A reference to units of the same policy written as plain text, such as "art. 4 comma 3" or
 * "precedente articolo 2".
 *
 * @param span the whole reference, direction word included
 * @param addressSpan the reference without the direction word: what a symbolic reference
 *     replaces, so that "precedente" stays in the sentence
 * @param direction "precedente" / "successivo" right before the reference, if any
 * @param addresses the units named, in the order written: "artt. 4 e 5" names two
 */
public record ProvisionReference(Span span, Span addressSpan, Direction direction, List<ProvisionAddress> addresses) {

    public ProvisionReference {
        Objects.requireNonNull(span);
        Objects.requireNonNull(addressSpan);
        Objects.requireNonNull(direction);
        addresses = List.copyOf(addresses);
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("a reference names at least one unit");
        }
        if (addressSpan.start() < span.start() || addressSpan.end() != span.end()) {
            throw new IllegalArgumentException("the address ends the reference");
        }
    }
}

package it.policydoc.history;

import it.policydoc.model.Act;
import it.policydoc.model.Policy;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One approved version of a policy, as frozen in {@code versioni/<policy>/<AAAA-MM-GG>.yaml}:
 * the text, carrying the numbers frozen by the versions before it, and the date it was approved.
 */
public record Version(LocalDate date, Policy policy) {

    /** The act that approved this version: the one of its acts dated on its date. */
    public Optional<Act> act() {
        return policy.metadata().acts().stream()
                .filter(a -> a.date().filter(date::equals).isPresent() && a.number().isPresent())
                .reduce((first, later) -> later);
    }

    Version numbered(Policy labelled) {
        return new Version(date, labelled);
    }
}

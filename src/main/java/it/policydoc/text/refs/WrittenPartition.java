package it.policydoc.text.refs;

import java.util.List;
import java.util.Optional;

/**
 * A chain of provision words as written ("art. 4, comma 3", "commi 2 e 3 del presente
 * articolo"), before it is known whether it points into the policy or into an act. Numbers stay
 * as written, Latin suffix included ("2-bis"), because acts have such articles.
 *
 * @param division the capo, titolo, sezione or capitolo named first ("Capo V - art. 30"), if any
 * @param addresses the units named, in the order written; none when the chain names a division only
 */
record WrittenPartition(Span span, Span addressSpan, Direction direction, Optional<Division> division,
        List<Address> addresses) {

    WrittenPartition {
        addresses = List.copyOf(addresses);
    }

    /** A division of a text as written: kind "capo", number "V" (Roman numerals in capitals) or "6.1". */
    record Division(String kind, String number) {
    }

    /** One unit of the chain; a missing level is relative to where the text stands. */
    record Address(Optional<String> article, Optional<String> comma, Optional<PointLabel> point) {
    }

    /** True when every unit names its article by number. */
    boolean namesArticles() {
        return addresses.stream().allMatch(a -> a.article().isPresent());
    }
}

package it.policydoc.text.refs;

import java.util.Objects;

/**
 * Words that point into the same text without naming a unit policydoc can find: "nei commi
 * precedenti", "di cui al punto che precede", "del Capo precedente", "capitolo 6.1". They are
 * recognised so that they are never read as anything else, and neither linked nor checked.
 */
public record VagueReference(Span span) {

    public VagueReference {
        Objects.requireNonNull(span);
    }
}

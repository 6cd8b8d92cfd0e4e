package it.policydoc.text.refs;

import java.util.Objects;
import java.util.Optional;

/** A reference to an act found in a text: either identified and linkable, or malformed. */
public sealed interface LawReference permits LawReference.Linked, LawReference.Malformed {

    /** Where the reference stands in the text, article words included. */
    Span span();

    /**
     * An identified act, with the page that shows it.
     *
     * @param partition the article (and comma) named with the act, if any
     * @param url the Normattiva or EUR-Lex address of the act, positioned on the article where
     *     the database supports it
     */
    record Linked(Span span, LawAct act, Optional<LawPartition> partition, String url) implements LawReference {
        public Linked {
            Objects.requireNonNull(span);
            Objects.requireNonNull(act);
            Objects.requireNonNull(partition);
            Objects.requireNonNull(url);
        }
    }

    /** A phrase written as a reference to an act of {@code type} that cannot name a real one. */
    record Malformed(Span span, ActType type, MalformedReason reason) implements LawReference {
        public Malformed {
            Objects.requireNonNull(span);
            Objects.requireNonNull(type);
            Objects.requireNonNull(reason);
        }
    }
}

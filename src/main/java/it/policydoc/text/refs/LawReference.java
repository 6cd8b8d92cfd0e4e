package it.policydoc.text.refs;

import java.util.Objects;
import java.util.Optional;

/**
 * A reference to an act found in a text: identified and linkable, malformed, or cited in a form
 * that names a real act which cannot be told here.
 */
public sealed interface LawReference permits LawReference.Linked, LawReference.Malformed, LawReference.Unidentified {

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

    /**
     * An act cited in a valid form that this text alone cannot identify: "L.R. 12/2005" when the
     * region is unknown, a minister's decree whose ministry goes unsaid. Never linked, never
     * reported; its article words are not internal references.
     */
    record Unidentified(Span span, ActType type) implements LawReference {
        public Unidentified {
            Objects.requireNonNull(span);
            Objects.requireNonNull(type);
        }
    }
}

package it.policydoc.text;

import it.policydoc.model.Text;
import it.policydoc.text.refs.LawReference;
import java.util.List;
import java.util.Optional;

/** What the links of a text lead to: symbolic references into the policy, and acts cited. */
public interface TextLinks {

    /**
     * The link of a symbolic reference written in {@code site}, or empty when the target does
     * not exist (a check reports that before anything is published).
     */
    Optional<SymbolicLink> symbolic(SymbolicReference reference, Text site);

    /** The acts cited in a run of plain text, identified and linkable. */
    List<LawReference.Linked> laws(String plainText);

    /**
     * The references to parts of the policy typed by hand in a run of plain text of {@code site}
     * that lead to an existing unit (a check warns about them, and the page still links them).
     */
    default List<ProvisionLink> provisions(String plainText, Text site) {
        return List.of();
    }

    /** No links: symbolic references show their words, acts stay plain text. */
    TextLinks NONE = new TextLinks() {
        @Override
        public Optional<SymbolicLink> symbolic(SymbolicReference reference, Text site) {
            return Optional.empty();
        }

        @Override
        public List<LawReference.Linked> laws(String plainText) {
            return List.of();
        }
    };
}

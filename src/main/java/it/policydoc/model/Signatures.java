package it.policydoc.model;

import java.util.List;

/**
 * Who signs the printed policy, in order: the roles printed in the signature block of the
 * deliberation annex, e.g. "Il Sindaco", "Il Segretario comunale".
 */
public record Signatures(List<String> roles) {

    /** The signatures of a Giunta deliberation when the policy names none. */
    public static final Signatures STANDARD = new Signatures(List.of("Il Sindaco", "Il Segretario comunale"));

    public Signatures {
        roles = List.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a signature block needs at least one role");
        }
    }
}

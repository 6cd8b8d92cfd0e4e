package it.policydoc.model;

import java.util.List;
import java.util.Locale;

/**
 * Who signs the printed policy, in order: the roles printed in the signature block of the
 * deliberation annex, e.g. "Il Sindaco", "Il Segretario comunale".
 */
public record Signatures(List<String> roles) {

    /** The signatures of a Giunta deliberation when the policy names none. */
    public static final Signatures STANDARD = new Signatures(List.of("Il Sindaco", "Il Segretario comunale"));

    private static final String SECRETARY = "Il Segretario comunale";

    public Signatures {
        roles = List.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a signature block needs at least one role");
        }
    }

    /**
     * Who signs a deliberation of this organ when the policy names no one: the one who presided
     * (the Sindaco for the Giunta, the President for the Consiglio, the commissioner himself when
     * a commissioner holds the organ's powers) and the Segretario comunale, who takes the minutes.
     */
    public static Signatures defaultFor(String organ) {
        String words = organ.strip().replaceAll("\\s+", " ");
        String lower = words.toLowerCase(Locale.ITALIAN);
        if (lower.startsWith("commissione")) {
            return new Signatures(List.of("La " + headOf(words), SECRETARY));
        }
        if (lower.startsWith("commissari")) {
            return new Signatures(List.of("Il " + headOf(words), SECRETARY));
        }
        if (lower.startsWith("consiglio")) {
            return new Signatures(List.of("Il Presidente del " + words, SECRETARY));
        }
        return STANDARD;
    }

    /** "Commissario straordinario" out of "Commissario straordinario con i poteri del Consiglio comunale". */
    private static String headOf(String organ) {
        int with = organ.toLowerCase(Locale.ITALIAN).indexOf(" con ");
        return with < 0 ? organ : organ.substring(0, with);
    }
}

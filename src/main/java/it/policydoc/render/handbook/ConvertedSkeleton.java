package it.policydoc.render.handbook;

import it.policydoc.text.PolicyLinks;
import it.policydoc.text.SymbolicLink;
import java.util.List;
import java.util.Optional;

/**
 * What Asciidoctor made of a handbook's skeleton (see {@link HandbookSource}), kept so that a
 * later build with the same skeleton needs no conversion: the converted body, placeholders
 * still in it and not yet sanitised, its chapters, and every {@code policy:} reference the
 * conversion resolved, with what it resolved to. The skeleton alone does not say where those
 * lead (an edit of the policy can renumber a unit): the conversion is reused only while each
 * of them still resolves the same.
 */
public record ConvertedSkeleton(String body, List<AsciiDocConverter.Chapter> chapters, List<Link> links) {

    public ConvertedSkeleton {
        chapters = List.copyOf(chapters);
        links = List.copyOf(links);
    }

    /**
     * A reference as resolved: found or not, and where it leads, with what words and title.
     * The three texts are empty when not found.
     */
    public record Link(String target, boolean found, String href, String label, String title) {

        static Link of(String target, Optional<SymbolicLink> link) {
            return new Link(target, link.isPresent(), link.map(SymbolicLink::href).orElse(""),
                    link.map(SymbolicLink::label).orElse(""), link.map(SymbolicLink::title).orElse(""));
        }
    }

    /** Whether every reference resolves as it did when the skeleton was converted. */
    boolean resolvesAlike(PolicyLinks policyLinks) {
        return links.stream().allMatch(l -> l.equals(Link.of(l.target(), policyLinks.fromOutside(l.target(),
                Optional.empty()))));
    }
}

package it.policydoc.render.handbook;

import it.policydoc.text.PolicyLinks;
import it.policydoc.text.SymbolicLink;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where the {@code policy:} references of one conversion lead, and a note of each one resolved,
 * by target: what the conversion depended on besides its source.
 */
final class ResolvedReferences {

    private final PolicyLinks links;
    private final Map<String, ConvertedSkeleton.Link> resolved = new TreeMap<>();

    ResolvedReferences(PolicyLinks links) {
        this.links = links;
    }

    synchronized Optional<SymbolicLink> resolve(String target) {
        Optional<SymbolicLink> link = links.fromOutside(target, Optional.empty());
        resolved.put(target, ConvertedSkeleton.Link.of(target, link));
        return link;
    }

    /** Every reference resolved so far, sorted by target. */
    synchronized List<ConvertedSkeleton.Link> resolved() {
        return List.copyOf(resolved.values());
    }
}

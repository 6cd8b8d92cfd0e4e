package it.policydoc.text.refs;

import java.util.List;

/** Everything the {@link ReferenceScanner} found in one text; the three lists never overlap. */
public record FoundReferences(List<LawReference> laws, List<ProvisionReference> provisions,
        List<VagueReference> vague) {

    public FoundReferences {
        laws = List.copyOf(laws);
        provisions = List.copyOf(provisions);
        vague = List.copyOf(vague);
    }
}

package it.policydoc.text.refs;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds both kinds of reference in a text: law references first, then internal references in
 * what they leave, so that "art. 3 del d.lgs. 33/2013" is a law reference and never an internal
 * one. Immutable; one instance can serve every thread.
 */
public final class ReferenceScanner {

    private final LawReferenceRecogniser laws;
    private final ProvisionReferenceRecogniser provisions = new ProvisionReferenceRecogniser();

    /** @param today the day the text is checked, see {@link LawReferenceRecogniser#LawReferenceRecogniser(LocalDate)} */
    public ReferenceScanner(LocalDate today) {
        this(new LawReferenceRecogniser(today));
    }

    public ReferenceScanner(LawReferenceRecogniser laws) {
        this.laws = laws;
    }

    public FoundReferences scan(String text) {
        List<LawReference> lawReferences = laws.find(text);
        List<ProvisionReference> internal = provisions.find(text, lawReferences);
        return new FoundReferences(lawReferences, internal, provisions.findVague(text, lawReferences, internal));
    }
}

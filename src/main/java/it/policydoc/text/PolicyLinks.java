package it.policydoc.text;

import it.policydoc.model.Outline;
import it.policydoc.model.Policy;
import it.policydoc.model.Target;
import it.policydoc.model.Text;
import it.policydoc.model.Unit;
import it.policydoc.text.refs.LawReference;
import it.policydoc.text.refs.LawReferenceRecogniser;
import it.policydoc.text.refs.ProvisionReference;
import it.policydoc.text.refs.ProvisionReferenceRecogniser;
import it.policydoc.text.refs.Regions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The links of one policy's texts: symbolic references, and references typed by hand that name
 * an existing unit, lead to the unit's anchor on the page (or from elsewhere, through {@code
 * pageHref}); acts cited lead to Normattiva or EUR-Lex.
 */
public final class PolicyLinks implements TextLinks {

    /**
     * The day two-digit years and "future" acts are judged from when a policy has no date of
     * its own (a first draft): a fixed day, so that output never depends on the clock.
     */
    public static final LocalDate UNDATED = LocalDate.of(2026, 1, 1);

    private final Outline outline;
    private final ReferenceLabels labels;
    private final LawReferenceRecogniser laws;
    private final ProvisionReferenceRecogniser provisions = new ProvisionReferenceRecogniser();
    private final ProvisionResolver resolver;
    private final String pageHref;
    /**
     * The acts cited in each run of plain text: every run is asked for its acts and then for its
     * provisions, which must leave the acts out; shared with the links {@link #leadingTo} makes.
     */
    private final Map<String, List<LawReference>> cited;

    /**
     * @param pageHref the page the anchors are on, relative to where the text is shown: empty
     *     on the page itself
     */
    public PolicyLinks(Policy policy, ReferenceLabels labels, String pageHref) {
        this(Outline.of(policy), labels, lawsAsOf(policy), pageHref, new ConcurrentHashMap<>());
    }

    private PolicyLinks(Outline outline, ReferenceLabels labels, LawReferenceRecogniser laws, String pageHref,
            Map<String, List<LawReference>> cited) {
        this.outline = outline;
        this.labels = labels;
        this.laws = laws;
        this.resolver = new ProvisionResolver(outline);
        this.pageHref = pageHref;
        this.cited = cited;
    }

    /** The same policy's links, leading to its page at {@code otherPageHref}. */
    PolicyLinks leadingTo(String otherPageHref) {
        return new PolicyLinks(outline, labels, laws, otherPageHref, cited);
    }

    /**
     * The recogniser of acts as of the policy's own date and in its comune's region, as checks
     * and renderers both use it.
     */
    public static LawReferenceRecogniser lawsAsOf(Policy policy) {
        return new LawReferenceRecogniser(policy.metadata().referenceDate().orElse(UNDATED),
                Regions.ofProvince(policy.comune().provinceCode()));
    }

    @Override
    public Optional<SymbolicLink> symbolic(SymbolicReference reference, Text site) {
        return link(reference.target(), reference.writtenLabel(), outline.ownerOf(site));
    }

    /**
     * A reference written outside the policy's text, as in a handbook chapter: its label is the
     * full one ("art. 4, comma 3"), since it stands in no article.
     */
    public Optional<SymbolicLink> fromOutside(String target, Optional<String> words) {
        return link(target, words, Optional.empty());
    }

    private Optional<SymbolicLink> link(String target, Optional<String> words, Optional<Unit> from) {
        if (!(outline.resolve(target) instanceof Target.Found found)) {
            return Optional.empty();
        }
        String computed = labels.label(found.unit(), from);
        return Optional.of(new SymbolicLink(pageHref + "#" + found.unit().anchor(), words.orElse(computed), computed));
    }

    @Override
    public List<LawReference.Linked> laws(String plainText) {
        return cited(plainText).stream()
                .filter(LawReference.Linked.class::isInstance)
                .map(LawReference.Linked.class::cast)
                .toList();
    }

    @Override
    public List<ProvisionLink> provisions(String plainText, Text site) {
        Optional<Unit> from = outline.ownerOf(site);
        List<ProvisionLink> links = new ArrayList<>();
        for (ProvisionReference reference : provisions.find(plainText, cited(plainText))) {
            if (reference.addresses().size() != 1) {
                continue;
            }
            if (resolver.resolve(reference.addresses().get(0), from, reference.direction())
                    instanceof ProvisionResolver.Resolved.Found found) {
                links.add(new ProvisionLink(reference.addressSpan(), pageHref + "#" + found.unit().anchor(),
                        labels.label(found.unit(), Optional.empty())));
            }
        }
        return links;
    }

    /** Found once per run of text; a race computes the same list twice, harmlessly. */
    private List<LawReference> cited(String plainText) {
        List<LawReference> found = cited.get(plainText);
        if (found == null) {
            found = List.copyOf(laws.find(plainText));
            cited.put(plainText, found);
        }
        return found;
    }
}

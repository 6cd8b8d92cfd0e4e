package it.policydoc.check;

import it.policydoc.diag.Diagnostic;
import it.policydoc.model.Outline;
import it.policydoc.model.Policy;
import it.policydoc.model.PolicyStatus;
import it.policydoc.model.Unit;
import it.policydoc.text.InlineMarkdown;
import it.policydoc.model.PolicyStatus;
import it.policydoc.text.PolicyLinks;
import it.policydoc.text.ProvisionResolver;
import it.policydoc.text.SymbolicReference;
import it.policydoc.text.refs.LawReference;
import it.policydoc.text.refs.LawReferenceRecogniser;
import it.policydoc.text.refs.ProvisionAddress;
import it.policydoc.text.refs.ProvisionReference;
import it.policydoc.text.refs.ProvisionReferenceRecogniser;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * References typed as plain words ("art. 4 comma 3", "articolo 2", "lettera b)") go stale the
 * day an article is inserted. One that names nothing is an error; one that names a unit is a
 * warning giving the symbolic form to write instead: in a draft the form whose words follow
 * renumbering ({@code [[gestione.3]]}), in an approved text the form that keeps the approved
 * words ({@code [[gestione.3|art. 4 comma 3]]}). Acts cited in a form that cannot exist ("legge
 * n. del 2000") are warned about too.
 */
final class TextualReferencesCheck implements PolicyCheck {

    private final InlineMarkdown markdown;
    private final ProvisionReferenceRecogniser provisions = new ProvisionReferenceRecogniser();

    TextualReferencesCheck(InlineMarkdown markdown) {
        this.markdown = markdown;
    }

    @Override
    public List<Diagnostic> check(Policy policy, Outline outline) {
        ProvisionResolver resolver = new ProvisionResolver(outline);
        LawReferenceRecogniser laws = PolicyLinks.lawsAsOf(policy);
        boolean approved = policy.metadata().status() == PolicyStatus.APPROVED;
        List<Diagnostic> found = new ArrayList<>();
        for (Outline.TextSite site : outline.texts()) {
            String text = withoutSymbolicReferences(site.text().markdown());
            List<LawReference> cited = laws.find(text);
            for (LawReference law : cited) {
                if (law instanceof LawReference.Malformed malformed) {
                    found.add(Diagnostic.warning(malformed.reason().code(), site.text().positionOf(law.span().start()),
                            law.span().of(text)));
                }
            }
            for (ProvisionReference reference : provisions.find(text, cited)) {
                String written = reference.addressSpan().of(text);
                var at = site.text().positionOf(reference.addressSpan().start());
                List<Unit> targets = new ArrayList<>();
                for (ProvisionAddress address : reference.addresses()) {
                    ProvisionResolver.Resolved resolved = resolver.resolve(address, site.owner(), reference.direction());
                    if (resolved instanceof ProvisionResolver.Resolved.NotFound missing) {
                        found.add(broken(policy, at, written, missing.missing()));
                    } else if (resolved instanceof ProvisionResolver.Resolved.Found hit) {
                        targets.add(hit.unit());
                    }
                }
                if (targets.size() == reference.addresses().size()) {
                    found.add(Diagnostic.warning("textual-reference", at, written, replacement(written, targets, approved)));
                }
            }
        }
        return found;
    }

    /**
     * A typed reference that names nothing: an error in a draft, which can still be corrected;
     * a warning in an approved text, whose words cannot change without a new act.
     */
    private static Diagnostic broken(Policy policy, it.policydoc.model.SourcePos at, String written, String missing) {
        return policy.metadata().status() == PolicyStatus.APPROVED
                ? Diagnostic.warning("textual-reference-broken", at, written, missing)
                : Diagnostic.error("textual-reference-broken", at, written, missing);
    }

    /**
     * The symbolic form to write instead: computed words ({@code [[gestione.3]]}, {@code
     * [[oggetto]] e [[gestione]]}), or for one unit of an approved text the same words ({@code
     * [[gestione.3|art. 4 comma 3]]}), which must not change.
     */
    private static String replacement(String written, List<Unit> targets, boolean approved) {
        if (targets.size() == 1 && approved) {
            return "[[" + targets.get(0).anchor() + "|" + written + "]]";
        }
        return targets.stream().map(u -> "[[" + u.anchor() + "]]").collect(Collectors.joining(" e "));
    }

    /** Blanks out "[[…]]" (keeping offsets), whose words are checked as symbolic references. */
    private String withoutSymbolicReferences(String text) {
        StringBuilder plain = new StringBuilder(text);
        for (SymbolicReference reference : markdown.symbolicReferences(text)) {
            for (int i = reference.start(); i < reference.end(); i++) {
                plain.setCharAt(i, ' ');
            }
        }
        return plain.toString();
    }
}

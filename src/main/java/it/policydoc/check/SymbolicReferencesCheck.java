package it.policydoc.check;

import it.policydoc.diag.Diagnostic;
import it.policydoc.model.Outline;
import it.policydoc.model.Policy;
import it.policydoc.model.SourcePos;
import it.policydoc.model.Target;
import it.policydoc.model.Text;
import it.policydoc.model.Unit;
import it.policydoc.text.InlineMarkdown;
import it.policydoc.text.ReferenceLabels;
import it.policydoc.text.SymbolicReference;
import it.policydoc.text.refs.ProvisionAddress;
import it.policydoc.text.refs.ProvisionReference;
import it.policydoc.text.refs.ProvisionReferenceRecogniser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Symbolic references ({@code [[gestione.3]]}) lead somewhere, not back into themselves, agree
 * with "precedente"/"successivo" written before them, and, where the text keeps its own words
 * ({@code [[gestione.3|art. 4 comma 3]]}), those words still name the target after renumbering.
 */
final class SymbolicReferencesCheck implements PolicyCheck {

    /** "precedente", "successivi"… as the last word before a reference. */
    private static final Pattern DIRECTION_WORD = Pattern.compile(
            "(?iu)\\b(precedent[ei]|successiv[oaie])\\s*$");

    private static final TargetReport.Codes CODES =
            new TargetReport.Codes("reference-unknown-id", "reference-missing-unit");

    private final InlineMarkdown markdown;
    private final ReferenceLabels labels;
    private final ProvisionReferenceRecogniser provisions = new ProvisionReferenceRecogniser();

    SymbolicReferencesCheck(InlineMarkdown markdown) {
        this.markdown = markdown;
        this.labels = new ReferenceLabels(markdown);
    }

    @Override
    public List<Diagnostic> check(Policy policy, Outline outline) {
        List<String> ids = outline.units().stream().flatMap(u -> u.id().stream()).toList();
        List<Diagnostic> found = new ArrayList<>();
        for (Outline.TextSite site : outline.texts()) {
            for (SymbolicReference reference : markdown.symbolicReferences(site.text().markdown())) {
                SourcePos at = site.text().positionOf(reference.start());
                Target target = outline.resolve(reference.target());
                TargetReport.of(target, reference.target(), at, CODES, ids, labels).ifPresent(found::add);
                if (target instanceof Target.Found hit) {
                    checkFound(outline, site, reference, hit.unit(), at, found);
                }
            }
        }
        return found;
    }

    private void checkFound(Outline outline, Outline.TextSite site, SymbolicReference reference, Unit target,
            SourcePos at, List<Diagnostic> found) {
        Optional<Unit> owner = site.owner();
        String label = labels.label(target, Optional.empty());
        if (owner.isPresent() && contains(target, owner.get())) {
            found.add(Diagnostic.warning("reference-to-itself", at, reference.target(), label));
        }
        Matcher direction = DIRECTION_WORD.matcher(site.text().markdown().substring(0, reference.start()));
        if (direction.find() && owner.isPresent()) {
            boolean before = outline.indexOf(target) < outline.indexOf(owner.get());
            boolean saysBefore = direction.group(1).toLowerCase(java.util.Locale.ITALIAN).startsWith("precedent");
            if (before != saysBefore) {
                found.add(Diagnostic.error("reference-direction", at, direction.group(1), label));
            }
        }
        reference.writtenLabel().flatMap(words -> namedBy(words, owner))
                .filter(written -> !written.equals(ReferenceLabels.address(target).orElse(written)))
                .ifPresent(written -> found.add(Diagnostic.error("reference-label-mismatch", at,
                        reference.writtenLabel().get(), label)));
    }

    /**
     * The unit the words after "|" name, completed from where they stand ("comma 3" inside
     * article 4 is art. 4, comma 3); empty when the words are not an address ("sopra").
     */
    private Optional<ProvisionAddress> namedBy(String words, Optional<Unit> owner) {
        List<ProvisionReference> refs = provisions.find(words, List.of());
        if (refs.size() != 1 || refs.get(0).addresses().size() != 1) {
            return Optional.empty();
        }
        ProvisionAddress written = refs.get(0).addresses().get(0);
        if (!written.inThisArticle()) {
            return Optional.of(written);
        }
        Optional<ProvisionAddress> here = owner.flatMap(ReferenceLabels::address);
        if (here.isEmpty()) {
            return Optional.of(written);
        }
        return Optional.of(new ProvisionAddress(here.get().article(),
                written.comma().isPresent() ? written.comma() : here.get().comma(), written.point()));
    }

    /** The target is the unit the reference stands in, or encloses it. */
    private static boolean contains(Unit target, Unit owner) {
        if (target.anchor().equals(owner.anchor())) {
            return true;
        }
        return switch (target.kind()) {
            case ARTICLE -> owner.article().map(a -> a.id().equals(target.anchor())).orElse(false);
            case COMMA -> owner.comma().map(c -> c.anchor().equals(target.anchor())).orElse(false);
            case SECTION -> owner.section().map(s -> s.id().equals(target.anchor())).orElse(false);
            default -> false;
        };
    }
}

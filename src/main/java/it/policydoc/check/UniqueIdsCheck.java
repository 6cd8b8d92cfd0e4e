package it.policydoc.check;

import it.policydoc.diag.Diagnostic;
import it.policydoc.model.Outline;
import it.policydoc.model.Policy;
import it.policydoc.model.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every id and every anchor names one unit only: references and links would otherwise land on
 * the wrong one. Ids the page itself uses are refused too.
 */
final class UniqueIdsCheck implements PolicyCheck {

    /** Element ids of the page frame (see templates/web/layout.ftlh); its own ids start with "_". */
    static final Set<String> RESERVED = Set.of("contenuto");

    @Override
    public List<Diagnostic> check(Policy policy, Outline outline) {
        List<Diagnostic> found = new ArrayList<>();
        Map<String, Unit> seen = new HashMap<>();
        Set<String> duplicated = new HashSet<>();
        for (Unit unit : outline.units()) {
            if (unit.id().filter(RESERVED::contains).isPresent()) {
                found.add(Diagnostic.error("reserved-id", unit.pos(), unit.id().get()));
            }
            Unit first = seen.putIfAbsent(unit.anchor(), unit);
            if (first == null || derivedFromDuplicate(unit.anchor(), duplicated)) {
                continue;
            }
            duplicated.add(unit.anchor());
            if (unit.id().isPresent()) {
                found.add(Diagnostic.error("duplicate-id", unit.pos(), unit.anchor(), first.pos().toString()));
            } else {
                found.add(Diagnostic.error("duplicate-anchor", unit.pos(), unit.anchor(), first.pos().toString()));
            }
        }
        return found;
    }

    /** "oggetto.1" under a second "oggetto" repeats the same mistake: it is not reported again. */
    private static boolean derivedFromDuplicate(String anchor, Set<String> duplicated) {
        return duplicated.stream().anyMatch(d -> anchor.startsWith(d + "."));
    }
}

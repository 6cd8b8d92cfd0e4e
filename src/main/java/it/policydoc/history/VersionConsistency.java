package it.policydoc.history;

import it.policydoc.diag.Diagnostic;
import it.policydoc.model.Act;
import it.policydoc.model.PolicyStatus;
import it.policydoc.model.SourcePos;
import it.policydoc.text.ItalianDates;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An approved policy with frozen versions must be the text its last version froze: an approved
 * text changed in place (without {@code amend}) would publish words no act approved.
 */
public final class VersionConsistency {

    private VersionConsistency() {
    }

    public static List<Diagnostic> check(PolicyHistory history, VersionTree trees) {
        Optional<Version> inForce = history.inForce();
        if (inForce.isEmpty() || history.current().metadata().status() != PolicyStatus.APPROVED) {
            return List.of();
        }
        SourcePos at = SourcePos.start(history.current().source());
        Optional<LocalDate> latestAct = history.current().metadata().acts().stream()
                .filter(a -> a.number().isPresent()).map(Act::date).flatMap(Optional::stream)
                .max(LocalDate::compareTo);
        if (latestAct.isEmpty() || !latestAct.get().equals(inForce.get().date())) {
            return List.of(Diagnostic.warning("approved-not-frozen", at, ItalianDates.format(inForce.get().date())));
        }
        if (!same(trees.of(history.current()), trees.of(inForce.get().policy()))) {
            return List.of(Diagnostic.error("approved-text-changed", at, ItalianDates.format(inForce.get().date())));
        }
        return List.of();
    }

    private static boolean same(UnitNode a, UnitNode b) {
        if (a.kind() != b.kind() || !a.label().equals(b.label()) || !a.title().equals(b.title())
                || !a.text().equals(b.text()) || a.children().size() != b.children().size()) {
            return false;
        }
        for (int i = 0; i < a.children().size(); i++) {
            if (!same(a.children().get(i), b.children().get(i))) {
                return false;
            }
        }
        return true;
    }
}

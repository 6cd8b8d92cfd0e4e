package it.policydoc.check;

import it.policydoc.diag.Diagnostic;
import it.policydoc.model.Act;
import it.policydoc.model.ActRole;
import it.policydoc.model.Outline;
import it.policydoc.model.Policy;
import it.policydoc.model.PolicyStatus;
import it.policydoc.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The acts agree with the status: an approved policy names the act that approved it, with number
 * and date (they are printed on the annex and the page); a draft's act has neither yet. An act
 * known only by its year ({@code anno}) is for drafts: an approved text gives the date.
 */
final class AdoptionActsCheck implements PolicyCheck {

    @Override
    public List<Diagnostic> check(Policy policy, Outline outline) {
        List<Diagnostic> found = new ArrayList<>();
        var meta = policy.metadata();
        Optional<Act> adoption = meta.acts().stream().filter(a -> a.role() == ActRole.ADOPTION).findFirst();
        if (meta.status() == PolicyStatus.APPROVED) {
            if (adoption.isEmpty()) {
                found.add(Diagnostic.warning("missing-adoption-act", SourcePos.start(policy.source())));
            }
            for (Act act : meta.acts()) {
                if (act.year().isPresent() && act.date().isEmpty()) {
                    found.add(Diagnostic.error("act-year-approved", act.pos()));
                } else if (act.number().isEmpty() || act.date().isEmpty()) {
                    found.add(Diagnostic.warning("act-incomplete", act.pos()));
                }
            }
        } else {
            adoption.filter(a -> a.number().isPresent() || a.date().isPresent())
                    .ifPresent(a -> found.add(Diagnostic.warning("draft-act-numbered", a.pos())));
        }
        meta.acts().stream().filter(a -> a.year().isPresent() && a.date().isPresent())
                .forEach(a -> found.add(Diagnostic.warning("act-year-and-date", a.pos())));
        meta.acts().stream().filter(a -> a.role() == ActRole.ADOPTION).skip(1)
                .forEach(a -> found.add(Diagnostic.error("second-adoption-act", a.pos())));
        return found;
    }
}

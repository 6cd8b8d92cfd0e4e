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
 * The acts agree with the status. An approved policy names the act that approved it, with number
 * and full date: the annex, the page and the JSON-LD print them and call the text in force, so
 * without them an approved policy would be published as if approved by nobody (an error). A
 * draft's act has neither yet (a warning: the clerk may be filling them in); an act known only
 * by its year ({@code anno}) is for drafts: an approved text gives the date.
 */
final class AdoptionActsCheck implements PolicyCheck {

    @Override
    public List<Diagnostic> check(Policy policy, Outline outline) {
        List<Diagnostic> found = new ArrayList<>();
        var meta = policy.metadata();
        Optional<Act> adoption = meta.acts().stream().filter(a -> a.role() == ActRole.ADOPTION).findFirst();
        if (meta.status() == PolicyStatus.APPROVED) {
            if (adoption.isEmpty()) {
                SourcePos status = meta.statusPos().orElse(SourcePos.start(policy.source()));
                found.add(Diagnostic.error(meta.acts().isEmpty() ? "missing-adoption-act" : "missing-adoption-role", status));
            }
            for (Act act : meta.acts()) {
                if (act.year().isPresent() && act.date().isEmpty()) {
                    found.add(Diagnostic.error("act-year-approved", act.pos()));
                } else {
                    missing(act).ifPresent(what -> found.add(Diagnostic.error("act-incomplete", act.pos(), what)));
                }
            }
        } else {
            // The act a draft is proposed for is its latest: earlier ones (an old adoption it
            // amends) rightly have their number already.
            meta.acts().stream().reduce((earlier, later) -> later)
                    .filter(a -> a.number().isPresent() || a.date().isPresent())
                    .ifPresent(a -> found.add(Diagnostic.warning("draft-act-numbered", a.pos())));
        }
        meta.acts().stream().filter(a -> a.year().isPresent() && a.date().isPresent())
                .forEach(a -> found.add(Diagnostic.warning("act-year-and-date", a.pos())));
        meta.acts().stream().filter(a -> a.role() == ActRole.ADOPTION).skip(1)
                .forEach(a -> found.add(Diagnostic.error("second-adoption-act", a.pos())));
        return found;
    }

    /** What an act of an approved policy lacks, as a word of the message bundle. */
    private static Optional<String> missing(Act act) {
        if (act.number().isEmpty() && act.date().isEmpty()) {
            return Optional.of("@act.number-and-date");
        }
        if (act.number().isEmpty()) {
            return Optional.of("@act.number");
        }
        return act.date().isEmpty() ? Optional.of("@act.date") : Optional.empty();
    }
}

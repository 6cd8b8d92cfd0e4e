package it.policydoc.check;

import it.policydoc.diag.Diagnostic;
import it.policydoc.model.Outline;
import it.policydoc.model.Policy;
import it.policydoc.text.InlineMarkdown;
import java.util.ArrayList;
import java.util.List;

/** Runs every check on every policy and gathers what they report. */
public final class PolicyChecker {

    private final List<PolicyCheck> checks;

    public PolicyChecker(List<PolicyCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /** The checks policydoc runs before it writes anything. */
    public static PolicyChecker standard(InlineMarkdown markdown) {
        return new PolicyChecker(List.of(new UniqueIdsCheck(), new AdoptionActsCheck(), new StructureLevelsCheck(),
                new SymbolicReferencesCheck(markdown), new TextualReferencesCheck(markdown),
                new HandbookCheck(markdown)));
    }

    public List<Diagnostic> check(List<Policy> policies) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Policy policy : policies) {
            Outline outline = Outline.of(policy);
            for (PolicyCheck check : checks) {
                diagnostics.addAll(check.check(policy, outline));
            }
        }
        return diagnostics;
    }
}

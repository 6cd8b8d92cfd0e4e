package it.policydoc.history;

import it.policydoc.model.PolicyStatus;
import it.policydoc.model.Policy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A policy with the versions approved before: each version numbered by the one before it, and
 * the current text numbered by the last, so that a number once approved never moves.
 *
 * @param current the policy as the clerk's file has it now, with frozen numbers
 * @param versions the approved versions, oldest first, with frozen numbers
 */
public record PolicyHistory(Policy current, List<Version> versions) {

    public PolicyHistory {
        versions = List.copyOf(versions);
    }

    /** Numbers every version and the current text through the chain of approvals. */
    public static PolicyHistory of(Policy current, List<Version> frozen, VersionTree trees) {
        List<Version> sorted = frozen.stream().sorted(Comparator.comparing(Version::date)).toList();
        List<Version> numbered = new ArrayList<>();
        for (Version v : sorted) {
            numbered.add(numbered.isEmpty() ? v
                    : v.numbered(FrozenNumbering.apply(numbered.get(numbered.size() - 1).policy(), v.policy(), trees)));
        }
        Policy labelled = numbered.isEmpty() ? current
                : FrozenNumbering.apply(numbered.get(numbered.size() - 1).policy(), current, trees);
        return new PolicyHistory(labelled, numbered);
    }

    /** The last approved version: the text in force. */
    public Optional<Version> inForce() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /** Whether the current text is an amendment not yet approved, beside a text in force. */
    public boolean amending() {
        return inForce().isPresent() && current.metadata().status() == PolicyStatus.DRAFT;
    }
}

package it.policydoc.history;

import it.policydoc.model.Act;
import it.policydoc.model.ActRole;
import it.policydoc.model.PolicyStatus;
import it.policydoc.model.Policy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A policy with the versions approved before: each version numbered by the one before it, and
 * the current text numbered by the last, so that a number once approved never moves; and the
 * notes of each text's testo coordinato. A version approved as a whole new text ({@code ruolo:
 * sostituzione}) starts afresh: numbered from 1, without notes.
 *
 * @param current the policy as the clerk's file has it now, with frozen numbers
 * @param versions the approved versions, oldest first, with frozen numbers
 * @param versionNotes the notes of each version's testo coordinato, in the same order
 * @param currentNotes the notes of the current text: a proposal's show what it would change
 */
public record PolicyHistory(Policy current, List<Version> versions, List<AmendmentNotes> versionNotes,
        AmendmentNotes currentNotes) {

    public PolicyHistory {
        versions = List.copyOf(versions);
        versionNotes = List.copyOf(versionNotes);
    }

    /** Numbers every version and the current text through the chain of approvals, and notes what each changed. */
    public static PolicyHistory of(Policy current, List<Version> frozen, VersionTree trees) {
        List<Version> sorted = frozen.stream().sorted(Comparator.comparing(Version::date)).toList();
        CoordinationNotes coordination = new CoordinationNotes(trees);
        List<Version> numbered = new ArrayList<>();
        List<AmendmentNotes> notes = new ArrayList<>();
        for (Version v : sorted) {
            if (numbered.isEmpty() || replaces(v.policy(), v.act())) {
                numbered.add(v);
                notes.add(AmendmentNotes.NONE);
                continue;
            }
            Version before = numbered.get(numbered.size() - 1);
            AmendmentNotes beforeNotes = notes.get(notes.size() - 1);
            Version labelled = v.numbered(FrozenNumbering.apply(before.policy(), v.policy(), trees, beforeNotes));
            numbered.add(labelled);
            // A frozen version always names the act that approved it (VersionFiles refuses one that does not).
            notes.add(coordination.next(beforeNotes, before.policy(), labelled.policy(),
                    labelled.act().orElseThrow()));
        }
        if (numbered.isEmpty()) {
            return new PolicyHistory(current, numbered, notes, AmendmentNotes.NONE);
        }
        Version last = numbered.get(numbered.size() - 1);
        AmendmentNotes lastNotes = notes.get(notes.size() - 1);
        Policy labelled = FrozenNumbering.apply(last.policy(), current, trees, lastNotes);
        Optional<Act> proposed = proposedAct(current);
        if (current.metadata().status() != PolicyStatus.DRAFT || proposed.isEmpty()) {
            return new PolicyHistory(labelled, numbered, notes, lastNotes);
        }
        return new PolicyHistory(labelled, numbered, notes,
                coordination.next(lastNotes, last.policy(), labelled, proposed.get()));
    }

    /** Whether a text was approved in place of the one before, renumbered: its approving act says so. */
    private static boolean replaces(Policy policy, Optional<Act> act) {
        return act.or(() -> policy.metadata().acts().stream().filter(a -> a.number().isPresent())
                .reduce((first, later) -> later)).map(Act::role).filter(ActRole.REPLACEMENT::equals).isPresent();
    }

    /** The act a draft amendment proposes: the last act without a number. */
    private static Optional<Act> proposedAct(Policy draft) {
        return draft.metadata().acts().stream().filter(a -> a.number().isEmpty()).reduce((first, later) -> later);
    }

    /** The last approved version: the text in force. */
    public Optional<Version> inForce() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /** Whether the current text is an amendment not yet approved, beside a text in force. */
    public boolean amending() {
        return inForce().isPresent() && current.metadata().status() == PolicyStatus.DRAFT;
    }

    /** The notes of the text the public page shows: the text in force while an amendment is a draft. */
    public AmendmentNotes publishedNotes() {
        return amending() ? versionNotes.get(versionNotes.size() - 1) : currentNotes;
    }
}

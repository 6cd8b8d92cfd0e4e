package it.policydoc.bench;

import java.util.Optional;

/**
 * Cold {@code ./policydoc build} processes after a clerk's edit of one comma, in the two cases
 * issue 16 sets apart.
 *
 * @param outsideHandbook edits of a comma the handbook does not print; empty when no policy has one
 * @param insideHandbook edits of a comma the handbook prints; empty when no policy has one
 */
public record EditRuns(Optional<Case> outsideHandbook, Optional<Case> insideHandbook) {

    /** The comma edited (file and anchor) and the builds that followed. */
    public record Case(String policy, String anchor, Timings builds) {
    }
}

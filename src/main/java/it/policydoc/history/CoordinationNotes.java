package it.policydoc.history;

import it.policydoc.model.Act;
import it.policydoc.model.Policy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The notes of a testo coordinato, found by comparing each approved text with the one before
 * it: a unit with no old self is inserted, a unit whose words changed is modified, a numbered
 * unit with no new self is repealed and stays where it stood. Italian drafting knows no "move":
 * a numbered unit that moves and takes a new number is repealed where it was and inserted where
 * it is. An unnumbered unit (a paragraph without id) carries no note of its own: the unit around
 * it is modified. Notes of earlier amendments follow their units into later texts. Pure.
 */
public final class CoordinationNotes {

    private final VersionTree trees;

    public CoordinationNotes(VersionTree trees) {
        this.trees = trees;
    }

    /**
     * The notes of {@code newer}: those of {@code older} carried over, and what {@code act}
     * changed from {@code older} to {@code newer} (both with their frozen numbers).
     */
    public AmendmentNotes next(AmendmentNotes previous, Policy older, Policy newer, Act act) {
        return new Step(trees.of(older), trees.of(newer), act).run(previous);
    }

    /** One amendment: the notes of the text before it carried over, and its own added. */
    private static final class Step {

        private final UnitNode oldRoot;
        private final UnitNode newRoot;
        private final Act act;
        private final Alignment alignment;
        private final Map<List<Integer>, UnitNode> olds = new HashMap<>();
        private final Map<List<Integer>, UnitNode> news = new HashMap<>();
        private final Set<String> newAnchors = new HashSet<>();
        private final Map<String, List<UnitNote>> notes = new LinkedHashMap<>();
        private final Map<String, List<RepealedUnit>> before = new LinkedHashMap<>();
        private final Map<String, List<RepealedUnit>> after = new LinkedHashMap<>();
        /** Earlier notes of units this amendment repeals: their placeholders keep them. */
        private final Map<String, List<UnitNote>> ofRepealed = new HashMap<>();

        Step(UnitNode oldRoot, UnitNode newRoot, Act act) {
            this.oldRoot = oldRoot;
            this.newRoot = newRoot;
            this.act = act;
            this.alignment = Alignment.of(oldRoot, newRoot);
            index(oldRoot, olds);
            index(newRoot, news);
            news.values().forEach(n -> newAnchors.add(n.anchor()));
        }

        AmendmentNotes run(AmendmentNotes previous) {
            Map<String, String> renamed = new HashMap<>();
            for (UnitNode old : olds.values()) {
                alignment.newOf(old).filter(n -> !old.anchor().isEmpty() && !n.anchor().isEmpty())
                        .ifPresent(n -> renamed.put(old.anchor(), n.anchor()));
            }
            previous.notes().forEach((anchor, list) -> {
                String now = renamed.get(anchor);
                if (now != null) {
                    notes.computeIfAbsent(now, k -> new ArrayList<>()).addAll(list);
                } else {
                    ofRepealed.put(anchor, list);
                }
            });
            previous.before().forEach((anchor, list) -> before
                    .computeIfAbsent(renamed.getOrDefault(anchor, anchor), k -> new ArrayList<>()).addAll(list));
            previous.after().forEach((anchor, list) -> after
                    .computeIfAbsent(renamed.getOrDefault(anchor, anchor), k -> new ArrayList<>()).addAll(list));
            inserted(newRoot);
            repealed(oldRoot);
            return new AmendmentNotes(notes, freeAnchors(before), freeAnchors(after));
        }

        /** Units of the new text that are new or changed. */
        private void inserted(UnitNode node) {
            for (UnitNode child : node.children()) {
                Optional<UnitNode> old = alignment.oldOf(child);
                if (old.isEmpty() || relabelled(old.get(), child)) {
                    if (child.kind() != UnitNode.Kind.LIST && !child.anchor().isEmpty()) {
                        note(child.anchor(), UnitNote.Change.INSERTED);
                    } else {
                        noteAround(child.path(), news);
                    }
                    continue;
                }
                if (!old.get().words().equals(child.words())
                        || alignment.moved(child) && child.label().filter(l -> !l.isEmpty()).isEmpty()) {
                    if (child.kind() != UnitNode.Kind.LIST && !child.anchor().isEmpty()) {
                        note(child.anchor(), UnitNote.Change.CHANGED);
                    } else {
                        noteAround(child.path(), news);
                    }
                }
                inserted(child);
            }
        }

        /** Units of the old text that are gone, or gone from their number. */
        private void repealed(UnitNode node) {
            for (UnitNode child : node.children()) {
                Optional<UnitNode> current = alignment.newOf(child);
                if (current.isPresent()) {
                    if (relabelled(child, current.get())) {
                        placeholder(child, child);
                    } else {
                        repealed(child);
                    }
                } else if (numbered(child)) {
                    placeholder(child, child);
                } else if (child.kind() == UnitNode.Kind.LIST || child.kind() == UnitNode.Kind.SECTION) {
                    // A list or section goes with its points or articles, each repealed where the whole stood.
                    List<UnitNode> inside = new ArrayList<>();
                    numberedInside(child, inside);
                    inside.forEach(unit -> placeholder(unit, child));
                    if (inside.isEmpty()) {
                        noteAroundOld(child);
                    }
                } else {
                    noteAroundOld(child);
                }
            }
        }

        private void placeholder(UnitNode old, UnitNode standingFor) {
            List<UnitNote> history = new ArrayList<>(ofRepealed.getOrDefault(old.anchor(), List.of()));
            history.add(new UnitNote(UnitNote.Change.REPEALED, act));
            RepealedUnit unit = new RepealedUnit(old.kind(), old.label().orElse(""), old.anchor(), history);
            Optional<Place> place = place(standingFor);
            if (place.isEmpty()) {
                noteAroundOld(standingFor);
            } else if (place.get().after()) {
                after.computeIfAbsent(place.get().anchor(), k -> new ArrayList<>()).add(unit);
            } else {
                before.computeIfAbsent(place.get().anchor(), k -> new ArrayList<>()).add(unit);
            }
        }

        private record Place(boolean after, String anchor) {
        }

        /**
         * Where a repealed unit stands in the new text: after the last unit before it that is
         * still there (or repealed before it, and so standing there too), else before the first
         * unit after it that is still there, in the same container.
         */
        private Optional<Place> place(UnitNode old) {
            UnitNode parent = olds.get(parentPath(old.path()));
            if (parent == null) {
                return Optional.empty();
            }
            Optional<List<Integer>> container = alignment.newOf(parent).map(UnitNode::path);
            List<UnitNode> siblings = parent.children();
            int at = siblings.indexOf(old);
            for (int j = at - 1; j >= 0; j--) {
                UnitNode s = siblings.get(j);
                Optional<UnitNode> current = alignment.newOf(s);
                if (current.isPresent() && staysIn(s, current.get(), container)) {
                    return Optional.of(new Place(true, current.get().anchor()));
                }
                if ((current.isEmpty() || relabelled(s, current.get())) && numbered(s) && !s.anchor().isEmpty()) {
                    return Optional.of(new Place(true, s.anchor()));
                }
            }
            for (int j = at + 1; j < siblings.size(); j++) {
                UnitNode s = siblings.get(j);
                Optional<UnitNode> current = alignment.newOf(s);
                if (current.isPresent() && staysIn(s, current.get(), container)) {
                    return Optional.of(new Place(false, current.get().anchor()));
                }
            }
            return Optional.empty();
        }

        private boolean staysIn(UnitNode old, UnitNode current, Optional<List<Integer>> container) {
            return !current.anchor().isEmpty() && !relabelled(old, current)
                    && container.filter(parentPath(current.path())::equals).isPresent();
        }

        /** A numbered unit that moved and took another number: repealed there, inserted here. */
        private boolean relabelled(UnitNode old, UnitNode current) {
            return numbered(old) && !old.label().equals(current.label());
        }

        private static boolean numbered(UnitNode unit) {
            return (unit.kind() == UnitNode.Kind.ARTICLE || unit.kind() == UnitNode.Kind.COMMA
                    || unit.kind() == UnitNode.Kind.POINT) && unit.label().filter(l -> !l.isEmpty()).isPresent();
        }

        private static void numberedInside(UnitNode node, List<UnitNode> out) {
            for (UnitNode child : node.children()) {
                if (numbered(child) && child.kind() != UnitNode.Kind.COMMA) {
                    out.add(child);
                } else if (child.kind() == UnitNode.Kind.LIST || child.kind() == UnitNode.Kind.SECTION) {
                    numberedInside(child, out);
                }
            }
        }

        /** The nearest unit around a new unit that can carry a note: it was modified. */
        private void noteAround(List<Integer> path, Map<List<Integer>, UnitNode> tree) {
            for (List<Integer> p = parentPath(path); p != null && !p.isEmpty(); p = parentPath(p)) {
                UnitNode around = tree.get(p);
                if (around.kind() == UnitNode.Kind.PREAMBLE) {
                    return;
                }
                if (around.kind() != UnitNode.Kind.LIST && !around.anchor().isEmpty()) {
                    note(around.anchor(), UnitNote.Change.CHANGED);
                    return;
                }
            }
        }

        /** The nearest unit around an old unit that is still in the new text was modified. */
        private void noteAroundOld(UnitNode old) {
            for (List<Integer> p = parentPath(old.path()); p != null && !p.isEmpty(); p = parentPath(p)) {
                Optional<UnitNode> current = alignment.newOf(olds.get(p));
                if (current.isPresent()) {
                    UnitNode around = current.get();
                    if (around.kind() != UnitNode.Kind.LIST && !around.anchor().isEmpty()
                            && around.kind() != UnitNode.Kind.PREAMBLE) {
                        note(around.anchor(), UnitNote.Change.CHANGED);
                        return;
                    }
                    noteAround(around.path(), news);
                    return;
                }
            }
        }

        private void note(String anchor, UnitNote.Change change) {
            List<UnitNote> list = notes.computeIfAbsent(anchor, k -> new ArrayList<>());
            UnitNote note = new UnitNote(change, act);
            if (list.isEmpty() || !list.get(list.size() - 1).equals(note)) {
                list.add(note);
            }
        }

        /** A repealed unit whose anchor a unit of the new text now uses gives it up. */
        private Map<String, List<RepealedUnit>> freeAnchors(Map<String, List<RepealedUnit>> placed) {
            Map<String, List<RepealedUnit>> out = new LinkedHashMap<>();
            placed.forEach((anchor, units) -> out.put(anchor, units.stream()
                    .map(u -> newAnchors.contains(u.anchor()) && !u.anchor().isEmpty()
                            ? new RepealedUnit(u.kind(), u.label(), "", u.notes()) : u)
                    .toList()));
            return out;
        }

        private static void index(UnitNode node, Map<List<Integer>, UnitNode> out) {
            out.put(node.path(), node);
            node.children().forEach(child -> index(child, out));
        }

        private static List<Integer> parentPath(List<Integer> path) {
            return path.isEmpty() ? null : path.subList(0, path.size() - 1);
        }
    }
}

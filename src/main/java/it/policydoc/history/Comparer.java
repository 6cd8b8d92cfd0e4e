package it.policydoc.history;

import it.policydoc.model.Policy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares two versions of a policy, both carrying their frozen numbers: aligns them, then walks
 * the new text, putting each removed unit after the unit that followed it before, and diffs the
 * words of every unit present on both sides. Pure.
 */
public final class Comparer {

    private final VersionTree trees;

    public Comparer(VersionTree trees) {
        this.trees = trees;
    }

    public Comparison compare(Policy older, Policy newer) {
        UnitNode oldRoot = trees.of(older);
        UnitNode newRoot = trees.of(newer);
        Alignment alignment = Alignment.of(oldRoot, newRoot);
        Map<List<Integer>, String> oldAddresses = new HashMap<>();
        addresses(oldRoot, "", oldAddresses);
        Map<List<Integer>, String> newAddresses = new HashMap<>();
        addresses(newRoot, "", newAddresses);
        Walk walk = new Walk(alignment, oldAddresses, newAddresses, new ArrayList<>());
        walk.children(Optional.of(oldRoot), newRoot, 0);
        return new Comparison(walk.rows());
    }

    private record Walk(Alignment alignment, Map<List<Integer>, String> oldAddresses,
            Map<List<Integer>, String> newAddresses, List<Comparison.Row> rows) {

        /** The children of a new container, with the removed children of its old self where they stood. */
        void children(Optional<UnitNode> old, UnitNode current, int depth) {
            List<UnitNode> news = current.children();
            Map<Integer, List<UnitNode>> removedAfter = new HashMap<>();
            int anchor = -1;
            for (UnitNode o : old.map(UnitNode::children).orElse(List.of())) {
                Optional<UnitNode> continued = alignment.newOf(o);
                int here = continued.map(news::indexOf).orElse(-1);
                if (here >= 0) {
                    anchor = here;
                } else {
                    removedAfter.computeIfAbsent(anchor, k -> new ArrayList<>()).add(o);
                }
            }
            removedAfter.getOrDefault(-1, List.of()).forEach(o -> removed(o, depth));
            for (int i = 0; i < news.size(); i++) {
                unit(news.get(i), depth);
                removedAfter.getOrDefault(i, List.of()).forEach(o -> removed(o, depth));
            }
        }

        private void unit(UnitNode current, int depth) {
            Optional<UnitNode> old = alignment.oldOf(current);
            if (transparent(current)) {
                children(old, current, depth);
                return;
            }
            if (old.isEmpty()) {
                rows.add(new Comparison.Row(depth, current.kind(), Comparison.Change.INSERTED, Optional.empty(),
                        current.label(), Optional.empty(), address(newAddresses, current), Optional.empty(),
                        List.of(), WordDiff.whole(WordDiff.Segment.Kind.INSERTED, current.words())));
                children(Optional.empty(), current, depth + 1);
                return;
            }
            WordDiff.Sides sides = WordDiff.of(old.get().words(), current.words());
            Comparison.Change change = alignment.moved(current) ? Comparison.Change.MOVED
                    : sides.changed() ? Comparison.Change.CHANGED : Comparison.Change.UNCHANGED;
            Optional<String> movedFrom = change == Comparison.Change.MOVED
                    ? address(oldAddresses, old.get()) : Optional.empty();
            rows.add(new Comparison.Row(depth, current.kind(), change, old.get().label(), current.label(),
                    address(oldAddresses, old.get()), address(newAddresses, current), movedFrom, sides.old(),
                    sides.current()));
            children(old, current, depth + 1);
        }

        private void removed(UnitNode old, int depth) {
            if (transparent(old)) {
                old.children().forEach(child -> removed(child, depth));
                return;
            }
            Optional<UnitNode> movedTo = alignment.newOf(old);
            if (movedTo.isPresent()) {
                // Shown in full where it now stands; here only where it went.
                rows.add(new Comparison.Row(depth, old.kind(), Comparison.Change.MOVED, old.label(), Optional.empty(),
                        address(oldAddresses, old), address(newAddresses, movedTo.get()), Optional.empty(),
                        WordDiff.whole(WordDiff.Segment.Kind.DELETED, old.words()), List.of()));
                return;
            }
            rows.add(new Comparison.Row(depth, old.kind(), Comparison.Change.REMOVED, old.label(), Optional.empty(),
                    address(oldAddresses, old), Optional.empty(), Optional.empty(),
                    WordDiff.whole(WordDiff.Segment.Kind.DELETED, old.words()), List.of()));
            old.children().forEach(child -> removed(child, depth + 1));
        }

        /** Lists and the preamble hold units but have no words or number of their own. */
        private static boolean transparent(UnitNode node) {
            return node.kind() == UnitNode.Kind.LIST || node.kind() == UnitNode.Kind.PREAMBLE;
        }

        private static Optional<String> address(Map<List<Integer>, String> addresses, UnitNode node) {
            return Optional.ofNullable(addresses.get(node.path())).filter(a -> !a.isEmpty());
        }
    }

    /** How each unit is cited: "art. 4-bis", "art. 4, comma 2, lettera b)", "sezione «Privacy», punto 3". */
    private static void addresses(UnitNode node, String around, Map<List<Integer>, String> out) {
        String own = switch (node.kind()) {
            case SECTION -> "sezione «" + node.title() + "»";
            case ARTICLE -> "art. " + node.label().orElse("");
            case COMMA -> join(around, "comma " + node.label().orElse(""));
            case POINT -> join(around, node.label().filter(l -> Character.isLetter(l.charAt(0)))
                    .map(l -> "lettera " + l + ")").orElse("punto " + node.label().orElse("")));
            case PARAGRAPH -> around.isEmpty() ? "testo" : around;
            case PREAMBLE -> "premessa";
            case TEXT, LIST -> around;
        };
        out.put(node.path(), own);
        for (UnitNode child : node.children()) {
            addresses(child, node.kind() == UnitNode.Kind.PARAGRAPH ? around : own, out);
        }
    }

    private static String join(String around, String own) {
        return around.isEmpty() ? own : around + ", " + own;
    }
}

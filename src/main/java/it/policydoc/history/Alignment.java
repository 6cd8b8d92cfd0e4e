package it.policydoc.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which unit is which across two versions. Inside each pair of matched containers, units are
 * paired by id where they have one, then by identical words, then by similar words (most words
 * in common, at least half); a pair whose order changed is moved. Units left over anywhere are
 * then paired across containers when their words are nearly the same: a comma moved to another
 * article. Whatever is still left is inserted (new side) or removed (old side).
 */
public final class Alignment {

    /** Words two units must share, as a share of all their words, to count as the same reworded unit. */
    static final double SAME_UNIT = 0.5;
    /** A unit found in another container must be nearly unchanged to count as moved there. */
    static final double MOVED_UNIT = 0.75;

    private final Map<List<Integer>, UnitNode> oldByNew = new HashMap<>();
    private final Map<List<Integer>, UnitNode> newByOld = new HashMap<>();
    private final Set<List<Integer>> movedNew = new HashSet<>();

    private Alignment() {
    }

    public static Alignment of(UnitNode oldRoot, UnitNode newRoot) {
        Alignment alignment = new Alignment();
        alignment.pair(oldRoot, newRoot, false);
        alignment.acrossContainers(oldRoot, newRoot);
        return alignment;
    }

    /** The unit of the old version a unit of the new one continues, if any. */
    public Optional<UnitNode> oldOf(UnitNode newUnit) {
        return Optional.ofNullable(oldByNew.get(newUnit.path()));
    }

    /** The unit of the new version that continues a unit of the old one, if any. */
    public Optional<UnitNode> newOf(UnitNode oldUnit) {
        return Optional.ofNullable(newByOld.get(oldUnit.path()));
    }

    /** Whether a unit of the new version stands elsewhere than its old self (another place or another order). */
    public boolean moved(UnitNode newUnit) {
        return movedNew.contains(newUnit.path());
    }

    private void pair(UnitNode old, UnitNode current, boolean moved) {
        oldByNew.put(current.path(), old);
        newByOld.put(old.path(), current);
        if (moved) {
            movedNew.add(current.path());
        }
        children(old.children(), current.children());
    }

    private void children(List<UnitNode> olds, List<UnitNode> news) {
        int[] oldFor = new int[news.size()];
        java.util.Arrays.fill(oldFor, -1);
        boolean[] taken = new boolean[olds.size()];
        for (int n = 0; n < news.size(); n++) {
            UnitNode current = news.get(n);
            if (current.id().isPresent()) {
                for (int o = 0; o < olds.size(); o++) {
                    if (!taken[o] && olds.get(o).kind() == current.kind() && olds.get(o).id().equals(current.id())) {
                        take(oldFor, taken, n, o);
                        break;
                    }
                }
            }
        }
        for (int n = 0; n < news.size(); n++) {
            for (int o = 0; o < olds.size() && oldFor[n] < 0; o++) {
                if (!taken[o] && comparable(olds.get(o), news.get(n))
                        && olds.get(o).allWords().equals(news.get(n).allWords())) {
                    take(oldFor, taken, n, o);
                }
            }
        }
        for (int n = 0; n < news.size(); n++) {
            if (oldFor[n] >= 0) {
                continue;
            }
            int best = -1;
            double bestScore = SAME_UNIT;
            for (int o = 0; o < olds.size(); o++) {
                if (!taken[o] && comparable(olds.get(o), news.get(n))) {
                    double score = similarity(olds.get(o), news.get(n));
                    if (score >= bestScore && (best < 0 || score > bestScore
                            || Math.abs(o - n) < Math.abs(best - n))) {
                        best = o;
                        bestScore = score;
                    }
                }
            }
            if (best >= 0) {
                take(oldFor, taken, n, best);
            }
        }
        Set<Integer> inOrder = IncreasingRun.of(oldFor);
        for (int n = 0; n < news.size(); n++) {
            if (oldFor[n] >= 0) {
                pair(olds.get(oldFor[n]), news.get(n), !inOrder.contains(n));
            }
        }
    }

    private static void take(int[] oldFor, boolean[] taken, int n, int o) {
        oldFor[n] = o;
        taken[o] = true;
    }

    /** A list has no words of its own: it is the same list as the one in the same kind of place. */
    private static boolean comparable(UnitNode old, UnitNode current) {
        return old.kind() == current.kind();
    }

    private static double similarity(UnitNode old, UnitNode current) {
        if (old.kind() == UnitNode.Kind.LIST) {
            return 1;
        }
        boolean container = !old.children().isEmpty() || !current.children().isEmpty();
        double own = similarity(old.words(), current.words());
        return container && old.kind() != UnitNode.Kind.COMMA && old.kind() != UnitNode.Kind.POINT
                ? Math.max(own, similarity(old.allWords(), current.allWords()))
                : own;
    }

    /** Dice's coefficient over the words (lower case, without punctuation) of two texts. */
    static double similarity(String a, String b) {
        Map<String, Integer> words = new HashMap<>();
        List<String> left = words(a);
        List<String> right = words(b);
        if (left.isEmpty() && right.isEmpty()) {
            return 1;
        }
        for (String w : left) {
            words.merge(w, 1, Integer::sum);
        }
        int common = 0;
        for (String w : right) {
            Integer count = words.get(w);
            if (count != null && count > 0) {
                words.put(w, count - 1);
                common++;
            }
        }
        return 2.0 * common / (left.size() + right.size());
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ITALIAN).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** Pairs units left over in different containers when their words are nearly the same. */
    private void acrossContainers(UnitNode oldRoot, UnitNode newRoot) {
        List<UnitNode> removed = new ArrayList<>();
        List<UnitNode> inserted = new ArrayList<>();
        unpaired(oldRoot, newByOld, removed);
        unpaired(newRoot, oldByNew, inserted);
        for (UnitNode current : inserted) {
            if (oldByNew.containsKey(current.path())) {
                continue;
            }
            UnitNode best = null;
            double bestScore = MOVED_UNIT;
            for (UnitNode old : removed) {
                if (!newByOld.containsKey(old.path()) && old.kind() == current.kind()
                        && old.kind() != UnitNode.Kind.LIST) {
                    double score = similarity(old, current);
                    if (score >= bestScore && (best == null || score > bestScore)) {
                        best = old;
                        bestScore = score;
                    }
                }
            }
            if (best != null) {
                pair(best, current, true);
            }
        }
    }

    private static void unpaired(UnitNode node, Map<List<Integer>, UnitNode> paired, List<UnitNode> out) {
        for (UnitNode child : node.children()) {
            if (!paired.containsKey(child.path())) {
                out.add(child);
            }
            unpaired(child, paired, out);
        }
    }
}

package it.policydoc.history;

import it.policydoc.model.Article;
import it.policydoc.model.Block;
import it.policydoc.model.Comma;
import it.policydoc.model.Numbering;
import it.policydoc.model.Paragraph;
import it.policydoc.model.Point;
import it.policydoc.model.PointList;
import it.policydoc.model.Policy;
import it.policydoc.model.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Numbers a new text by the numbers of the version in force, as Italian drafting does once a
 * text is approved: a unit that continues an old one keeps its number; a unit inserted (or moved
 * out of its old order or place) takes the number of the unit before it with the next Latin
 * adverb (4-bis, 4-ter…), never the number of a unit that was there, nor of one repealed by an
 * earlier amendment (it still stands in the testo coordinato as "(abrogato)"); articles across
 * the whole text, commi within their article, points within their list. Pure.
 */
public final class FrozenNumbering {

    private FrozenNumbering() {
    }

    /**
     * @param inForce the version in force, with the numbers it carries
     * @param current the new text, numbered by position as the loader numbers it
     * @param repealed the testo coordinato's notes of the version in force: the numbers its
     *     repealed units keep
     * @return the new text carrying frozen numbers, with the anchors computed from them
     */
    public static Policy apply(Policy inForce, Policy current, VersionTree trees, AmendmentNotes repealed) {
        UnitNode oldRoot = trees.of(inForce);
        UnitNode newRoot = trees.of(current);
        Alignment alignment = Alignment.of(oldRoot, newRoot);
        Map<List<Integer>, String> labels = new HashMap<>();
        number(articles(oldRoot), articles(newRoot), alignment, labels, repealed);
        containers(newRoot, alignment, labels, repealed);
        return new Relabel(labels).policy(current);
    }

    /** Every container of numbered units (an article's commi, a list's points) numbered within itself. */
    private static void containers(UnitNode node, Alignment alignment, Map<List<Integer>, String> labels,
            AmendmentNotes repealed) {
        if (node.kind() == UnitNode.Kind.ARTICLE || node.kind() == UnitNode.Kind.LIST) {
            UnitNode.Kind numbered = node.kind() == UnitNode.Kind.ARTICLE ? UnitNode.Kind.COMMA : UnitNode.Kind.POINT;
            // A new article or list is numbered afresh, 1, 2…: nothing in it was ever cited.
            Optional<UnitNode> old = alignment.oldOf(node);
            if (old.isPresent()) {
                List<UnitNode> olds = old.get().children().stream().filter(c -> c.kind() == numbered).toList();
                List<UnitNode> news = node.children().stream().filter(c -> c.kind() == numbered).toList();
                number(olds, news, alignment, labels, repealed);
            }
        }
        node.children().forEach(child -> containers(child, alignment, labels, repealed));
    }

    private static List<UnitNode> articles(UnitNode root) {
        List<UnitNode> articles = new ArrayList<>();
        collectArticles(root, articles);
        return articles;
    }

    private static void collectArticles(UnitNode node, List<UnitNode> out) {
        for (UnitNode child : node.children()) {
            if (child.kind() == UnitNode.Kind.ARTICLE) {
                out.add(child);
            } else if (child.kind() == UnitNode.Kind.SECTION) {
                collectArticles(child, out);
            }
        }
    }

    /** Numbers the units of one container: those that keep their old order keep their labels. */
    private static void number(List<UnitNode> olds, List<UnitNode> news, Alignment alignment,
            Map<List<Integer>, String> labels, AmendmentNotes repealed) {
        Map<List<Integer>, Integer> oldIndex = new HashMap<>();
        for (int i = 0; i < olds.size(); i++) {
            oldIndex.put(olds.get(i).path(), i);
        }
        int[] oldFor = new int[news.size()];
        for (int n = 0; n < news.size(); n++) {
            oldFor[n] = alignment.oldOf(news.get(n)).map(o -> oldIndex.getOrDefault(o.path(), -1)).orElse(-1);
        }
        Set<Integer> stable = IncreasingRun.of(oldFor);
        Set<String> taken = new HashSet<>();
        olds.forEach(o -> o.label().ifPresent(taken::add));
        olds.forEach(o -> repealedBeside(o.anchor(), o.kind(), repealed, taken));
        Optional<String> previous = Optional.empty();
        for (int n = 0; n < news.size(); n++) {
            String label = stable.contains(n)
                    ? olds.get(oldFor[n]).label().orElseThrow()
                    : LatinSuffixes.after(previous, taken::contains);
            taken.add(label);
            labels.put(news.get(n).path(), label);
            previous = Optional.of(label);
        }
    }

    /** The numbers of the repealed units that stand before or after a unit, and after those, of its kind. */
    private static void repealedBeside(String anchor, UnitNode.Kind kind, AmendmentNotes repealed, Set<String> taken) {
        List<RepealedUnit> beside = new ArrayList<>(repealed.before(anchor));
        beside.addAll(repealed.after(anchor));
        for (RepealedUnit unit : beside) {
            if (unit.kind() == kind && taken.add(unit.label()) && !unit.anchor().isEmpty()) {
                repealedBeside(unit.anchor(), kind, repealed, taken);
            }
        }
    }

    /** Rebuilds a policy with the labels found, walking it in the order {@link VersionTree} does. */
    private record Relabel(Map<List<Integer>, String> labels) {

        Policy policy(Policy p) {
            List<Block> content = new ArrayList<>();
            for (int i = 0; i < p.content().size(); i++) {
                content.add(block(p.content().get(i), List.of(i + 1), Optional.empty()));
            }
            return new Policy(p.slug(), p.source(), p.base(), p.comune(), p.metadata(), p.preamble(), content,
                    p.handbook());
        }

        private Block block(Block block, List<Integer> path, Optional<String> listAnchor) {
            if (block instanceof Section s) {
                List<Block> content = new ArrayList<>();
                for (int i = 0; i < s.content().size(); i++) {
                    content.add(block(s.content().get(i), child(path, i), Optional.empty()));
                }
                return s.withContent(content);
            }
            if (block instanceof Article a) {
                List<Comma> commi = new ArrayList<>();
                for (int i = 0; i < a.commi().size(); i++) {
                    commi.add(comma(a.commi().get(i), child(path, i), a.anchor()));
                }
                return a.withCommi(commi).withLabel(labels.getOrDefault(path, a.label()));
            }
            if (!(block instanceof PointList l)) {
                // Paragraphs and definitions carry no number of their own.
                return block;
            }
            return list(l, path, parentOf(l));
        }

        private Comma comma(Comma c, List<Integer> path, String articleAnchor) {
            String label = labels.getOrDefault(path, c.label());
            String anchor = Numbering.anchor(c.id(), articleAnchor, label);
            Optional<PointList> points = c.points().map(l -> list(l, child(path, 0), anchor));
            return new Comma(c.id(), anchor, c.number(), c.text(), c.audience(), points, c.continuation(), c.pos(),
                    c.definitions(), label);
        }

        private PointList list(PointList l, List<Integer> path, String parentAnchor) {
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < l.points().size(); i++) {
                points.add(point(l.points().get(i), child(path, i), parentAnchor));
            }
            return new PointList(l.id(), l.style(), points, l.pos());
        }

        private Point point(Point p, List<Integer> path, String parentAnchor) {
            String label = labels.getOrDefault(path, p.label());
            String anchor = Numbering.anchor(p.id(), parentAnchor, label);
            Optional<PointList> sub = p.subpoints().map(l -> list(l, child(path, 0), anchor));
            return new Point(p.id(), anchor, p.ordinal(), label, p.title(), p.text(), p.audience(), sub, p.pos());
        }

        /** A list in a section's body anchors its points under the anchor the loader gave them. */
        private static String parentOf(PointList l) {
            return l.points().stream().filter(p -> p.id().isEmpty()).findFirst()
                    .map(p -> p.anchor().substring(0, p.anchor().length() - p.label().length() - 1))
                    .orElse(l.id().orElse("testo"));
        }

        private static List<Integer> child(List<Integer> path, int index) {
            List<Integer> child = new ArrayList<>(path);
            child.add(index);
            return child;
        }
    }
}

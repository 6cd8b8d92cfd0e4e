package it.policydoc.history;

import it.policydoc.model.Article;
import it.policydoc.model.Block;
import it.policydoc.model.Comma;
import it.policydoc.model.Paragraph;
import it.policydoc.model.Point;
import it.policydoc.model.PointList;
import it.policydoc.model.Policy;
import it.policydoc.model.Section;
import it.policydoc.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A policy's text as a tree of {@link UnitNode}s, the shape alignment and comparison work on.
 * The top node holds the preamble (first child) and then the body's blocks; a comma holds its
 * list of points, then its continuation paragraphs; a point holds its list of sub-points.
 */
public final class VersionTree {

    private final Function<Text, String> plain;

    /** @param plain the words of a text without its Markdown, as a reader sees them */
    public VersionTree(Function<Text, String> plain) {
        this.plain = plain;
    }

    public UnitNode of(Policy policy) {
        List<UnitNode> children = new ArrayList<>();
        List<UnitNode> preamble = new ArrayList<>();
        for (int i = 0; i < policy.preamble().size(); i++) {
            preamble.add(paragraph(policy.preamble().get(i), List.of(0, i)));
        }
        children.add(new UnitNode(UnitNode.Kind.PREAMBLE, Optional.empty(), "premessa", Optional.empty(), "", "",
                List.of(0), preamble));
        for (int i = 0; i < policy.content().size(); i++) {
            children.add(block(policy.content().get(i), List.of(i + 1)));
        }
        return new UnitNode(UnitNode.Kind.TEXT, Optional.empty(), "", Optional.empty(), "", "", List.of(), children);
    }

    private UnitNode block(Block block, List<Integer> path) {
        if (block instanceof Section s) {
            List<UnitNode> children = new ArrayList<>();
            for (int i = 0; i < s.content().size(); i++) {
                children.add(block(s.content().get(i), child(path, i)));
            }
            return new UnitNode(UnitNode.Kind.SECTION, Optional.of(s.id()), s.anchor(), Optional.empty(),
                    plain.apply(s.title()), "", path, children);
        }
        if (block instanceof Article a) {
            List<UnitNode> children = new ArrayList<>();
            for (int i = 0; i < a.commi().size(); i++) {
                children.add(comma(a.commi().get(i), child(path, i)));
            }
            return new UnitNode(UnitNode.Kind.ARTICLE, Optional.of(a.id()), a.anchor(), Optional.of(a.label()),
                    plain.apply(a.title()), "", path, children);
        }
        if (block instanceof Paragraph p) {
            return paragraph(p, path);
        }
        return list((PointList) block, path);
    }

    private UnitNode comma(Comma c, List<Integer> path) {
        List<UnitNode> children = new ArrayList<>();
        int index = 0;
        if (c.points().isPresent()) {
            children.add(list(c.points().get(), child(path, index++)));
        }
        for (Paragraph p : c.continuation()) {
            children.add(paragraph(p, child(path, index++)));
        }
        return new UnitNode(UnitNode.Kind.COMMA, c.id(), c.anchor(), Optional.of(c.label()), "",
                plain.apply(c.text()), path, children);
    }

    private UnitNode list(PointList l, List<Integer> path) {
        List<UnitNode> children = new ArrayList<>();
        for (int i = 0; i < l.points().size(); i++) {
            children.add(point(l.points().get(i), child(path, i)));
        }
        return new UnitNode(UnitNode.Kind.LIST, l.id(), l.id().orElse(""), Optional.empty(), "", "", path, children);
    }

    private UnitNode point(Point p, List<Integer> path) {
        List<UnitNode> children = p.subpoints().map(l -> List.of(list(l, child(path, 0)))).orElse(List.of());
        return new UnitNode(UnitNode.Kind.POINT, p.id(), p.anchor(), Optional.of(p.label()),
                p.title().map(plain).orElse(""), plain.apply(p.text()), path, children);
    }

    private UnitNode paragraph(Paragraph p, List<Integer> path) {
        return new UnitNode(UnitNode.Kind.PARAGRAPH, p.id(), p.id().orElse(""), Optional.empty(),
                p.title().map(plain).orElse(""), plain.apply(p.text()), path, List.of());
    }

    private static List<Integer> child(List<Integer> path, int index) {
        List<Integer> child = new ArrayList<>(path);
        child.add(index);
        return child;
    }
}

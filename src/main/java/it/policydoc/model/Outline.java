package it.policydoc.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every unit of a policy in reading order, flattened, so that checks and reference resolution
 * need not walk the tree themselves.
 */
public final class Outline {

    private final List<Unit> units;

    private Outline(List<Unit> units) {
        this.units = List.copyOf(units);
    }

    public static Outline of(Policy policy) {
        List<Unit> units = new ArrayList<>();
        policy.preamble().forEach(p -> paragraph(p, Optional.empty(), Optional.empty(), units));
        blocks(policy.content(), units);
        return new Outline(units);
    }

    public List<Unit> units() {
        return units;
    }

    private static void blocks(List<Block> blocks, List<Unit> units) {
        for (Block block : blocks) {
            if (block instanceof Section s) {
                units.add(new Unit(Unit.Kind.SECTION, Optional.of(s.id()), s.anchor(), Optional.empty(),
                        Optional.empty(), Optional.empty(), s.pos()));
                blocks(s.content(), units);
            } else if (block instanceof Article a) {
                article(a, units);
            } else if (block instanceof Paragraph p) {
                paragraph(p, Optional.empty(), Optional.empty(), units);
            } else if (block instanceof PointList l) {
                list(l, Optional.empty(), Optional.empty(), units);
            }
        }
    }

    private static void article(Article a, List<Unit> units) {
        Optional<Article> article = Optional.of(a);
        units.add(new Unit(Unit.Kind.ARTICLE, Optional.of(a.id()), a.anchor(), article, Optional.empty(),
                Optional.empty(), a.pos()));
        for (Comma c : a.commi()) {
            Optional<Comma> comma = Optional.of(c);
            units.add(new Unit(Unit.Kind.COMMA, c.id(), c.anchor(), article, comma, Optional.empty(), c.pos()));
            c.points().ifPresent(l -> list(l, article, comma, units));
            c.continuation().forEach(p -> paragraph(p, article, comma, units));
        }
    }

    private static void list(PointList list, Optional<Article> article, Optional<Comma> comma, List<Unit> units) {
        list.id().ifPresent(id -> units.add(new Unit(Unit.Kind.LIST, Optional.of(id), id, article, comma,
                Optional.empty(), list.pos())));
        for (Point p : list.points()) {
            units.add(new Unit(Unit.Kind.POINT, p.id(), p.anchor(), article, comma, Optional.of(p), p.pos()));
            p.subpoints().ifPresent(sub -> list(sub, article, comma, units));
        }
    }

    private static void paragraph(Paragraph p, Optional<Article> article, Optional<Comma> comma, List<Unit> units) {
        p.id().ifPresent(id -> units.add(new Unit(Unit.Kind.PARAGRAPH, Optional.of(id), id, article, comma,
                Optional.empty(), p.pos())));
    }
}

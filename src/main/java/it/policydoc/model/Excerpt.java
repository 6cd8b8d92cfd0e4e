package it.policydoc.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A part of a policy: the units a selection keeps, in reading order, each with the numbers it
 * has in the whole text ("comma 4" stays comma 4). The sections and articles around a kept unit
 * stay as its frame (their headings), and so does the comma or point whose list it is part of
 * (its words introduce the list); everything else is left out.
 *
 * @param preamble the kept paragraphs of the preamble
 * @param content the kept part of the body
 */
public record Excerpt(List<Paragraph> preamble, List<Block> content) {

    /** Which units a selection keeps whole. */
    @FunctionalInterface
    public interface Selection {

        /**
         * @param audience who the unit is for; empty for a list of points, which has no audience
         *     of its own (its points carry it)
         * @param anchor the unit's anchor, empty for a paragraph or list without an id
         * @param insideKept whether the unit around it is kept whole
         */
        boolean keeps(Optional<Audience> audience, Optional<String> anchor, boolean insideKept);
    }

    public Excerpt {
        preamble = List.copyOf(preamble);
        content = List.copyOf(content);
    }

    public static Excerpt of(Policy policy, Selection selection) {
        Pruner pruner = new Pruner(selection);
        List<Paragraph> preamble = policy.preamble().stream()
                .filter(p -> pruner.keeps(p, false)).toList();
        return new Excerpt(preamble, pruner.blocks(policy.content(), false));
    }

    /**
     * What the staff handbook gives as the rules for staff: every unit marked {@code personale},
     * on itself or on a unit around it, with the units inside it that concern staff too (marked
     * {@code tutti}); those inside it marked {@code pubblico} are left out. An unmarked unit at
     * the top is for everyone, like the whole policy, and is not a rule for staff as such.
     */
    public static Excerpt forStaff(Policy policy) {
        return of(policy, (audience, anchor, inside) -> audience
                .map(a -> a == Audience.STAFF || inside && a == Audience.ALL)
                .orElse(inside));
    }

    /** The units named, each whole, in reading order; a name that resolves to nothing is skipped (checks report it). */
    public static Excerpt ofUnits(Policy policy, List<UnitRef> names) {
        Outline outline = Outline.of(policy);
        Set<String> anchors = new HashSet<>();
        for (UnitRef name : names) {
            if (outline.resolve(name.path()) instanceof Target.Found found) {
                anchors.add(found.unit().anchor());
            }
        }
        return of(policy, (audience, anchor, inside) -> inside || anchor.filter(anchors::contains).isPresent());
    }

    public boolean isEmpty() {
        return preamble.isEmpty() && content.isEmpty();
    }

    /** Walks the tree once; a unit that is not kept survives only as the frame of one that is. */
    private record Pruner(Selection selection) {

        List<Block> blocks(List<Block> blocks, boolean inside) {
            List<Block> kept = new ArrayList<>();
            for (Block block : blocks) {
                block(block, inside).ifPresent(kept::add);
            }
            return kept;
        }

        private Optional<Block> block(Block block, boolean inside) {
            if (block instanceof Section s) {
                boolean whole = keeps(s.audience(), Optional.of(s.anchor()), inside);
                List<Block> content = blocks(s.content(), whole);
                return whole || !content.isEmpty()
                        ? Optional.of(s.withContent(content))
                        : Optional.empty();
            }
            if (block instanceof Article a) {
                boolean whole = keeps(a.audience(), Optional.of(a.anchor()), inside);
                List<Comma> commi = new ArrayList<>();
                for (Comma c : a.commi()) {
                    comma(c, whole).ifPresent(commi::add);
                }
                return whole || !commi.isEmpty()
                        ? Optional.of(a.withCommi(commi))
                        : Optional.empty();
            }
            if (block instanceof Paragraph p) {
                return keeps(p, inside) ? Optional.of(p) : Optional.empty();
            }
            if (block instanceof DefinitionList d) {
                return definitions(d, inside).map(Block.class::cast);
            }
            return list((PointList) block, inside).map(Block.class::cast);
        }

        private Optional<Comma> comma(Comma c, boolean inside) {
            boolean whole = keeps(c.audience(), Optional.of(c.anchor()), inside);
            Optional<PointList> points = c.points().flatMap(l -> list(l, whole));
            Optional<DefinitionList> definitions = c.definitions().flatMap(l -> definitions(l, whole));
            List<Paragraph> continuation = c.continuation().stream().filter(p -> keeps(p, whole)).toList();
            return whole || points.isPresent() || definitions.isPresent() || !continuation.isEmpty()
                    ? Optional.of(new Comma(c.id(), c.anchor(), c.number(), c.text(), c.audience(), points,
                            continuation, c.pos(), definitions))
                    : Optional.empty();
        }

        private Optional<DefinitionList> definitions(DefinitionList l, boolean inside) {
            boolean whole = selection.keeps(Optional.empty(), l.id(), inside);
            List<Definition> kept = l.definitions().stream()
                    .filter(d -> keeps(d.audience(), Optional.of(d.anchor()), whole)).toList();
            return kept.isEmpty() ? Optional.empty() : Optional.of(new DefinitionList(l.id(), kept, l.pos()));
        }

        private Optional<PointList> list(PointList l, boolean inside) {
            boolean whole = selection.keeps(Optional.empty(), l.id(), inside);
            List<Point> points = new ArrayList<>();
            for (Point p : l.points()) {
                point(p, whole).ifPresent(points::add);
            }
            return points.isEmpty() ? Optional.empty() : Optional.of(new PointList(l.id(), l.style(), points, l.pos()));
        }

        private Optional<Point> point(Point p, boolean inside) {
            boolean whole = keeps(p.audience(), Optional.of(p.anchor()), inside);
            Optional<PointList> sub = p.subpoints().flatMap(l -> list(l, whole));
            return whole || sub.isPresent()
                    ? Optional.of(new Point(p.id(), p.anchor(), p.ordinal(), p.label(), p.title(), p.text(),
                            p.audience(), sub, p.pos()))
                    : Optional.empty();
        }

        boolean keeps(Paragraph p, boolean inside) {
            return keeps(p.audience(), p.id(), inside);
        }

        private boolean keeps(Audience audience, Optional<String> anchor, boolean inside) {
            return selection.keeps(Optional.of(audience), anchor, inside);
        }
    }
}

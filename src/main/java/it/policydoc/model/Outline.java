package it.policydoc.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every unit of a policy in reading order, flattened, and every text with the unit it belongs
 * to, so that checks and reference resolution need not walk the tree themselves.
 */
public final class Outline {

    /** A text of the policy and the innermost unit it is part of (empty for the preamble). */
    public record TextSite(Text text, Optional<Unit> owner) {
    }

    private final List<Unit> units = new ArrayList<>();
    private final List<TextSite> texts = new ArrayList<>();
    private final Map<String, Unit> byAnchor = new LinkedHashMap<>();
    private final Map<Text, Optional<Unit>> owners = new HashMap<>();

    private Outline() {
    }

    public static Outline of(Policy policy) {
        Outline outline = new Outline();
        Place top = new Place(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        policy.preamble().forEach(p -> outline.paragraph(p, top));
        outline.blocks(policy.content(), top);
        return outline;
    }

    /** Units in reading order; several may share an anchor when the policy has a mistake. */
    public List<Unit> units() {
        return Collections.unmodifiableList(units);
    }

    public List<TextSite> texts() {
        return Collections.unmodifiableList(texts);
    }

    /** The innermost unit a text of this policy belongs to; empty for the preamble and unknown texts. */
    public Optional<Unit> ownerOf(Text text) {
        return owners.getOrDefault(text, Optional.empty());
    }

    /** The position of a unit in reading order, to tell "precedente" from "successivo". */
    public int indexOf(Unit unit) {
        return units.indexOf(unit);
    }

    /** The first unit with this anchor (an id, or a computed path such as {@code gestione.3}). */
    public Optional<Unit> byAnchor(String anchor) {
        return Optional.ofNullable(byAnchor.get(anchor));
    }

    /**
     * Looks a reference target up: an anchor as it stands ("gestione.3" when the comma has no
     * id of its own), otherwise an id followed by comma numbers and point labels, so that
     * "gestione.3.b" still works when comma 3 has an id.
     */
    public Target resolve(String path) {
        Unit exact = byAnchor(path).orElse(null);
        if (exact != null) {
            return new Target.Found(exact);
        }
        String[] steps = path.split("\\.");
        Unit unit = byAnchor(steps[0]).orElse(null);
        if (unit == null) {
            return new Target.UnknownId(steps[0]);
        }
        for (int i = 1; i < steps.length; i++) {
            Unit child = child(unit, steps[i]);
            if (child == null) {
                return new Target.Missing(unit, steps[i]);
            }
            unit = child;
        }
        return new Target.Found(unit);
    }

    private Unit child(Unit parent, String step) {
        String anchor = switch (parent.kind()) {
            case ARTICLE -> parent.article().flatMap(a -> a.commi().stream()
                    .filter(c -> Integer.toString(c.number()).equals(step)).findFirst()).map(Comma::anchor).orElse(null);
            case COMMA -> parent.comma().flatMap(Comma::points).flatMap(l -> pointAnchor(l, step))
                    .or(() -> parent.comma().flatMap(Comma::definitions).flatMap(l -> definitionAnchor(l, step)))
                    .orElse(null);
            case POINT -> parent.point().flatMap(Point::subpoints).flatMap(l -> pointAnchor(l, step)).orElse(null);
            default -> parent.anchor() + "." + step;
        };
        return anchor == null ? null : byAnchor(anchor).orElse(null);
    }

    private static Optional<String> definitionAnchor(DefinitionList list, String ordinal) {
        return list.definitions().stream().filter(d -> Integer.toString(d.ordinal()).equals(ordinal)).findFirst()
                .map(Definition::anchor);
    }

    private static Optional<String> pointAnchor(PointList list, String label) {
        return list.points().stream().filter(p -> p.label().equals(label)).findFirst().map(Point::anchor);
    }

    /** Where a unit sits: its section, article, comma, and the unit that owns its texts. */
    private record Place(Optional<Section> section, Optional<Article> article, Optional<Comma> comma,
            Optional<Unit> owner) {

        Place with(Unit unit) {
            return new Place(section, article, comma, Optional.of(unit));
        }
    }

    private Unit add(Unit.Kind kind, Optional<String> id, String anchor, Place place, Optional<Point> point,
            SourcePos pos) {
        return add(kind, id, anchor, place, point, pos, Optional.empty());
    }

    private Unit add(Unit.Kind kind, Optional<String> id, String anchor, Place place, Optional<Point> point,
            SourcePos pos, Optional<Definition> definition) {
        Unit unit = new Unit(kind, id, anchor, place.section(), place.article(), place.comma(), point, pos,
                definition);
        units.add(unit);
        byAnchor.putIfAbsent(anchor, unit);
        return unit;
    }

    private void text(Text text, Place place) {
        texts.add(new TextSite(text, place.owner()));
        owners.putIfAbsent(text, place.owner());
    }

    private void blocks(List<Block> blocks, Place place) {
        for (Block block : blocks) {
            if (block instanceof Section s) {
                Place inside = new Place(Optional.of(s), Optional.empty(), Optional.empty(), place.owner());
                Unit unit = add(Unit.Kind.SECTION, Optional.of(s.id()), s.anchor(), inside, Optional.empty(), s.pos());
                text(s.title(), inside.with(unit));
                blocks(s.content(), inside.with(unit));
            } else if (block instanceof Article a) {
                article(a, place);
            } else if (block instanceof Paragraph p) {
                paragraph(p, place);
            } else if (block instanceof PointList l) {
                list(l, place);
            } else if (block instanceof DefinitionList d) {
                definitions(d, place);
            }
        }
    }

    private void article(Article a, Place outer) {
        Place inArticle = new Place(outer.section(), Optional.of(a), Optional.empty(), outer.owner());
        Unit articleUnit = add(Unit.Kind.ARTICLE, Optional.of(a.id()), a.anchor(), inArticle, Optional.empty(), a.pos());
        text(a.title(), inArticle.with(articleUnit));
        for (Comma c : a.commi()) {
            Place inComma = new Place(outer.section(), Optional.of(a), Optional.of(c), outer.owner());
            Unit commaUnit = add(Unit.Kind.COMMA, c.id(), c.anchor(), inComma, Optional.empty(), c.pos());
            text(c.text(), inComma.with(commaUnit));
            c.points().ifPresent(l -> list(l, inComma.with(commaUnit)));
            c.definitions().ifPresent(d -> definitions(d, inComma.with(commaUnit)));
            c.continuation().forEach(p -> paragraph(p, inComma.with(commaUnit)));
        }
    }

    private void list(PointList list, Place place) {
        Place inList = list.id()
                .map(id -> place.with(add(Unit.Kind.LIST, Optional.of(id), id, place, Optional.empty(), list.pos())))
                .orElse(place);
        for (Point p : list.points()) {
            Unit unit = add(Unit.Kind.POINT, p.id(), p.anchor(), inList, Optional.of(p), p.pos());
            p.title().ifPresent(t -> text(t, inList.with(unit)));
            text(p.text(), inList.with(unit));
            p.subpoints().ifPresent(sub -> list(sub, inList.with(unit)));
        }
    }

    private void definitions(DefinitionList list, Place place) {
        Place inList = list.id()
                .map(id -> place.with(add(Unit.Kind.LIST, Optional.of(id), id, place, Optional.empty(), list.pos())))
                .orElse(place);
        for (Definition d : list.definitions()) {
            Unit unit = add(Unit.Kind.DEFINITION, d.id(), d.anchor(), inList, Optional.empty(), d.pos(), Optional.of(d));
            text(d.term(), inList.with(unit));
            text(d.definition(), inList.with(unit));
        }
    }

    private void paragraph(Paragraph p, Place place) {
        Place own = p.id()
                .map(id -> place.with(add(Unit.Kind.PARAGRAPH, Optional.of(id), id, place, Optional.empty(), p.pos())))
                .orElse(place);
        p.title().ifPresent(t -> text(t, own));
        text(p.text(), own);
    }
}

package it.policydoc.render.yaml;

import it.policydoc.model.Outline;
import it.policydoc.model.Policy;
import it.policydoc.model.Unit;
import java.util.List;

/**
 * A policy's structure without positions: every unit in reading order with its kind, anchor,
 * id, number or label and audience. Two models with the same shape and texts are the same policy.
 */
final class Shape {

    private Shape() {
    }

    static List<String> of(Policy policy) {
        return Outline.of(policy).units().stream().map(Shape::describe).toList();
    }

    private static String describe(Unit u) {
        String label = switch (u.kind()) {
            case ARTICLE -> u.article().map(a -> "art " + a.number() + " " + a.audience()).orElse("");
            case COMMA -> u.comma().map(c -> "comma " + c.number() + " " + c.audience()).orElse("");
            case POINT -> u.point().map(p -> "point " + p.label() + " " + p.audience()).orElse("");
            case SECTION -> u.section().map(s -> "section " + s.audience()).orElse("");
            default -> "";
        };
        return u.kind() + " " + u.anchor() + " " + u.id().orElse("-") + " " + label;
    }
}

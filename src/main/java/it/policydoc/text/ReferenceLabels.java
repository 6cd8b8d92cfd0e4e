package it.policydoc.text;

import it.policydoc.model.Article;
import it.policydoc.model.Comma;
import it.policydoc.model.Point;
import it.policydoc.model.Section;
import it.policydoc.model.Unit;
import it.policydoc.text.refs.PointLabel;
import it.policydoc.text.refs.ProvisionAddress;
import it.policydoc.text.refs.ProvisionLabels;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The words a reference to a unit reads as, in Italian drafting style and from where the
 * reference stands: "art. 4, comma 3, lettera b)" from elsewhere, "comma 3, lettera b)" from
 * inside article 4, "lettera b)" from inside its comma; "sezione «Privacy»" for a section, "capo
 * II" for a numbered container, "definizione «Account»" after the address of a defined term.
 */
public final class ReferenceLabels {

    private final InlineMarkdown markdown;

    public ReferenceLabels(InlineMarkdown markdown) {
        this.markdown = markdown;
    }

    /**
     * The full address of an article, comma or point of an article, as written references name
     * it; empty for other units, and for a unit numbered "4-bis" (written references name plain
     * numbers only).
     */
    public static Optional<ProvisionAddress> address(Unit unit) {
        if (unit.article().isEmpty() || !isPlainNumber(unit.article().get().label())
                || unit.comma().filter(c -> !isPlainNumber(c.label())).isPresent()) {
            return Optional.empty();
        }
        OptionalInt article = OptionalInt.of(Integer.parseInt(unit.article().get().label()));
        OptionalInt comma = unit.comma().map(c -> OptionalInt.of(Integer.parseInt(c.label()))).orElse(OptionalInt.empty());
        Optional<PointLabel> point = unit.point().map(ReferenceLabels::pointLabel);
        return Optional.of(new ProvisionAddress(article, comma, point));
    }

    public String label(Unit target, Optional<Unit> from) {
        if (target.definition().isPresent()) {
            return definitionLabel(target, from);
        }
        if (target.article().isPresent()) {
            return provisionLabel(target, from);
        }
        Optional<String> section = target.section().map(this::sectionLabel);
        if (target.point().isPresent()) {
            String point = ProvisionLabels.label(Optional.empty(), Optional.empty(),
                    Optional.of(pointLabel(target.point().get())));
            boolean sameSection = from.flatMap(Unit::section).map(Section::id).equals(target.section().map(Section::id));
            return section.filter(s -> !sameSection).map(s -> point + " della " + s).orElse(point);
        }
        return section.orElse("premessa");
    }

    /**
     * The label of a unit of an article, by the numbers it carries ("4-bis" once frozen); leaves
     * out the article (and the comma) the reference already stands in.
     */
    private static String provisionLabel(Unit target, Optional<Unit> from) {
        Optional<String> article = target.article().map(Article::label);
        Optional<String> comma = target.comma().map(Comma::label);
        Optional<PointLabel> point = target.point().map(ReferenceLabels::pointLabel);
        Optional<String> fromArticle = from.flatMap(Unit::article).map(Article::id);
        Optional<String> fromComma = from.flatMap(Unit::comma).map(Comma::anchor);
        boolean sameArticle = fromArticle.isPresent() && fromArticle.equals(target.article().map(Article::id));
        if (!sameArticle || comma.isEmpty()) {
            return ProvisionLabels.label(article, comma, point);
        }
        boolean sameComma = fromComma.isPresent() && fromComma.equals(target.comma().map(Comma::anchor));
        if (sameComma && point.isPresent()) {
            return ProvisionLabels.label(Optional.empty(), Optional.empty(), point);
        }
        return ProvisionLabels.label(Optional.empty(), comma, point);
    }

    private String sectionLabel(Section section) {
        return section.number()
                .map(n -> n.level().yamlName() + " " + n.label())
                .orElseGet(() -> "sezione «" + markdown.toPlainText(section.title().markdown()) + "»");
    }

    /** "art. 2, comma 1, definizione «Account»", without what the reference already stands in. */
    private String definitionLabel(Unit target, Optional<Unit> from) {
        String term = "definizione «" + markdown.toPlainText(target.definition().get().term().markdown()) + "»";
        Optional<String> where = target.article().map(a -> provisionLabel(target, from)).filter(w -> !w.isBlank());
        if (where.isEmpty() && target.article().isEmpty()) {
            boolean sameSection = from.flatMap(Unit::section).map(Section::id)
                    .equals(target.section().map(Section::id));
            where = target.section().filter(s -> !sameSection).map(this::sectionLabel);
        }
        return where.map(w -> w + ", " + term).orElse(term);
    }

    private static boolean isPlainNumber(String label) {
        return !label.isEmpty() && label.length() < 9 && label.chars().allMatch(Character::isDigit);
    }

    /** "lettera b)" for lettered points, "punto 3" for numbered ones and bullets. */
    private static PointLabel pointLabel(Point point) {
        return Character.isLetter(point.label().charAt(0)) ? PointLabel.letter(point.label())
                : PointLabel.point(point.label());
    }
}

package it.policydoc.text;

import it.policydoc.model.Article;
import it.policydoc.model.Comma;
import it.policydoc.model.Outline;
import it.policydoc.model.Section;
import it.policydoc.model.Unit;
import it.policydoc.text.refs.Direction;
import it.policydoc.text.refs.ProvisionAddress;
import it.policydoc.text.refs.ProvisionLabels;
import java.util.List;
import java.util.Optional;

/**
 * Finds the unit a hand-written address names ("art. 4, comma 3", "comma 2" of the article the
 * text stands in, "punto 3" of the numbered list next to it) in the current numbering of a
 * policy. Checks use it to report, renderers to link.
 */
public final class ProvisionResolver {

    /** The unit, or the missing one in drafting style ("art. 4, comma 9") for the diagnostic. */
    public sealed interface Resolved {
        record Found(Unit unit) implements Resolved {
        }

        record NotFound(String missing) implements Resolved {
        }
    }

    private final Outline outline;

    public ProvisionResolver(Outline outline) {
        this.outline = outline;
    }

    /**
     * @param from the unit the reference is written in, which completes a relative address
     * @param direction "precedente"/"successivo" before the reference: which of several points
     *     with the same number it means
     */
    public Resolved resolve(ProvisionAddress address, Optional<Unit> from, Direction direction) {
        if (address.comma().isEmpty() && address.point().isPresent()
                && (address.article().isPresent() || from.flatMap(Unit::comma).isEmpty())) {
            return point(address, from, direction);
        }
        Optional<Article> article = address.article().isPresent()
                ? articleNumbered(address.article().getAsInt())
                : from.flatMap(Unit::article);
        if (article.isEmpty()) {
            return new Resolved.NotFound(ProvisionLabels.label(address));
        }
        String anchor = article.get().anchor();
        Optional<Comma> comma = Optional.empty();
        if (address.comma().isPresent()) {
            int number = address.comma().getAsInt();
            // Written references name the numbers printed: once frozen, a comma's label.
            comma = article.get().commi().stream().filter(c -> c.label().equals(Integer.toString(number))).findFirst();
            if (comma.isEmpty()) {
                return new Resolved.NotFound(ProvisionLabels.label(Optional.of(article.get().label()),
                        Optional.of(Integer.toString(number)), Optional.empty()));
            }
            anchor = comma.get().anchor();
        } else if (address.point().isPresent()) {
            comma = from.flatMap(Unit::comma);
            anchor = comma.get().anchor();
        }
        if (address.point().isPresent()) {
            String label = address.point().get().label();
            Optional<String> point = comma.flatMap(Comma::points)
                    .flatMap(l -> l.points().stream().filter(p -> p.label().equals(label)).findFirst())
                    .map(p -> p.anchor());
            if (point.isEmpty()) {
                return new Resolved.NotFound(ProvisionLabels.label(Optional.of(article.get().label()),
                        Optional.of(comma.get().label()), address.point()));
            }
            anchor = point.get();
        }
        return outline.byAnchor(anchor).<Resolved>map(Resolved.Found::new)
                .orElseGet(() -> new Resolved.NotFound(ProvisionLabels.label(address)));
    }

    /**
     * A point named without its comma: of the article named ("punto 3 dell'art. 23"), or of the
     * lists around the text, as in a section of numbered rules ("di cui al seguente punto 3").
     * One point with that number is the one; among several, the nearest in the direction written,
     * or the one in the same list as the text.
     */
    private Resolved point(ProvisionAddress address, Optional<Unit> from, Direction direction) {
        String label = address.point().orElseThrow().label();
        Optional<Article> article = address.article().isPresent() ? articleNumbered(address.article().getAsInt())
                : from.flatMap(Unit::article);
        if (address.article().isPresent() && article.isEmpty()) {
            return new Resolved.NotFound(ProvisionLabels.label(ProvisionAddress.ofArticle(address.article().getAsInt())));
        }
        Optional<String> section = from.flatMap(Unit::section).map(Section::id);
        List<Unit> candidates = outline.units().stream()
                .filter(u -> u.kind() == Unit.Kind.POINT && u.point().map(p -> p.label().equals(label)).orElse(false))
                .filter(u -> u.article().map(Article::id).equals(article.map(Article::id)))
                .filter(u -> article.isPresent() || u.section().map(Section::id).equals(section))
                .toList();
        Optional<Unit> chosen = candidates.size() == 1 ? Optional.of(candidates.get(0))
                : from.flatMap(f -> nearest(candidates, f, direction));
        return chosen.<Resolved>map(Resolved.Found::new)
                .orElseGet(() -> new Resolved.NotFound(ProvisionLabels.label(address)));
    }

    private Optional<Unit> nearest(List<Unit> candidates, Unit from, Direction direction) {
        int here = outline.indexOf(from);
        if (direction == Direction.FOLLOWING) {
            return candidates.stream().filter(u -> outline.indexOf(u) > here).findFirst();
        }
        if (direction == Direction.PRECEDING) {
            return candidates.stream().filter(u -> outline.indexOf(u) < here).reduce((a, b) -> b);
        }
        String list = parent(from.anchor());
        List<Unit> sameList = candidates.stream().filter(u -> parent(u.anchor()).equals(list)).toList();
        return sameList.size() == 1 ? Optional.of(sameList.get(0)) : Optional.empty();
    }

    /** "regole.3" → "regole": the list a point's computed anchor belongs to. */
    private static String parent(String anchor) {
        int dot = anchor.lastIndexOf('.');
        return dot < 0 ? "" : anchor.substring(0, dot);
    }

    private Optional<Article> articleNumbered(int number) {
        return outline.units().stream()
                .filter(u -> u.kind() == Unit.Kind.ARTICLE)
                .flatMap(u -> u.article().stream())
                .filter(a -> a.label().equals(Integer.toString(number)))
                .findFirst();
    }
}

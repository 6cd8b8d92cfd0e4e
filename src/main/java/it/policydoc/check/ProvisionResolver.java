package it.policydoc.check;

import it.policydoc.model.Article;
import it.policydoc.model.Comma;
import it.policydoc.model.Outline;
import it.policydoc.model.Point;
import it.policydoc.model.Unit;
import it.policydoc.text.refs.ProvisionAddress;
import it.policydoc.text.refs.ProvisionLabels;
import java.util.Optional;

/**
 * Finds the unit a hand-written address names ("art. 4, comma 3", or "comma 2" of the article
 * the text stands in) in the current numbering of a policy.
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

    public Resolved resolve(ProvisionAddress address, Optional<Unit> from) {
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
            comma = article.get().commi().stream().filter(c -> c.number() == number).findFirst();
            if (comma.isEmpty()) {
                return new Resolved.NotFound(ProvisionLabels.label(ProvisionAddress.ofComma(article.get().number(),
                        number)));
            }
            anchor = comma.get().anchor();
        } else if (address.point().isPresent()) {
            comma = from.flatMap(Unit::comma).filter(c -> address.article().isEmpty());
            if (comma.isEmpty()) {
                return new Resolved.NotFound(ProvisionLabels.label(address));
            }
            anchor = comma.get().anchor();
        }
        if (address.point().isPresent()) {
            String label = address.point().get().label();
            Optional<Point> point = comma.flatMap(Comma::points)
                    .flatMap(l -> l.points().stream().filter(p -> p.label().equals(label)).findFirst());
            if (point.isEmpty()) {
                return new Resolved.NotFound(ProvisionLabels.label(ProvisionAddress
                        .ofComma(article.get().number(), comma.get().number()).withPoint(address.point().get())));
            }
            anchor = point.get().anchor();
        }
        return outline.byAnchor(anchor).<Resolved>map(Resolved.Found::new)
                .orElseGet(() -> new Resolved.NotFound(ProvisionLabels.label(address)));
    }

    private Optional<Article> articleNumbered(int number) {
        return outline.units().stream()
                .filter(u -> u.kind() == Unit.Kind.ARTICLE)
                .flatMap(u -> u.article().stream())
                .filter(a -> a.number() == number)
                .findFirst();
    }
}

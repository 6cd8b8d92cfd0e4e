package it.policydoc.text.refs;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One unit of the same policy that an internal reference points at. A missing level is relative
 * to where the reference stands: no article means "this article" (also when the text says
 * "del presente articolo"), no article and no comma means "this comma".
 */
public record ProvisionAddress(OptionalInt article, OptionalInt comma, Optional<PointLabel> point) {

    public ProvisionAddress {
        Objects.requireNonNull(article);
        Objects.requireNonNull(comma);
        Objects.requireNonNull(point);
        if (article.isEmpty() && comma.isEmpty() && point.isEmpty()) {
            throw new IllegalArgumentException("an address names at least one unit");
        }
    }

    public static ProvisionAddress ofArticle(int article) {
        return new ProvisionAddress(OptionalInt.of(article), OptionalInt.empty(), Optional.empty());
    }

    public static ProvisionAddress ofComma(int article, int comma) {
        return new ProvisionAddress(OptionalInt.of(article), OptionalInt.of(comma), Optional.empty());
    }

    public ProvisionAddress withPoint(PointLabel label) {
        return new ProvisionAddress(article, comma, Optional.of(label));
    }

    /** True when the reference leaves the article to the place where it stands. */
    public boolean inThisArticle() {
        return article.isEmpty();
    }
}

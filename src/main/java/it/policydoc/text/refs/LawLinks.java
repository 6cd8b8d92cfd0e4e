package it.policydoc.text.refs;

import java.util.Locale;
import java.util.Optional;

/**
 * The addresses of acts in their official databases: Normattiva URNs for Italian acts, EUR-Lex
 * CELEX numbers for EU acts.
 */
public final class LawLinks {

    private static final String NORMATTIVA_RESOLVER = "https://www.normattiva.it/uri-res/N2Ls?";
    private static final String EUR_LEX_BY_CELEX = "https://eur-lex.europa.eu/legal-content/IT/TXT/?uri=CELEX:";
    /** CELEX sector 3: legal acts (regulations, directives, decisions). */
    private static final String CELEX_LEGAL_ACTS = "3";

    private LawLinks() {
    }

    /**
     * The page that shows the act, on the article when one is named. EUR-Lex has no address for
     * an article, so EU links always open the whole act.
     */
    public static String url(LawAct act, Optional<LawPartition> partition) {
        if (act.type().isEuropean()) {
            return EUR_LEX_BY_CELEX + celex(act);
        }
        return NORMATTIVA_RESOLVER + normattivaUrn(act, partition);
    }

    /**
     * {@code urn:nir:stato:legge:2000-06-07;150~art1-com5}: the authority ({@code stato}, {@code
     * regione.sicilia}…), the date when known, otherwise the year alone (the resolver accepts
     * both); the article as {@code ~art}, with the comma as {@code -com}, as in the NIR standard.
     * A code's articles are in an annex of the decree that approved it ({@code :2~art2043} for the
     * civil code); a treaty's articles are not its ratification law's, so its link opens the whole
     * law. The Constitution has a date and no number.
     */
    public static String normattivaUrn(LawAct act, Optional<LawPartition> partition) {
        String type = act.type().urnType()
                .orElseThrow(() -> new IllegalArgumentException("not an Italian act: " + act));
        StringBuilder urn = new StringBuilder("urn:nir:").append(act.authority()).append(':').append(type);
        String date = act.date().map(Object::toString).orElse(Integer.toString(act.year()));
        if (act.number().isPresent()) {
            urn.append(':').append(date).append(';').append(act.number().getAsInt());
        } else if (act.date().isPresent()) {
            urn.append(':').append(date);
        }
        KnownActs.Articles articles = KnownActs.standard().of(act).map(KnownActs.KnownAct::articles)
                .orElse(new KnownActs.Articles.OfTheAct());
        if (partition.isEmpty() || articles instanceof KnownActs.Articles.WholeActOnly) {
            return urn.toString();
        }
        if (articles instanceof KnownActs.Articles.InAnnex annex) {
            urn.append(':').append(annex.annex());
        }
        LawPartition p = partition.get();
        urn.append("~art").append(compact(p.article()));
        p.comma().ifPresent(c -> urn.append("-com").append(compact(c)));
        return urn.toString();
    }

    /** {@code 32016R0679}: sector, year, type letter, number in four digits. */
    public static String celex(LawAct act) {
        String letter = act.type().celexLetter()
                .orElseThrow(() -> new IllegalArgumentException("not an EU act: " + act));
        return CELEX_LEGAL_ACTS + act.year() + letter + String.format(Locale.ROOT, "%04d", act.number().getAsInt());
    }

    /** "2-bis" is written "2bis" in a URN. */
    private static String compact(String unitNumber) {
        return unitNumber.replace("-", "");
    }
}

package it.policydoc.render.akn;

import it.policydoc.model.Act;
import it.policydoc.model.ActRole;
import it.policydoc.model.Policy;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Names in the Akoma Ntoso naming convention for a comune's policy: the FRBR URIs of the work,
 * its expression in Italian and this XML manifestation, and the local ids of people and organs.
 *
 * <p>The work is {@code /akn/it/act/regolamento/<comune>/<date>/<policy>}: country {@code it},
 * the comune as the author, the date of the act that adopted it (of the draft while it has none),
 * the policy's own name as its number. The expression adds the language and the date of the text
 * ({@code /ita@2022-12-29}); the manifestation the format ({@code .akn}).
 */
final class AknNames {

    static final String COUNTRY = "it";
    static final String LANGUAGE = "ita";
    static final String DOC_SUBTYPE = "regolamento";
    static final String DELIBERATION = "deliberazione";
    static final String SOURCE = "policydoc";

    private AknNames() {
    }

    /** The comune as an author: {@code comune.porto-sant-elpidio}. */
    static String comuneActor(Policy policy) {
        return "comune." + policy.comune().slug();
    }

    /** The date that names the work: its adoption act's, else the text's own date. */
    static LocalDate workDate(Policy policy) {
        return adoption(policy).flatMap(Act::date)
                .or(() -> policy.metadata().referenceDate())
                .orElse(LocalDate.EPOCH);
    }

    /** The date that names this expression of the work: when its text was last changed. */
    static LocalDate expressionDate(Policy policy) {
        return policy.metadata().referenceDate().orElse(workDate(policy));
    }

    static Optional<Act> adoption(Policy policy) {
        return policy.metadata().acts().stream().filter(a -> a.role() == ActRole.ADOPTION).findFirst();
    }

    static String work(Policy policy) {
        return "/akn/" + COUNTRY + "/act/" + DOC_SUBTYPE + "/" + comuneActor(policy) + "/" + workDate(policy) + "/"
                + policy.slug();
    }

    static String expression(Policy policy) {
        return work(policy) + "/" + LANGUAGE + "@" + expressionDate(policy);
    }

    /** The deliberation an act is, as a work of its own: {@code /akn/it/act/deliberazione/comune.x/2022-12-15/260}. */
    static Optional<String> act(Policy policy, Act act) {
        if (act.date().isEmpty() || act.number().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("/akn/" + COUNTRY + "/act/" + DELIBERATION + "/" + comuneActor(policy) + "/"
                + act.date().get() + "/" + token(act.number().get()));
    }

    /** An organ or role as a local id: "Giunta Comunale" → {@code giunta-comunale}. */
    static String token(String words) {
        String ascii = Normalizer.normalize(words, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String token = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return token.isEmpty() ? "x" : token;
    }

    /** The ontology address of an organisation or role of the comune. */
    static String ontology(String kind, Policy policy, String name) {
        return "/akn/ontology/" + kind + "/" + COUNTRY + "/" + comuneActor(policy) + "." + token(name);
    }
}

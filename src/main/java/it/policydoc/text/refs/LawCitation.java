package it.policydoc.text.refs;

import java.util.Locale;
import java.util.Optional;

/**
 * An identified act written out in full, for the title of its link (what a screen reader reads
 * and a mouse shows): "art. 1 della legge n. 150 del 2000, su Normattiva".
 */
public final class LawCitation {

    private LawCitation() {
    }

    public static String title(LawReference.Linked reference) {
        LawAct act = reference.act();
        String cited = name(act.type()) + act.number().stream()
                .mapToObj(n -> act.type().isEuropean() ? " " + act.year() + "/" + n : " n. " + n + " del " + act.year())
                .findFirst().orElse("");
        Optional<String> known = KnownActs.standard().of(act).flatMap(KnownActs.KnownAct::title);
        String partition = reference.partition().map(p -> "art. " + p.article()
                + p.comma().map(c -> ", comma " + c).orElse("") + " "
                + known.map(LawCitation::ofNamed).orElse(of(act.type())) + " ").orElse("");
        String named = known.map(k -> k.contains(" n. ") ? k : k + " (" + cited + ")").orElse(cited);
        return partition + named + ", su " + (act.type().isEuropean() ? "EUR-Lex" : "Normattiva");
    }

    /** "del" before "Codice civile", "della" before "Convenzione…", "del" before "decreto…". */
    private static String ofNamed(String title) {
        String first = title.toLowerCase(Locale.ITALIAN);
        return first.startsWith("convenzione") ? "della" : "del";
    }

    private static String name(ActType type) {
        return switch (type) {
            case LEGGE_COSTITUZIONALE -> "legge costituzionale";
            case LEGGE_REGIONALE -> "legge regionale";
            case LEGGE -> "legge";
            case DECRETO_LEGISLATIVO -> "decreto legislativo";
            case DECRETO_LEGGE -> "decreto-legge";
            case DECRETO_PRESIDENTE_REPUBBLICA -> "decreto del Presidente della Repubblica";
            case REGIO_DECRETO -> "regio decreto";
            case DECRETO_MINISTERIALE -> "decreto ministeriale";
            case COSTITUZIONE -> "Costituzione";
            case EU_REGULATION -> "regolamento (UE)";
            case EU_DIRECTIVE -> "direttiva (UE)";
            case EU_DECISION -> "decisione (UE)";
        };
    }

    /** "della legge", "del decreto legislativo", "dello…" as Italian joins them. */
    private static String of(ActType type) {
        return switch (type) {
            case LEGGE_COSTITUZIONALE, LEGGE_REGIONALE, LEGGE, COSTITUZIONE, EU_DIRECTIVE, EU_DECISION -> "della";
            case DECRETO_LEGISLATIVO, DECRETO_LEGGE, DECRETO_PRESIDENTE_REPUBBLICA, REGIO_DECRETO, DECRETO_MINISTERIALE,
                    EU_REGULATION -> "del";
        };
    }
}

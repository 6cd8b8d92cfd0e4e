package it.policydoc.text.refs;

import java.util.Locale;
import java.util.Optional;

/**
 * The identifiers machines use for an act: the URN:NIR of an Italian act, the ELI of an EU act
 * (what Akoma Ntoso references carry, where a page links the databases' web addresses).
 */
public final class ActIdentifiers {

    private static final String ELI = "http://data.europa.eu/eli/";

    private ActIdentifiers() {
    }

    /** {@code urn:nir:stato:legge:2000-06-07;150~art1} or {@code http://data.europa.eu/eli/reg/2016/679/oj}. */
    public static String of(LawAct act, Optional<LawPartition> partition) {
        if (!act.type().isEuropean()) {
            return LawLinks.normattivaUrn(act, partition);
        }
        String kind = switch (act.type().celexLetter().orElseThrow()) {
            case "R" -> "reg";
            case "L" -> "dir";
            default -> "dec";
        };
        return String.format(Locale.ROOT, "%s%s/%d/%d/oj", ELI, kind, act.year(), act.number().getAsInt());
    }
}

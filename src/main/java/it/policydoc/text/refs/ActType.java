package it.policydoc.text.refs;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kinds of act a law reference can name, each with the spellings Italian texts use for it
 * and the identifier its official database needs: the act type of a Normattiva URN
 * ({@code urn:nir:stato:<type>:…}) or the sector letter of an EUR-Lex CELEX number.
 */
public enum ActType {
    LEGGE_COSTITUZIONALE(Jurisdiction.ITALY, "legge.costituzionale", "legge\\s+costituzionale|l\\.\\s*cost\\."),
    /** A law of the region the comune is in: "legge regionale", "L.R.". */
    LEGGE_REGIONALE(Jurisdiction.REGION, "legge", "legge\\s+regionale|l\\.\\s*r\\."),
    /** "leggi 248/2000 e 128/04": the plural names two or more laws. */
    LEGGE(Jurisdiction.ITALY, "legge", "leggi|legge|l\\."),
    DECRETO_LEGISLATIVO(Jurisdiction.ITALY, "decreto.legislativo",
            "decreto[\\s-]+legislativo|d\\.?\\s*lgs\\.?\\s*vo\\.?|d\\.?\\s*lgs\\.?|d\\.\\s*l\\.\\s*g\\.\\s*s\\.?"
            + "|d\\.\\s*l\\.\\s*vo\\.?|d\\.\\s*leg\\.?\\s*vo\\.?"),
    DECRETO_LEGGE(Jurisdiction.ITALY, "decreto.legge", "decreto[\\s-]+legge|d\\.\\s*l\\.|dl"),
    DECRETO_PRESIDENTE_REPUBBLICA(Jurisdiction.ITALY, "decreto.del.presidente.della.repubblica",
            "decreto\\s+(?:del\\s+)?presidente\\s+della\\s+repubblica|d\\.?\\s*p\\.?\\s*r\\.?"),
    REGIO_DECRETO(Jurisdiction.ITALY, "regio.decreto", "regio\\s+decreto|r\\.\\s*d\\."),
    /**
     * A minister's decree: its URN names the ministry, which the citation does not, so only the
     * decrees in {@link KnownActs} are linked.
     */
    DECRETO_MINISTERIALE(Jurisdiction.ITALY, "decreto", "decreto\\s+ministeriale|d\\.\\s*m\\."),
    COSTITUZIONE(Jurisdiction.ITALY, "costituzione", "costituzione|cost\\."),
    EU_REGULATION(Jurisdiction.EUROPEAN_UNION, "R", "regolamento|reg\\."),
    EU_DIRECTIVE(Jurisdiction.EUROPEAN_UNION, "L", "direttiva|dir\\."),
    EU_DECISION(Jurisdiction.EUROPEAN_UNION, "D", "decisione");

    /** Whose database identifies the act. */
    public enum Jurisdiction { ITALY, REGION, EUROPEAN_UNION }

    private final Jurisdiction jurisdiction;
    private final String identifier;
    private final String aliases;
    private final Pattern aliasPattern;

    ActType(Jurisdiction jurisdiction, String identifier, String aliases) {
        this.jurisdiction = jurisdiction;
        this.identifier = identifier;
        this.aliases = aliases;
        this.aliasPattern = Pattern.compile(aliases, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    public boolean isEuropean() {
        return jurisdiction == Jurisdiction.EUROPEAN_UNION;
    }

    /** The act type in a Normattiva URN, such as {@code decreto.legislativo}; empty for EU acts. */
    public Optional<String> urnType() {
        return isEuropean() ? Optional.empty() : Optional.of(identifier);
    }

    /** The CELEX sector letter: R regulation, L directive, D decision; empty for Italian acts. */
    public Optional<String> celexLetter() {
        return isEuropean() ? Optional.of(identifier) : Optional.empty();
    }

    /**
     * The spellings of this type as a regular expression fragment without groups, to be
     * compiled case-insensitively. Longer spellings come first so that alternation prefers them.
     */
    String aliasRegex() {
        return aliases;
    }

    /** The type that a written spelling (as matched by {@link #aliasRegex()}) stands for. */
    static Optional<ActType> ofSpelling(String written) {
        for (ActType type : values()) {
            if (type.aliasPattern.matcher(written.strip()).matches()) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}

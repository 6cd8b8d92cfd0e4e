package it.policydoc.model;

/**
 * The containers of Italian drafting, from the widest: a titolo holds capi, a capo holds
 * sezioni. Each is numbered by its own count; titolo and capo in Roman numerals, sezione in
 * Arabic, unless the text chooses otherwise.
 */
public enum SectionLevel {
    TITOLO("titolo", "Titolo", Numerals.ROMAN),
    CAPO("capo", "Capo", Numerals.ROMAN),
    SEZIONE("sezione", "Sezione", Numerals.ARABIC);

    private final String yamlName;
    private final String heading;
    private final Numerals defaultNumerals;

    SectionLevel(String yamlName, String heading, Numerals defaultNumerals) {
        this.yamlName = yamlName;
        this.heading = heading;
        this.defaultNumerals = defaultNumerals;
    }

    public String yamlName() {
        return yamlName;
    }

    /** The word printed before the number: "Titolo", "Capo", "Sezione". */
    public String heading() {
        return heading;
    }

    public Numerals defaultNumerals() {
        return defaultNumerals;
    }

    /** Whether a container of this level may hold one of {@code inner}: a titolo holds capi, not the reverse. */
    public boolean encloses(SectionLevel inner) {
        return ordinal() < inner.ordinal();
    }

    public static SectionLevel fromYaml(String value) {
        for (SectionLevel l : values()) {
            if (l.yamlName.equals(value)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown section level: " + value);
    }
}

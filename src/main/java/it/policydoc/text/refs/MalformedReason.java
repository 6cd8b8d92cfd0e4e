package it.policydoc.text.refs;

/** Why a phrase that reads as a law reference cannot name a real act. */
public enum MalformedReason {
    /** "legge n. del 2000": the number sign stands without a number. */
    MISSING_NUMBER("law-ref-missing-number"),
    /** "legge 0/2000": acts are numbered from 1. */
    ZERO_NUMBER("law-ref-zero-number"),
    /** "legge 31 febbraio 2000, n. 5": no such day. */
    IMPOSSIBLE_DATE("law-ref-impossible-date"),
    /** Before 1861 for Italian acts, before 1952 for EU acts: no act of that kind existed. */
    YEAR_TOO_EARLY("law-ref-year-too-early"),
    /** A year or date after the day the text is checked. */
    IN_THE_FUTURE("law-ref-in-the-future");

    private final String code;

    MalformedReason(String code) {
        this.code = code;
    }

    /** A stable kebab-case code, usable as a diagnostic code. */
    public String code() {
        return code;
    }
}

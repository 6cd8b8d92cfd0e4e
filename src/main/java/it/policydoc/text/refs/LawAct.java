package it.policydoc.text.refs;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An act identified by a law reference, normalised: "L. n. 150/2000" and "legge 7 giugno 2000,
 * n. 150" are the same act, the second with its date known.
 *
 * @param authority who issued the act, as a Normattiva URN names it: {@code stato}, {@code
 *     regione.sicilia}, a ministry; {@code stato} for EU acts, where it is not used
 * @param number empty only for the Constitution, which has none
 * @param year the year in the act's own numbering: of its date for Italian acts, of its CELEX
 *     number for EU acts
 * @param date the date of the act when the text or {@link KnownActs} gives it; its year is {@code year}
 */
public record LawAct(String authority, ActType type, OptionalInt number, int year, Optional<LocalDate> date) {

    /** The State: the authority of every national act. */
    public static final String STATE = "stato";

    /** The Italian Constitution of 27 December 1947; it is cited without number. */
    public static final LawAct CONSTITUTION = new LawAct(ActType.COSTITUZIONE, OptionalInt.empty(), 1947,
            Optional.of(LocalDate.of(1947, 12, 27)));

    public LawAct {
        Objects.requireNonNull(authority);
        Objects.requireNonNull(type);
        Objects.requireNonNull(number);
        Objects.requireNonNull(date);
        if (number.isEmpty() != (type == ActType.COSTITUZIONE)) {
            throw new IllegalArgumentException("every act but the Constitution has a number: " + type);
        }
        if (date.isPresent() && date.get().getYear() != year) {
            throw new IllegalArgumentException("date " + date.get() + " is not in year " + year);
        }
    }

    /** An act of the State or of the EU. */
    public LawAct(ActType type, OptionalInt number, int year, Optional<LocalDate> date) {
        this(STATE, type, number, year, date);
    }

    public static LawAct numbered(ActType type, int number, int year) {
        return new LawAct(type, OptionalInt.of(number), year, Optional.empty());
    }

    public static LawAct dated(ActType type, int number, LocalDate date) {
        return new LawAct(type, OptionalInt.of(number), date.getYear(), Optional.of(date));
    }

    /** The same act with its date, when the text left it out. */
    public LawAct on(LocalDate day) {
        return new LawAct(authority, type, number, year, Optional.of(day));
    }
}

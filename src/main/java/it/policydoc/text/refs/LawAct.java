package it.policydoc.text.refs;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An act identified by a law reference, normalised: "L. n. 150/2000" and "legge 7 giugno 2000,
 * n. 150" are the same act, the second with its date known.
 *
 * @param number empty only for the Constitution, which has none
 * @param year the year in the act's own numbering: of its date for Italian acts, of its CELEX
 *     number for EU acts
 * @param date the date of the act when the text gives it; its year is {@code year}
 */
public record LawAct(ActType type, OptionalInt number, int year, Optional<LocalDate> date) {

    /** The Italian Constitution, approved in 1947; it is cited without number or date. */
    public static final LawAct CONSTITUTION = new LawAct(ActType.COSTITUZIONE, OptionalInt.empty(), 1947,
            Optional.empty());

    public LawAct {
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

    public static LawAct numbered(ActType type, int number, int year) {
        return new LawAct(type, OptionalInt.of(number), year, Optional.empty());
    }

    public static LawAct dated(ActType type, int number, LocalDate date) {
        return new LawAct(type, OptionalInt.of(number), date.getYear(), Optional.of(date));
    }
}

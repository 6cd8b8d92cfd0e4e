package it.policydoc.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An act that adopted or amended the policy, e.g. "deliberazione della Giunta Comunale n. 260
 * del 15/12/2022". Number and date are empty while the act is only proposed.
 *
 * @param organ who adopts it: "Giunta Comunale", "Consiglio Comunale", "Commissario
 *     straordinario con i poteri del Consiglio comunale"…; every output names it
 * @param year the year of an act known only by its year ({@code anno}), while the policy is a
 *     draft; empty when the date is known
 * @param annex the letter of the annex the policy is to this act: "A", "B"…
 */
public record Act(
        ActRole role,
        String type,
        String organ,
        Optional<String> number,
        Optional<LocalDate> date,
        Optional<String> subject,
        SourcePos pos,
        Optional<Integer> year,
        String annex) {

    /** The annex letter when the act names none. */
    public static final String DEFAULT_ANNEX = "A";

    /** An act with a known date (or none yet), whose annex is "Allegato A". */
    public Act(ActRole role, String type, String organ, Optional<String> number, Optional<LocalDate> date,
            Optional<String> subject, SourcePos pos) {
        this(role, type, organ, number, date, subject, pos, Optional.empty(), DEFAULT_ANNEX);
    }

    /** The year of the act: from its date, else as recorded alone. */
    public Optional<Integer> knownYear() {
        return date.map(LocalDate::getYear).or(() -> year);
    }
}

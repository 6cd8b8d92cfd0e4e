package it.policydoc.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An act that adopted or amended the policy, e.g. "deliberazione della Giunta Comunale n. 260
 * del 15/12/2022". Number and date are empty while the act is only proposed.
 */
public record Act(
        ActRole role,
        String type,
        String organ,
        Optional<String> number,
        Optional<LocalDate> date,
        Optional<String> subject,
        SourcePos pos) {
}

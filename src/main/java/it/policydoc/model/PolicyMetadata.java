package it.policydoc.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the policy is and where it stands: title, status, acts, dates, channels, and who signs
 * it when printed for the Giunta.
 */
public record PolicyMetadata(
        Text title,
        Optional<String> shortTitle,
        PolicyStatus status,
        Optional<LocalDate> lastModified,
        List<Act> acts,
        List<String> channels,
        Signatures signatures) {

    public PolicyMetadata {
        acts = List.copyOf(acts);
        channels = List.copyOf(channels);
    }

    /**
     * The date the text speaks from: its last modification, else its latest act. Outputs take
     * their dates from here, never from the clock, so that a rebuild gives the same bytes.
     */
    public Optional<LocalDate> referenceDate() {
        return lastModified.or(() -> acts.stream().flatMap(a -> a.date().stream()).max(LocalDate::compareTo));
    }

    /**
     * A policy that names no signatories ({@code firme} absent) is signed as the deliberations of
     * the organ of its latest act are ({@link Signatures#defaultFor}).
     */
    public PolicyMetadata(Text title, Optional<String> shortTitle, PolicyStatus status,
            Optional<LocalDate> lastModified, List<Act> acts, List<String> channels) {
        this(title, shortTitle, status, lastModified, acts, channels, defaultSignatures(acts));
    }

    /** Who signs when the policy names no one: see {@link Signatures#defaultFor}. */
    public static Signatures defaultSignatures(List<Act> acts) {
        return acts.isEmpty() ? Signatures.STANDARD : Signatures.defaultFor(acts.get(acts.size() - 1).organ());
    }
}

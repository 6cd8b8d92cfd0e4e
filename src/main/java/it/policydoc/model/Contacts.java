package it.policydoc.model;

import java.util.Optional;

/** How to reach the comune or one of its offices. */
public record Contacts(
        Optional<String> address,
        Optional<String> phone,
        Optional<String> email,
        Optional<String> pec,
        Optional<String> website) {

    public static Contacts none() {
        return new Contacts(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean isEmpty() {
        return address.isEmpty() && phone.isEmpty() && email.isEmpty() && pec.isEmpty() && website.isEmpty();
    }
}

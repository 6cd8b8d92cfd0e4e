package it.policydoc.model;

import java.util.Optional;

/** An office of the comune that a policy names, such as the Social Media Team. */
public record Office(String name, Optional<String> description, Contacts contacts, SourcePos pos) {
}

package it.policydoc.render.view;

import java.util.List;

/**
 * Who to turn to: the comune or one of its offices, with what {@code comune.yaml} says of it.
 *
 * @param description what the office is, or null
 * @param entries its address, phone, e-mail…, in a fixed order; may be empty
 */
public record ContactView(String name, String description, List<Entry> entries) {

    public ContactView {
        entries = List.copyOf(entries);
    }

    /**
     * One way to reach it.
     *
     * @param label "Telefono", "E-mail"…
     * @param href a tel:, mailto: or web link, or null for an address
     */
    public record Entry(String label, String value, String href) {
    }
}

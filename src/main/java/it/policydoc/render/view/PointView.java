package it.policydoc.render.view;

import java.util.List;

/**
 * A point of a list.
 *
 * @param notes the testo coordinato's notes on it ("(comma così modificato dalla…)"), in order; empty if never amended
 * @param marker "a)", "1." or null for bullets
 * @param titleHtml the run-in title, or null
 * @param sublist nested points, or null
 */
public record PointView(String anchor, String marker, String titleHtml, String textHtml, ListView sublist,
        List<String> notes) {

    public PointView {
        notes = List.copyOf(notes);
    }
}

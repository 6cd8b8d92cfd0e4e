package it.policydoc.render.view;

/**
 * A point of a list.
 *
 * @param marker "a)", "1." or null for bullets
 * @param titleHtml the run-in title, or null
 * @param sublist nested points, or null
 */
public record PointView(String anchor, String marker, String titleHtml, String textHtml, ListView sublist) {
}

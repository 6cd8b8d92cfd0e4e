package it.policydoc.model;

import java.util.Optional;

/**
 * The one place where numbers, letters and anchors of units are made. Clerks never type a
 * number: articles are numbered in order across the whole policy, commi within their article,
 * points within their list; an anchor is the unit's own id when it has one, otherwise its
 * parent's anchor followed by its number ("gestione.3.b").
 */
public final class Numbering {

    private static final int LETTERS_IN_ALPHABET = 26;

    private Numbering() {
    }

    /** The 1-based number of the element at a 0-based position. */
    public static int ordinal(int index) {
        return index + 1;
    }

    /**
     * The marker of a point: "a".."z", then "aa", "bb"… as Italian drafting doubles letters;
     * "1", "2"… for numbered lists; the ordinal for bullets, so that anchors stay unique.
     */
    public static String pointLabel(ListStyle style, int ordinal) {
        return switch (style) {
            case LETTERS -> letter(ordinal);
            case NUMBERS, BULLETS -> Integer.toString(ordinal);
        };
    }

    static String letter(int ordinal) {
        if (ordinal < 1) {
            throw new IllegalArgumentException("ordinal must be positive: " + ordinal);
        }
        char letter = (char) ('a' + (ordinal - 1) % LETTERS_IN_ALPHABET);
        int repeat = (ordinal - 1) / LETTERS_IN_ALPHABET + 1;
        return String.valueOf(letter).repeat(repeat);
    }

    /** The anchor of a unit: its explicit id, or its parent's anchor and its own label. */
    public static String anchor(Optional<String> id, String parentAnchor, String label) {
        return id.orElseGet(() -> parentAnchor + "." + label);
    }
}

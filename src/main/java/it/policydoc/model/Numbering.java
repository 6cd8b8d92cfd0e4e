package it.policydoc.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one place where numbers, letters and anchors of units are made. Clerks never type a
 * number: articles are numbered in order across the whole policy, commi within their article,
 * points within their list; an anchor is the unit's own id when it has one, otherwise its
 * parent's anchor followed by its number ("gestione.3.b"); titoli, capi and sezioni are
 * numbered by level, each count starting again inside every container of a higher level.
 */
public final class Numbering {

    private static final int LETTERS_IN_ALPHABET = 26;
    private static final int LARGEST_ROMAN = 3999;
    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_DIGITS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

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

    /** A container's number as printed: "IV" in Roman numerals, "4" in Arabic. */
    public static String containerLabel(Numerals numerals, int ordinal) {
        return numerals == Numerals.ROMAN ? roman(ordinal) : Integer.toString(ordinal);
    }

    static String roman(int ordinal) {
        if (ordinal < 1 || ordinal > LARGEST_ROMAN) {
            return Integer.toString(ordinal);
        }
        StringBuilder out = new StringBuilder();
        int rest = ordinal;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (rest >= ROMAN_VALUES[i]) {
                out.append(ROMAN_DIGITS[i]);
                rest -= ROMAN_VALUES[i];
            }
        }
        return out.toString();
    }

    /**
     * The counts of titoli, capi and sezioni met so far in one enclosing container, for one pass
     * over one policy: capi count again in every titolo, sezioni in every capo (and titolo);
     * a plain section between them does not interrupt the count.
     */
    public static final class ContainerCounts {

        private final Map<SectionLevel, int[]> counts;

        /** The counts of a whole text, before its first container. */
        public ContainerCounts() {
            this(new EnumMap<>(SectionLevel.class));
            for (SectionLevel level : SectionLevel.values()) {
                counts.put(level, new int[1]);
            }
        }

        private ContainerCounts(Map<SectionLevel, int[]> counts) {
            this.counts = counts;
        }

        /** The number of the next container of this level. */
        public SectionNumber next(SectionLevel level, Optional<Numerals> chosen) {
            int ordinal = ++counts.get(level)[0];
            Numerals numerals = chosen.orElse(level.defaultNumerals());
            return new SectionNumber(level, ordinal, numerals, containerLabel(numerals, ordinal));
        }

        /** The counts inside a container of this level: the levels it encloses start again, the others go on. */
        public ContainerCounts inside(SectionLevel level) {
            Map<SectionLevel, int[]> inner = new EnumMap<>(counts);
            for (SectionLevel l : SectionLevel.values()) {
                if (level.encloses(l)) {
                    inner.put(l, new int[1]);
                }
            }
            return new ContainerCounts(inner);
        }
    }
}

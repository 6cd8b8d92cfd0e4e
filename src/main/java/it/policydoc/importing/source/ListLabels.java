package it.policydoc.importing.source;

import java.util.Locale;

/** The label a word processor draws for the n-th item of a list, from the list's number format. */
final class ListLabels {

    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_DIGITS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private ListLabels() {
    }

    /**
     * @param format a Word number format (decimal, lowerLetter, upperRoman…) or an ODF one
     *     ("1", "a", "A", "i", "I")
     */
    static String label(String format, int n) {
        return switch (format) {
            case "lowerLetter", "a" -> letters(n);
            case "upperLetter", "A" -> letters(n).toUpperCase(Locale.ROOT);
            case "lowerRoman", "i" -> roman(n).toLowerCase(Locale.ROOT);
            case "upperRoman", "I" -> roman(n);
            default -> Integer.toString(n);
        };
    }

    private static String letters(int n) {
        if (n < 1) {
            return Integer.toString(n);
        }
        char letter = (char) ('a' + (n - 1) % 26);
        return String.valueOf(letter).repeat((n - 1) / 26 + 1);
    }

    static String roman(int n) {
        if (n < 1) {
            return Integer.toString(n);
        }
        StringBuilder s = new StringBuilder();
        int rest = n;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (rest >= ROMAN_VALUES[i]) {
                s.append(ROMAN_DIGITS[i]);
                rest -= ROMAN_VALUES[i];
            }
        }
        return s.toString();
    }
}

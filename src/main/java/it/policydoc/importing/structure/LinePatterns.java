package it.policydoc.importing.structure;

import java.util.regex.Pattern;

/**
 * How lines of Italian municipal texts announce their part: article headings in all their
 * variants, titolo/capo/sezione headings, commi, points, bullets, numbered chapters and index
 * lines. The one place where a foreign heading is recognised.
 */
final class LinePatterns {

    /**
     * "Art. 1 – Oggetto", "Art. 1 Oggetto", "Art. 1. Oggetto", "ART. 1 - OGGETTO", "Articolo 1.
     * Oggetto", "Art.2 - X", "Art 1. X", "Art. 4-bis", "Articolo 1" (title on the next line).
     */
    static final Pattern ARTICLE = Pattern.compile(
            "^(?:art(?:icolo)?|art\\.)\\s*\\.?\\s*(\\d{1,3})(?:\\s*[-‑]?\\s*(bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)\\b)?"
                    + "\\s*(?:[.:)°º]|\\s[-–—]|[-–—])?\\s*[-–—]?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    /** "Articolo unico – Oggetto". */
    static final Pattern SINGLE_ARTICLE = Pattern.compile("^articolo\\s+unico\\b\\s*[.:\\-–—]?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    /** "TITOLO I", "Capo II - …", "CAPO I. DISPOSIZIONI GENERALI", "Capo 1 - …", "Sezione 2 – …". */
    static final Pattern SECTION = Pattern.compile(
            "^(titolo|capo|sezione)\\s+([IVXLC]+|\\d{1,3}|unico)\\b\\s*[.:]?\\s*(?:[-–—]\\s*)?(.*)$",
            Pattern.CASE_INSENSITIVE);
    /** A numbered paragraph: "1.", "1)", "1 -", "1-" followed by the words. */
    static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\s*(?:[.)]|\\s?-(?!\\d))\\s*(\\S.*)$");
    /** A lettered point: "a)", "a.", "(a)", "a -", "c) -bis". */
    static final Pattern LETTERED = Pattern.compile("^\\(?([a-z]{1,2})(?:\\)|\\.(?=\\s))\\s*(\\S.*)$");
    /** A Roman-numbered sub-point: "I.", "II)", "iv)". */
    static final Pattern ROMAN = Pattern.compile("^\\(?([ivxIVX]{1,5})(?:\\)|\\.(?=\\s))\\s*(\\S.*)$");
    /** A sub-point numbered after its point: "c1.", "c2)". */
    static final Pattern SUB_NUMBERED = Pattern.compile("^([a-z]\\d{1,2})[.)]\\s*(\\S.*)$");
    /** A bullet: "•", "-", "–", "—", "*", "▪", "◦", "·", "o " as Word draws it. */
    static final Pattern BULLET = Pattern.compile("^(?:[•·▪◦●■□➢►✓*]|[-–—](?!\\d))\\s*(\\S.*)$");
    /** "4 L'Hardware", "4.1 Il Personal Computer": numbered chapters of texts without articles. */
    static final Pattern CHAPTER = Pattern.compile("^(\\d{1,2})(?:\\.(\\d{1,2}))?\\s+(\\p{Lu}.{1,110})$");
    /** An index line: words, dotted leader or tab, page number. */
    static final Pattern INDEX_LINE = Pattern.compile("^.{2,}?(?:\\s*[.…·_]{4,}\\s*|\\t+)\\d{1,4}\\s*$");
    /** The heading of an index. */
    static final Pattern INDEX_HEADING = Pattern.compile("^(?:indice(?:\\s+generale)?|sommario)\\s*:?$",
            Pattern.CASE_INSENSITIVE);
    /** A text that ends a sentence: full stop, semicolon, colon, question or exclamation mark, closing quotes. */
    static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.;:!?…][\"”’»)\\]]*\\s*$", Pattern.DOTALL);

    private LinePatterns() {
    }

    static boolean endsSentence(String text) {
        return ENDS_SENTENCE.matcher(text).matches();
    }

    /** Roman numeral value, 0 when it is not one. */
    static int roman(String s) {
        String r = s.toUpperCase(java.util.Locale.ROOT);
        if (!r.matches("M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})") || r.isEmpty()) {
            return 0;
        }
        int total = 0;
        int previous = 0;
        for (int i = r.length() - 1; i >= 0; i--) {
            int v = switch (r.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                case 'D' -> 500;
                default -> 1000;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }
}

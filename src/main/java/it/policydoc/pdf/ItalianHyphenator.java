package it.policydoc.pdf;

import com.openhtmltopdf.extend.Hyphenator;
import java.util.Locale;

/**
 * Hyphenation points for Italian text, after the rules of Italian syllabification, marked with
 * soft hyphens that the layout may break at (CSS {@code hyphens: auto}).
 *
 * <p>Italian syllables follow regular rules, so they are computed here instead of shipping a
 * pattern file: a syllable starts at the longest consonant group that can begin an Italian
 * word. Hence a single consonant goes with the following vowel (a-mo); double consonants split
 * (gat-to, ac-qua); "s impura" and a consonant followed by l or r stay with the next vowel
 * (ma-stro, a-pri-le); the digraphs ch, gh, gl, gn, sc are never split (an-che, fi-glio, ba-gno);
 * other groups split after their first consonant (al-to, rit-mo, in-stal-la). Vowels next to
 * each other are never split, which keeps diphthongs and triphthongs whole (zio-ne, buo-no).
 * No break leaves fewer than two letters on either side.
 *
 * <p>What is not plain Italian is left alone: words with digits or dots (URLs, e-mail
 * addresses, "d.lgs."), words in capitals (acronyms such as FORMEZ), and words that Italian
 * spelling does not produce (letters j, k, w, x, y, or an h that does not follow c or g, as in
 * Facebook, privacy, smartphone), whose syllables follow other rules.
 *
 * <p>Stateless, so one instance serves every thread.
 */
public final class ItalianHyphenator implements Hyphenator {

    static final char SOFT_HYPHEN = '\u00AD';

    private static final int MIN_LEFT = 2;
    private static final int MIN_RIGHT = 2;
    private static final String VOWELS = "aeiouàáèéìíîòóùú";
    private static final String FOREIGN_LETTERS = "jkwxy";
    /** Consonants that can begin a syllable before l and r: br, cr, fl, pr, tr... */
    private static final String BEFORE_R = "bcdfgptv";
    private static final String BEFORE_L = "bcfgp";

    @Override
    public String hyphenateText(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 4);
        int i = 0;
        while (i < text.length()) {
            int start = i;
            boolean space = Character.isWhitespace(text.charAt(i));
            while (i < text.length() && Character.isWhitespace(text.charAt(i)) == space) {
                i++;
            }
            String chunk = text.substring(start, i);
            out.append(space ? chunk : hyphenateChunk(chunk));
        }
        return out.toString();
    }

    /** A run of text between spaces: a word with its punctuation, or something else left as it is. */
    private static String hyphenateChunk(String chunk) {
        int from = 0;
        int to = chunk.length();
        while (from < to && !Character.isLetter(chunk.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetter(chunk.charAt(to - 1))) {
            to--;
        }
        String core = chunk.substring(from, to);
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            if (!Character.isLetter(c) && !isJoiner(c)) {
                return chunk;
            }
        }
        StringBuilder out = new StringBuilder(chunk.length() + 4).append(chunk, 0, from);
        int wordStart = 0;
        for (int i = 0; i <= core.length(); i++) {
            if (i == core.length() || isJoiner(core.charAt(i))) {
                out.append(hyphenateWord(core.substring(wordStart, i)));
                if (i < core.length()) {
                    out.append(core.charAt(i));
                }
                wordStart = i + 1;
            }
        }
        return out.append(chunk, to, chunk.length()).toString();
    }

    /** Apostrophes and hyphens join words ("dell’ufficio", "socio-sanitario"); each word is hyphenated alone. */
    private static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '-';
    }

    /** One word of letters only. */
    static String hyphenateWord(String word) {
        if (word.length() < MIN_LEFT + MIN_RIGHT || isAcronym(word)) {
            return word;
        }
        String w = word.toLowerCase(Locale.ITALIAN);
        if (w.length() != word.length() || !isItalianSpelling(w)) {
            return word;
        }
        StringBuilder out = new StringBuilder(word.length() + 4);
        int copied = 0;
        int i = 0;
        while (i < w.length() && !isVowel(w.charAt(i))) {
            i++;
        }
        while (i < w.length()) {
            while (i < w.length() && isVowel(w.charAt(i))) {
                i++;
            }
            int clusterStart = i;
            while (i < w.length() && !isVowel(w.charAt(i))) {
                i++;
            }
            if (i == w.length() || i == clusterStart) {
                break; // consonants ending the word, or vowels only: nothing to split
            }
            int breakAt = clusterStart + onsetStart(w.substring(clusterStart, i));
            if (breakAt >= MIN_LEFT && w.length() - breakAt >= MIN_RIGHT) {
                out.append(word, copied, breakAt).append(SOFT_HYPHEN);
                copied = breakAt;
            }
        }
        return out.append(word, copied, word.length()).toString();
    }

    /** Where, inside a group of consonants between two vowels, the next syllable starts. */
    private static int onsetStart(String consonants) {
        int k = 0;
        while (!isOnset(consonants.substring(k))) {
            k++; // ends at the last consonant at the latest: one consonant is always an onset
        }
        return k;
    }

    /** Whether a consonant group can begin an Italian syllable. */
    private static boolean isOnset(String group) {
        if (group.length() == 1) {
            return true;
        }
        if (group.length() == 2) {
            char first = group.charAt(0);
            char second = group.charAt(1);
            return switch (group) {
                case "ch", "gh", "gl", "gn", "sc" -> true;
                default -> second == 'r' && BEFORE_R.indexOf(first) >= 0
                        || second == 'l' && BEFORE_L.indexOf(first) >= 0
                        || first == 's' && second != 's';
            };
        }
        // "s impura" before any other onset: str, spr, sch, sgr...
        return group.charAt(0) == 's' && group.charAt(1) != 's' && isOnset(group.substring(1));
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    private static boolean isAcronym(String word) {
        return word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** False for spellings Italian does not use, which mark a foreign word. */
    private static boolean isItalianSpelling(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (FOREIGN_LETTERS.indexOf(c) >= 0) {
                return false;
            }
            if (c == 'h' && i > 0 && lower.charAt(i - 1) != 'c' && lower.charAt(i - 1) != 'g') {
                return false;
            }
        }
        return true;
    }
}

package it.policydoc.text.refs;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Searches a text for a pattern whose every match begins a word with one of a few letters, and
 * tries the pattern only there. The scanners' patterns start with a lookbehind that refuses any
 * place inside a word and then an alternation of many spellings; {@link Matcher#find(int)} would
 * run that alternation at almost every character of the text. The matches are exactly those of
 * {@code find}: at each place that can begin one the pattern is applied with {@code lookingAt} and
 * transparent bounds, which is what {@code find} does there, and the places skipped are only
 * those where the lookbehind or every alternative's first letter certainly fails.
 *
 * <p>Never changed once made; one instance can serve every thread.
 */
final class WordStartSearch {

    private final Pattern pattern;
    /** The characters a match can begin with, surrogates included (left to the pattern). */
    private final BitSet beginnings = new BitSet(Character.MAX_VALUE + 1);
    /** The characters a match cannot follow: letters, digits, and the full stop if it joins words. */
    private final BitSet joining = new BitSet(Character.MAX_VALUE + 1);

    /**
     * @param pattern a pattern that matches only where the character before is no letter or digit
     *     (nor a full stop, when {@code fullStopJoinsWords}) and whose first character is a letter
     *     that, case folded as {@code UNICODE_CASE} folds it, is in {@code initials}
     * @param initials the first letters of the pattern's alternatives, in lower case
     */
    WordStartSearch(Pattern pattern, String initials, boolean fullStopJoinsWords) {
        this.pattern = pattern;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            if (Character.isSurrogate(ch)) {
                beginnings.set(c);
            } else {
                if (initials.indexOf(ch) >= 0 || initials.indexOf(fold(ch)) >= 0) {
                    beginnings.set(c);
                }
                if (Character.isLetterOrDigit(ch) || fullStopJoinsWords && ch == '.') {
                    joining.set(c);
                }
            }
        }
    }

    Pattern pattern() {
        return pattern;
    }

    /** A matcher for {@link #find}: it sees the whole text from whatever place it is applied at. */
    Matcher matcher(CharSequence text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** What {@code matcher.find(from)} does, with {@code matcher} from {@link #matcher}: true and the match, or false. */
    boolean find(Matcher matcher, CharSequence text, int from) {
        int length = text.length();
        for (int at = from; at < length; at++) {
            if (canStartAt(text, at)) {
                matcher.region(at, length);
                if (matcher.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** False only where the pattern certainly cannot match. */
    private boolean canStartAt(CharSequence text, int at) {
        return beginnings.get(text.charAt(at)) && (at == 0 || !joining.get(text.charAt(at - 1)));
    }

    /** How a case-insensitive, Unicode-case pattern compares one character. */
    static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /**
     * The first letters of the alternatives of a regular expression fragment such as {@code
     * "legge\\s+regionale|l\\.\\s*r\\."}, split where it is not inside parentheses or brackets.
     *
     * @throws IllegalStateException if an alternative does not start with a letter: a search by
     *     first letters would then miss its matches
     */
    static String initialsOf(String alternation) {
        StringBuilder found = new StringBuilder();
        int depth = 0;
        boolean inClass = false;
        boolean alternativeStarts = true;
        for (int i = 0; i < alternation.length(); i++) {
            char c = alternation.charAt(i);
            if (alternativeStarts) {
                if (!Character.isLetter(c)) {
                    throw new IllegalStateException("an alternative does not start with a letter: " + alternation);
                }
                found.append(fold(c));
                alternativeStarts = false;
            }
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                alternativeStarts = true;
            }
        }
        return found.toString();
    }
}

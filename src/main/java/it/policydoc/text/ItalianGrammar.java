package it.policydoc.text;

import java.util.Locale;
import java.util.Set;

/** The few grammatical agreements generated sentences need, such as "della Giunta", "del Consiglio". */
public final class ItalianGrammar {

    private static final Set<Character> VOWELS = Set.of('a', 'e', 'i', 'o', 'u');

    private ItalianGrammar() {
    }

    /**
     * "di" joined with the definite article for a singular noun phrase: "dell'Assemblea",
     * "della Giunta Comunale", "del Consiglio Comunale". Nouns ending in -a are taken as
     * feminine, which holds for the organs of a comune.
     */
    public static String di(String nounPhrase) {
        return articulated("de", "di", nounPhrase);
    }

    /**
     * "da" joined with the definite article: "dalla Giunta Comunale", "dal Consiglio Comunale",
     * "dal Commissario straordinario", "dalla deliberazione".
     */
    public static String da(String nounPhrase) {
        return articulated("da", "da", nounPhrase);
    }

    /** A preposition joined with the article the noun phrase takes: stem "de" gives del, della, dell', dello. */
    private static String articulated(String stem, String bare, String nounPhrase) {
        String firstWord = nounPhrase.strip().split("\\s+", 2)[0].toLowerCase(Locale.ITALIAN);
        if (firstWord.isEmpty()) {
            return bare;
        }
        if (VOWELS.contains(firstWord.charAt(0))) {
            return stem + "ll'" + nounPhrase;
        }
        // -ione nouns are feminine too: deliberazione, determinazione, commissione.
        if (firstWord.endsWith("a") || firstWord.endsWith("ione")) {
            return stem + "lla " + nounPhrase;
        }
        if (firstWord.startsWith("s") && firstWord.length() > 1 && !VOWELS.contains(firstWord.charAt(1))
                || firstWord.startsWith("z") || firstWord.startsWith("gn") || firstWord.startsWith("ps")) {
            return stem + "llo " + nounPhrase;
        }
        return stem + "l " + nounPhrase;
    }
}

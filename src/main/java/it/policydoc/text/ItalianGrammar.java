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
        String firstWord = nounPhrase.strip().split("\\s+", 2)[0].toLowerCase(Locale.ITALIAN);
        if (firstWord.isEmpty()) {
            return "di";
        }
        if (VOWELS.contains(firstWord.charAt(0))) {
            return "dell'" + nounPhrase;
        }
        if (firstWord.endsWith("a")) {
            return "della " + nounPhrase;
        }
        if (firstWord.startsWith("s") && firstWord.length() > 1 && !VOWELS.contains(firstWord.charAt(1))
                || firstWord.startsWith("z") || firstWord.startsWith("gn") || firstWord.startsWith("ps")) {
            return "dello " + nounPhrase;
        }
        return "del " + nounPhrase;
    }
}

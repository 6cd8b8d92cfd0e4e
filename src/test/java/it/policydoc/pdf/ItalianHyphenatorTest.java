package it.policydoc.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hyphenation points, written with "-" for readability, against Italian syllabification. */
class ItalianHyphenatorTest {

    private final ItalianHyphenator hyphenator = new ItalianHyphenator();

    private String syllables(String text) {
        return hyphenator.hyphenateText(text).replace(ItalianHyphenator.SOFT_HYPHEN, '-');
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            // one consonant goes with the next vowel
            "amore, amo-re",
            "comunicazione, co-mu-ni-ca-zio-ne",
            // double consonants split, cq counts as a double
            "gatto, gat-to",
            "acqua, ac-qua",
            "pubblico, pub-bli-co",
            "accesso, ac-ces-so",
            // s impura stays with the next syllable
            "pasta, pa-sta",
            "maestro, mae-stro",
            "descrivere, de-scri-ve-re",
            "amministrazione, am-mi-ni-stra-zio-ne",
            // consonant + l or r stays together
            "madre, ma-dre",
            "pubblicare, pub-bli-ca-re",
            // digraphs are never split
            "anche, an-che",
            "figlio, fi-glio",
            "bagno, ba-gno",
            "pesce, pe-sce",
            "acchiappare, ac-chiap-pa-re",
            // other groups split after the first consonant
            "alto, al-to",
            "ritmo, rit-mo",
            "tecnica, tec-ni-ca",
            "installare, in-stal-la-re",
            "contro, con-tro",
            "atlante, at-lan-te",
            // vowels together are never split
            "zione, zio-ne",
            "buono, buo-no",
            "aiuola, aiuo-la",
            "paura, pau-ra",
            // accented vowels and capitals
            "attività, at-ti-vi-tà",
            "Comune, Co-mu-ne",
            "Sindaco, Sin-da-co",
    })
    void splitsWordsIntoSyllables(String word, String expected) {
        assertEquals(expected, syllables(word));
    }

    @ParameterizedTest(name = "{0} stays whole")
    @CsvSource({"FORMEZ", "URP", "Facebook", "privacy", "smartphone", "hashtag", "YouTube", "WhatsApp"})
    void leavesAcronymsAndForeignSpellingsAlone(String word) {
        assertEquals(word, syllables(word));
    }

    @Test
    void neverLeavesFewerThanTwoLettersOnEitherSide() {
        assertEquals("amo-re", syllables("amore"), "not a-mo-re");
        assertEquals("idea", syllables("idea"), "not i-dea");
        assertEquals("ape", syllables("ape"));
        assertEquals("ca-sa", syllables("casa"));
        assertEquals("al-ba", syllables("alba"));
        assertEquals("apri-le", syllables("aprile"), "not a-pri-le");
    }

    @Test
    void hyphenatesEachWordOfAnElisionOrCompoundAlone() {
        assertEquals("dell’uf-fi-cio", syllables("dell’ufficio"));
        assertEquals("l'Am-mi-ni-stra-zio-ne", syllables("l'Amministrazione"));
        assertEquals("so-cio-sa-ni-ta-rio", syllables("socio-sanitario"));
        assertEquals("Sant'El-pi-dio", syllables("Sant'Elpidio"));
    }

    @Test
    void keepsPunctuationSpacesAndNonWordsAsTheyAre() {
        assertEquals("«Il Co-mu-ne,  in-for-ma»:\n  (ve-di)", syllables("«Il Comune,  informa»:\n  (vedi)"));
        assertEquals("www.comune.coccaglio.bs.it", syllables("www.comune.coccaglio.bs.it"));
        assertEquals("urp@comune.esempio.it", syllables("urp@comune.esempio.it"));
        assertEquals("d.lgs. 82/2005", syllables("d.lgs. 82/2005"));
        assertEquals("art.4", syllables("art.4"));
        assertEquals("", syllables(""));
    }
}

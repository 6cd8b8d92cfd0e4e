package it.policydoc.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ItalianGrammarTest {

    @Test
    void joinsDiWithTheRightArticle() {
        assertEquals("della Giunta Comunale", ItalianGrammar.di("Giunta Comunale"));
        assertEquals("del Consiglio Comunale", ItalianGrammar.di("Consiglio Comunale"));
        assertEquals("dell'Assemblea dei sindaci", ItalianGrammar.di("Assemblea dei sindaci"));
        assertEquals("del Sindaco", ItalianGrammar.di("Sindaco"));
        assertEquals("dello Staff del Sindaco", ItalianGrammar.di("Staff del Sindaco"));
    }

    @Test
    void joinsDaWithTheRightArticle() {
        assertEquals("dalla Giunta Comunale", ItalianGrammar.da("Giunta Comunale"));
        assertEquals("dal Consiglio Comunale", ItalianGrammar.da("Consiglio Comunale"));
        assertEquals("dal Commissario straordinario", ItalianGrammar.da("Commissario straordinario"));
        assertEquals("dall'Assemblea dei sindaci", ItalianGrammar.da("Assemblea dei sindaci"));
    }
}

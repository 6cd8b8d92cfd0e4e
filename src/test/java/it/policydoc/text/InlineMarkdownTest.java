package it.policydoc.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InlineMarkdownTest {

    private final InlineMarkdown markdown = new InlineMarkdown();

    @Test
    void rendersInlineEmphasisAndLinks() {
        assertEquals("Il <em>Sindaco</em> e la <strong>Giunta</strong>, <a href=\"https://www.normattiva.it/\">legge</a>",
                markdown.toHtml("Il *Sindaco* e la **Giunta**, [legge](https://www.normattiva.it/)"));
    }

    @Test
    void escapesRawHtmlInsteadOfPassingItThrough() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; e <em>testo</em>",
                markdown.toHtml("<script>alert(1)</script> e *testo*"));
    }

    @Test
    void keepsBlockSyntaxAsPlainText() {
        assertEquals("1. Tutti hanno il diritto", markdown.toHtml("1. Tutti hanno il diritto"));
        assertEquals("- l'inserimento di contenuti", markdown.toHtml("- l'inserimento di contenuti"));
        assertEquals("# non è un titolo", markdown.toHtml("# non è un titolo"));
        assertEquals("&gt; non è una citazione", markdown.toHtml("> non è una citazione"));
    }

    @Test
    void doesNotLinkScriptOrDataUrls() {
        assertEquals("x", markdown.toHtml("[x](javascript:alert(1))"));
        assertEquals("y", markdown.toHtml("[y](data:text/html;base64,PHNjcmlwdD4=)"));
    }

    @Test
    void leavesTypographyOfTheApprovedTextAlone() {
        assertEquals("l’utente “volontariamente” l'ufficio", markdown.toHtml("l’utente “volontariamente” l'ufficio"));
    }

    @Test
    void joinsWrappedLinesWithASpace() {
        assertEquals("prima riga seconda riga", markdown.toHtml("prima riga\nseconda riga"));
    }

    @Test
    void plainTextDropsMarkup() {
        assertEquals("Linee guida sui social", markdown.toPlainText("Linee *guida* sui [social](https://example.org)"));
    }

    @Test
    void plainTextKeepsWhatLooksLikeHtmlAsThePageShowsIt() {
        assertEquals("Regole <b>attive</b> e art. 4", markdown.toPlainText("Regole <b>attive</b> e [[gestione|art. 4]]"));
    }

    @Test
    void turnsBlankLinesIntoLineBreaksInsideOneElement() {
        assertEquals("primo<br />secondo", markdown.toHtml("primo\n\nsecondo"));
    }
}

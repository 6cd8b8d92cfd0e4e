package it.policydoc.load;

import static it.policydoc.load.CoccaglioVariants.at;
import static it.policydoc.load.CoccaglioVariants.edit;
import static it.policydoc.load.CoccaglioVariants.replaceLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.diag.Diagnostic;
import it.policydoc.model.Article;
import it.policydoc.model.Block;
import it.policydoc.model.Policy;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clerk's plausible mistakes in the Coccaglio policy, each reported once, in Italian, at the
 * file, line and column where the mistake is, with the fix in words.
 */
class ClerkMistakesTest {

    private static final String FIRST_POINT = "          - agevolare l'accesso ai servizi da parte dei cittadini;";
    private static final String SECOND_POINT = "- >-\n            divulgare informazioni";

    @TempDir
    Path tmp;

    /** Loads the variant and checks it gives exactly one diagnostic: this code, here, with this Italian text. */
    private Diagnostic expect(String variant, String code, String where, String italian) {
        Path file = CoccaglioVariants.write(tmp, variant);
        LoadResult result = CoccaglioVariants.load(tmp, variant);
        String printed = result.diagnostics().stream().map(CoccaglioVariants::italian).collect(Collectors.joining("\n"));
        assertEquals(1, result.diagnostics().size(), printed);
        Diagnostic d = result.diagnostics().get(0);
        String line = CoccaglioVariants.italian(d);
        String severity = d.isError() ? "errore" : "avviso";
        assertTrue(line.startsWith(file.toString().replace('\\', '/') + ":" + where + ": " + severity + ": " + code + " "),
                line);
        assertTrue(line.contains(italian), line);
        return d;
    }

    // --- Texts YAML would change without a word: errors (warning for the lost dash) ---

    @Test
    void hashtagAfterAWordIsNotTakenForAComment() {
        String v = edit(FIRST_POINT, FIRST_POINT.replace("cittadini;", "cittadini #Coccaglio;"));
        expect(v, "yaml-hashtag", at(v, "#Coccaglio", 0), "metti tutto il testo tra virgolette doppie");
    }

    @Test
    void hashtagInTheMiddleOfATitle() {
        String v = edit("titolo_breve: Linee guida per i profili social", "titolo_breve: Linee guida per i profili #social del Comune");
        expect(v, "yaml-hashtag", at(v, "#social", 0), "«#» è attaccato a una parola");
    }

    @Test
    void commentsWithASpaceAndCommentLinesStayAllowed(@TempDir Path other) {
        String v = edit("stato: bozza", "stato: bozza  # da approvare in Giunta\n#promemoria: chiedere il numero");
        assertEquals(List.of(), CoccaglioVariants.load(other, v).diagnostics());
    }

    @Test
    void hashtagInsideAFoldedTextIsText() {
        String v = edit("        Le presenti linee guida disciplinano", "        Le presenti #lineeguida disciplinano");
        LoadResult result = CoccaglioVariants.load(tmp, v);
        assertEquals(List.of(), result.diagnostics());
        Article first = (Article) result.policies().get(0).content().get(0);
        assertTrue(first.commi().get(0).text().markdown().startsWith("Le presenti #lineeguida disciplinano"));
    }

    @Test
    void listItemIndentedTooFarIsFoldedIntoThePointAbove() {
        String v = replaceLine("divulgare informazioni", "$0").replace("          " + SECOND_POINT, "            " + SECOND_POINT);
        expect(v, "yaml-folded-dash", at(v, SECOND_POINT, 0), "lo YAML l’ha unita al testo che comincia alla riga "
                + at(v, "agevolare l'accesso", 0).split(":")[0]);
    }

    @Test
    void pointIndentedTooLittleSwallowsTheNextOne() {
        String v = edit(FIRST_POINT, FIRST_POINT.substring(1));
        expect(v, "yaml-folded-dash", at(v, SECOND_POINT, 0), "allinea il trattino a quelli delle altre voci");
    }

    @Test
    void keyFoldedIntoAMultiLineText() {
        String v = edit("        social aperti o comunque gestiti", "        id: oggetto-primo\n        social aperti o comunque gestiti");
        expect(v, "yaml-folded-key", at(v, "id: oggetto-primo", 0), "questa riga comincia con «id:» come una chiave");
    }

    @Test
    void pointThatLostItsDashIsAWarningOnItsLine() {
        String v = edit(FIRST_POINT + "\n          - >-\n", "          - >-\n            agevolare l'accesso ai servizi da parte dei cittadini;\n");
        Diagnostic d = expect(v, "point-lost-dash", at(v, "divulgare informazioni", 0), "scrivi all’inizio il trattino «- »");
        assertTrue(!d.isError());
    }

    @Test
    void textStartingWithAnAmpersandWouldLoseItsFirstWord() {
        String v = edit("- agevolare l'accesso", "- &Co agevolare l'accesso");
        expect(v, "yaml-starts-with-ampersand", at(v, "&Co", 0), "metti tutto il testo tra virgolette doppie");
    }

    // --- YAML syntax errors, at the line of the mistake ---

    @Test
    void lineWithoutItsColon() {
        String v = edit("stato: bozza", "stato bozza");
        expect(v, "yaml-missing-colon", at(v, "stato bozza", 0), "mancano i due punti");
    }

    @Test
    void tabInTheIndentation() {
        String v = edit("    id: oggetto", "\tid: oggetto");
        expect(v, "yaml-tab", at(v, "\tid: oggetto", 0), "solo spazi");
    }

    @Test
    void quoteInsideAQuotedTextPointsAtTheOpeningQuote() {
        String v = edit("\"Il Comune di Coccaglio utilizza", "\"Il Comune di \"Coccaglio\" utilizza");
        expect(v, "yaml-text-after-quote", at(v, "\"Il Comune di \"", 0), "virgolette doppie");
    }

    @Test
    void quoteNeverClosedPointsAtTheOpeningQuoteNotWhereTheParserGaveUp() {
        String v = edit("utilizza i propri social per:\"", "utilizza i propri social per:");
        Diagnostic d = expect(v, "yaml-quote-spans-lines", at(v, "\"Il Comune di Coccaglio", 0), "si chiudono solo alla riga");
        assertTrue(Integer.parseInt(d.args().get(1)) > d.pos().line() + 50, "the parser noticed it far below");
    }

    @Test
    void textsStartingWithCharactersYamlReserves() {
        for (String c : List.of("@", "`")) {
            String v = edit("- agevolare l'accesso", "- " + c + "comune agevolare l'accesso");
            expect(v, "yaml-reserved-start", at(v, c + "comune", 0), "non può cominciare con «" + c + "»");
        }
    }

    @Test
    void textStartingWithAnAsterisk() {
        String v = edit("- agevolare l'accesso", "- *Importante* agevolare l'accesso");
        expect(v, "yaml-starts-with-asterisk", at(v, "*Importante*", 0), "comincia con «*»");
    }

    @Test
    void textsStartingWithBrackets() {
        String v = edit("- agevolare l'accesso", "- [[oggetto]] agevolare l'accesso");
        expect(v, "yaml-starts-with-bracket", at(v, "[[oggetto]]", 0), "comincia con «[»");
        v = edit("- agevolare l'accesso", "- {nota} agevolare l'accesso");
        expect(v, "yaml-starts-with-bracket", at(v, "{nota}", 0), "comincia con «{»");
        v = edit("- agevolare l'accesso ai servizi da parte dei cittadini;", "- [[oggetto]]");
        expect(v, "yaml-starts-with-bracket", at(v, "[[oggetto]]", 0), "comincia con «[»");
    }

    @Test
    void textsStartingWithBlockIndicators() {
        for (String c : List.of(">", "|")) {
            String v = edit("- agevolare l'accesso", "- " + c + " agevolare l'accesso");
            expect(v, "yaml-block-indicator", at(v, c + " agevolare", 0), "comincia con «" + c + "»");
        }
    }

    @Test
    void textsStartingWithAQuoteThatEndsEarly() {
        String v = edit("- agevolare l'accesso", "- 'agevolare' l'accesso");
        expect(v, "yaml-text-after-quote", at(v, "'agevolare'", 0), "l''ente");
        v = edit("- agevolare l'accesso", "- \"agevolare\" l'accesso");
        expect(v, "yaml-text-after-quote", at(v, "\"agevolare\"", 0), "« » o “ ”");
    }

    @Test
    void curlyQuotesFromWord() {
        String v = edit("- agevolare l'accesso ai servizi", "- “agevolare: l'accesso” ai servizi");
        expect(v, "yaml-curly-quotes", at(v, "“agevolare", 0), "virgolette «“» di Word");
        v = edit("titolo: LINEE GUIDA PER", "titolo: “LINEE GUIDA: PER");
        expect(v, "yaml-curly-quotes", at(v, "“LINEE", 0), "virgolette doppie diritte");
    }

    @Test
    void colonInsideAnUnquotedText() {
        String v = edit("- agevolare l'accesso ai servizi", "- Nota bene: agevolare l'accesso ai servizi");
        expect(v, "yaml-colon-in-text", at(v, "Nota bene: agevolare", 0), "metti tutto il testo tra virgolette doppie");
        v = edit("- agevolare l'accesso ai servizi", "- agevolare: l'accesso ai servizi");
        expect(v, "yaml-colon-in-text", at(v, "agevolare: l'accesso", 0), "metti tutto il testo tra virgolette doppie");
    }

    @Test
    void backslashInsideDoubleQuotes() {
        String v = edit("\"Il Comune di Coccaglio utilizza", "\"Il Comune di Coccaglio\\utilizza");
        expect(v, "yaml-backslash", at(v, "\\utilizza", 0), "scrivila due volte");
    }

    @Test
    void secondDocument() {
        String v = edit("canali: [Facebook, Instagram]", "---\ncanali: [Facebook, Instagram]");
        expect(v, "yaml-several-documents", at(v, "---", 0), "un file contiene una sola policy");
    }

    @Test
    void keyIndentedWrongNamesTheColumnOfItsGroup() {
        String v = edit("    id: oggetto", "      id: oggetto");
        expect(v, "yaml-misplaced-key", at(v, "id: oggetto", 0), "la riga " + at(v, "- articolo: Oggetto", 0).split(":")[0]
                + " sopra alla colonna 5");
    }

    @Test
    void listItemIndentedTooLittle() {
        String v = edit("          " + SECOND_POINT, "        " + SECOND_POINT);
        expect(v, "yaml-misplaced-dash", at(v, SECOND_POINT, 0), "i trattini di uno stesso elenco vanno alla stessa colonna");
    }

    // --- Approved text must be what was written: nothing is lost on the way to the model ---

    @Test
    void theBundledPolicyLoadsUnchangedWithoutDiagnostics() {
        LoadResult result = CoccaglioVariants.load(tmp, CoccaglioVariants.POLICY);
        assertEquals(List.of(), result.diagnostics());
        Policy policy = result.policies().get(0);
        List<Block> content = policy.content();
        assertTrue(content.size() > 3);
    }
}

package it.policydoc.text.refs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The scanners' search by word starts finds exactly what {@link Matcher#find(int)} finds: every
 * place a match starts, with the same extent and groups, on the regulations of the corpus, the
 * phrasings of the reference tables, the bundled policies and adversarial strings (other cases,
 * Unicode letters that fold to Latin ones, surrogate pairs, words glued by digits and full stops).
 */
class WordStartSearchTest {

    private static final List<WordStartSearch> SEARCHES = List.of(LawReferenceRecogniser.ACT_SEARCH,
            PartitionParser.CHAIN_START_SEARCH);
    private static final List<String> PIECES = List.of("legge ", "Legge n. 150/2000", "L.", "l.r. 5/2014", "LEGGE ",
            "d.lgs.", "D.Lgs.n.33/2013", "dlgs ", "D.P.R.", "r.d. ", "Regolamento (UE) 2016/679", "direttiva 2000/31/CE",
            "decisione ", "Costituzione", "cost.", "GDPR", "gdpr", "RGPD", "CAD", "cad", "C.A.D.", "c.c.", "Tuel", "TUEL",
            "codice civile", "convenzione di Istanbul", "testo unico ", "patto ", "decreto trasparenza", "art. 3",
            "artt.", "comma 2", "co. 4", "lettera b)", "lett. a", "punto 3", "capo II", "titolo", "sezione", "capitolo 6.1",
            "precedente ", "successivo ", "secondo comma", "ſ", "\u212A", "\u0130", "\u0131", "\uD835\uDC0B", "\uD835",
            "\uDC0B", "é", "È", "1", "2016", "/", ".", ",", " ", "\n", "(", ")", "’", "'", "-", "del ", "dell'", "a", "x");

    @Test
    void findsWhatFindFindsOnTheCorpusAndThePolicies() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(RegulationCorpus.DIRECTORY)) {
            files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(f -> texts.add(read(f)));
        }
        try (Stream<Path> files = Files.walk(Path.of("policies"))) {
            files.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(f -> texts.add(read(f)));
        }
        for (String table : List.of("/refs/law-references.tsv", "/refs/provision-references.tsv")) {
            Corpus.read(table).forEach(row -> texts.add(row.text()));
        }
        assertTrue(texts.size() > 100, "texts: " + texts.size());
        int matches = 0;
        for (String text : texts) {
            matches += compare(text);
        }
        assertTrue(matches > 500, "matches compared: " + matches);
    }

    @Test
    void findsWhatFindFindsOnAdversarialStrings() {
        Random random = new Random(16);
        int matches = 0;
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(30); n >= 0; n--) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            matches += compare(text.toString());
        }
        assertTrue(matches > 1000, "matches compared: " + matches);
    }

    @Test
    void refusesAnAlternativeThatDoesNotStartWithALetter() {
        assertEquals("lld", WordStartSearch.initialsOf("legge\\s+(?:regionale|r\\.)|l\\.\\s*r\\.|D[.]?\\s*m"));
        assertThrows(IllegalStateException.class, () -> WordStartSearch.initialsOf("legge|(?:dl)"));
    }

    /** Every match start, from every place just after the previous one; returns how many there were. */
    private static int compare(String text) {
        int matches = 0;
        for (WordStartSearch search : SEARCHES) {
            Matcher plain = search.pattern().matcher(text);
            Matcher fast = search.matcher(text);
            int from = 0;
            while (from <= text.length()) {
                int at = from;
                boolean expected = plain.find(at);
                boolean found = search.find(fast, text, at);
                assertEquals(expected, found, () -> "from " + at + " in: " + text);
                if (!expected) {
                    break;
                }
                for (int g = 0; g <= plain.groupCount(); g++) {
                    assertEquals(plain.start(g), fast.start(g), "start of group " + g + " in: " + text);
                    assertEquals(plain.end(g), fast.end(g), "end of group " + g + " in: " + text);
                }
                matches++;
                from = plain.start() + 1;
            }
        }
        return matches;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

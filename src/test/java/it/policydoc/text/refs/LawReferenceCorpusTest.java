package it.policydoc.text.refs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every phrasing of {@code refs/law-references.tsv}: what is matched, and the link or the reason. */
class LawReferenceCorpusTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final LawReferenceRecogniser RECOGNISER = new LawReferenceRecogniser(TODAY);

    static List<Corpus.Row> rows() {
        return Corpus.read("/refs/law-references.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void findsWhatTheRowSays(Corpus.Row row) {
        List<String> found = new ArrayList<>();
        for (LawReference reference : RECOGNISER.find(row.text())) {
            found.add(reference.span().of(row.text()));
            found.add(outcome(reference));
        }
        assertEquals(row.expected(), found, () -> "phrase: " + row.text());
    }

    @Test
    void theCorpusIsLargeAndHasNegativesAndMalformedOnes() {
        List<Corpus.Row> rows = rows();
        assertTrue(rows.size() >= 80, "rows: " + rows.size());
        assertTrue(rows.stream().filter(r -> r.expected().isEmpty()).count() >= 15);
        assertTrue(rows.stream().filter(r -> r.expected().stream().anyMatch(c -> c.startsWith("malformed:"))).count() >= 10);
        assertTrue(rows.stream().filter(r -> r.expected().size() >= 4).count() >= 4);
    }

    /** The URL, "malformed:REASON" or "unidentified:TYPE", as the corpus writes it. */
    static String outcome(LawReference reference) {
        if (reference instanceof LawReference.Linked linked) {
            return linked.url();
        }
        if (reference instanceof LawReference.Malformed malformed) {
            return "malformed:" + malformed.reason().name();
        }
        return "unidentified:" + ((LawReference.Unidentified) reference).type().name();
    }
}

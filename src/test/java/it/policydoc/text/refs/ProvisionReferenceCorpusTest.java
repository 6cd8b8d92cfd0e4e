package it.policydoc.text.refs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every phrasing of {@code refs/provision-references.tsv}: what is matched, its direction and addresses. */
class ProvisionReferenceCorpusTest {

    private static final ReferenceScanner SCANNER = new ReferenceScanner(LawReferenceCorpusTest.TODAY);

    static List<Corpus.Row> rows() {
        return Corpus.read("/refs/provision-references.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void findsWhatTheRowSays(Corpus.Row row) {
        List<String> found = new ArrayList<>();
        for (ProvisionReference reference : SCANNER.scan(row.text()).provisions()) {
            found.add(reference.span().of(row.text()));
            found.add(reference.direction().name());
            found.add(String.join(" ; ", reference.addresses().stream().map(ProvisionReferenceCorpusTest::describe)
                    .toList()));
        }
        assertEquals(row.expected(), found, () -> "phrase: " + row.text());
    }

    @Test
    void theCorpusIsLargeAndHasNegatives() {
        List<Corpus.Row> rows = rows();
        assertTrue(rows.size() >= 40, "rows: " + rows.size());
        assertTrue(rows.stream().filter(r -> r.expected().isEmpty()).count() >= 15);
    }

    /** "art=4 comma=3 lettera=b": the levels the address names, in the corpus notation. */
    static String describe(ProvisionAddress address) {
        List<String> levels = new ArrayList<>();
        address.article().ifPresent(a -> levels.add("art=" + a));
        address.comma().ifPresent(c -> levels.add("comma=" + c));
        address.point().ifPresent(p -> levels.add((p.kind() == PointLabel.Kind.LETTER ? "lettera=" : "punto=")
                + p.label()));
        return String.join(" ", levels);
    }
}

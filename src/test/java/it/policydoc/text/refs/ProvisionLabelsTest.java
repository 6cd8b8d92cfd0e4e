package it.policydoc.text.refs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ProvisionLabelsTest {

    private static final ReferenceScanner SCANNER = new ReferenceScanner(LawReferenceCorpusTest.TODAY);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            art=4                                               | art. 4
            art=4 comma=3                                       | art. 4, comma 3
            art=4 comma=3 lettera=b                             | art. 4, comma 3, lettera b)
            comma=2                                             | comma 2
            lettera=b                                           | lettera b)
            punto=3                                             | punto 3
            comma=3 punto=2                                     | comma 3, punto 2
            comma=2 ; comma=3                                   | commi 2 e 3
            art=4 ; art=5                                       | artt. 4 e 5
            art=4 ; art=5 ; art=6                               | artt. 4, 5 e 6
            art=4 comma=2 ; art=4 comma=3                       | art. 4, commi 2 e 3
            lettera=a ; lettera=b                               | lettere a) e b)
            art=4 comma=3 lettera=a ; art=4 comma=3 lettera=b   | art. 4, comma 3, lettere a) e b)
            punto=2 ; punto=3                                   | punti 2 e 3
            art=4 comma=3 ; art=5                               | art. 4, comma 3 e art. 5
            art=4 comma=2 ; art=5 comma=3                       | art. 4, comma 2 e art. 5, comma 3
            lettera=a ; punto=2                                 | lettera a) e punto 2
            comma=2 ; art=4                                     | comma 2 e art. 4
            """)
    void writesAddressesInItalianDraftingStyle(String addresses, String label) {
        assertEquals(label, ProvisionLabels.label(parse(addresses)));
    }

    @Test
    void aSingleAddressHasTheSameLabelAloneOrInAList() {
        ProvisionAddress address = ProvisionAddress.ofComma(4, 3).withPoint(PointLabel.letter("b"));
        assertEquals("art. 4, comma 3, lettera b)", ProvisionLabels.label(address));
        assertEquals(ProvisionLabels.label(address), ProvisionLabels.label(List.of(address)));
    }

    @Test
    void refusesToWriteNothing() {
        assertThrows(IllegalArgumentException.class, () -> ProvisionLabels.label(List.of()));
    }

    static List<ProvisionReference> corpusReferences() {
        return ProvisionReferenceCorpusTest.rows().stream()
                .flatMap(row -> SCANNER.scan(row.text()).provisions().stream())
                .toList();
    }

    /** The labels the checks suggest must read back as the same units. */
    @ParameterizedTest
    @MethodSource("corpusReferences")
    void everyLabelReadsBackAsTheSameAddresses(ProvisionReference reference) {
        String label = ProvisionLabels.label(reference.addresses());
        List<ProvisionReference> reread = SCANNER.scan(label).provisions();
        assertEquals(1, reread.size(), label);
        assertEquals(new Span(0, label.length()), reread.get(0).span(), label);
        assertEquals(reference.addresses(), reread.get(0).addresses(), label);
    }

    /** The notation of the corpus: "art=4 comma=3 lettera=b ; art=5". */
    static List<ProvisionAddress> parse(String notation) {
        return Arrays.stream(notation.split(";")).map(String::strip).map(ProvisionLabelsTest::parseOne).toList();
    }

    private static ProvisionAddress parseOne(String notation) {
        OptionalInt article = OptionalInt.empty();
        OptionalInt comma = OptionalInt.empty();
        Optional<PointLabel> point = Optional.empty();
        for (String level : notation.split("\\s+")) {
            String[] kv = level.split("=", 2);
            switch (kv[0]) {
                case "art" -> article = OptionalInt.of(Integer.parseInt(kv[1]));
                case "comma" -> comma = OptionalInt.of(Integer.parseInt(kv[1]));
                case "lettera" -> point = Optional.of(PointLabel.letter(kv[1]));
                case "punto" -> point = Optional.of(PointLabel.point(kv[1]));
                default -> throw new IllegalArgumentException("unknown level " + level);
            }
        }
        return new ProvisionAddress(article, comma, point);
    }
}

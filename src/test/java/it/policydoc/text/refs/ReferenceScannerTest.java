package it.policydoc.text.refs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Both recognisers together, on the two seeds and on the details callers rely on. */
class ReferenceScannerTest {

    private static final ReferenceScanner SCANNER = new ReferenceScanner(LawReferenceCorpusTest.TODAY);
    /** "Articolo 4 Gestione dei profili social": a heading, which the model keeps out of the text. */
    private static final Pattern ARTICLE_HEADING = Pattern.compile("^Articolo \\d+ \\p{Lu}.*");

    @Test
    void findsTheLawReferencesOfPortoSantElpidioAndNothingElse() throws IOException {
        List<String> laws = seedParagraphs("porto-sant-elpidio.txt").stream()
                .flatMap(p -> SCANNER.scan(p).laws().stream().map(l -> l.span().of(p) + " -> " + url(l)))
                .toList();
        assertEquals(List.of(
                "legge 150/2000 -> https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2000-06-07;150",
                "d.lgs 82/2005 -> https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2005-03-07;82",
                "d.lgs. 33/2013 -> https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2013-03-14;33",
                "Regolamento Europeo UE 2016/679 -> https://eur-lex.europa.eu/legal-content/IT/TXT/?uri=CELEX:32016R0679"),
                laws);
        assertTrue(seedParagraphs("porto-sant-elpidio.txt").stream()
                .allMatch(p -> SCANNER.scan(p).provisions().isEmpty()));
    }

    @Test
    void findsTheInternalReferencesOfCoccaglioAndNoLaw() throws IOException {
        List<String> provisions = seedParagraphs("coccaglio.txt").stream()
                .flatMap(p -> SCANNER.scan(p).provisions().stream()
                        .map(r -> r.span().of(p) + " -> " + ProvisionLabels.label(r.addresses())))
                .toList();
        assertEquals(List.of("precedente articolo 2 -> art. 2", "art.4 comma 3 -> art. 4, comma 3"), provisions);
        assertTrue(seedParagraphs("coccaglio.txt").stream().allMatch(p -> SCANNER.scan(p).laws().isEmpty()));
    }

    @Test
    void theDirectionWordIsInTheSpanButNotInTheAddressSpan() {
        String text = "di cui al precedente articolo 2, collegando";
        ProvisionReference reference = SCANNER.scan(text).provisions().get(0);
        assertEquals("precedente articolo 2", reference.span().of(text));
        assertEquals("articolo 2", reference.addressSpan().of(text));
        assertEquals(Direction.PRECEDING, reference.direction());
    }

    @Test
    void keepsTheNormalisedActAndItsPartition() {
        String text = "ai sensi dell'art. 1, comma 5 della legge 7 giugno 2000, n. 150";
        LawReference.Linked linked = (LawReference.Linked) SCANNER.scan(text).laws().get(0);
        assertEquals(LawAct.dated(ActType.LEGGE, 150, LocalDate.of(2000, 6, 7)), linked.act());
        assertEquals(Optional.of(new LawPartition("1", Optional.of("5"), Optional.empty())), linked.partition());
        assertEquals("https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2000-06-07;150~art1-com5", linked.url());
    }

    @Test
    void aMalformedReferenceCarriesItsActTypeAndACode() {
        LawReference.Malformed malformed = (LawReference.Malformed) SCANNER.scan("la legge n. del 2000").laws().get(0);
        assertEquals(ActType.LEGGE, malformed.type());
        assertEquals("law-ref-missing-number", malformed.reason().code());
    }

    @Test
    void theDayOfCheckingDecidesWhatIsInTheFuture() {
        String text = "legge 3/2027";
        assertTrue(SCANNER.scan(text).laws().get(0) instanceof LawReference.Malformed);
        assertTrue(new ReferenceScanner(LocalDate.of(2027, 1, 2)).scan(text).laws().get(0)
                instanceof LawReference.Linked);
    }

    @Test
    void twoDigitYearsFollowTheDayOfChecking() {
        LawReference.Linked in2026 = (LawReference.Linked) SCANNER.scan("L. 5/26").laws().get(0);
        assertEquals(2026, in2026.act().year());
        LawReference.Linked in2026ButLater = (LawReference.Linked) SCANNER.scan("L. 5/27").laws().get(0);
        assertEquals(1927, in2026ButLater.act().year());
    }

    @Test
    void referencesComeInReadingOrderAndNeverOverlap() {
        String text = "Visto l'art. 4, comma 3, il d.lgs. 33/2013, art. 5, e la lettera b) del comma 2 dell'art. 6 "
                + "del Regolamento (UE) 2016/679, si applica il successivo art. 7.";
        FoundReferences found = SCANNER.scan(text);
        List<Span> spans = new ArrayList<>();
        found.laws().forEach(l -> spans.add(l.span()));
        found.provisions().forEach(p -> spans.add(p.span()));
        for (int i = 0; i < spans.size(); i++) {
            for (int j = i + 1; j < spans.size(); j++) {
                assertFalse(spans.get(i).overlaps(spans.get(j)), spans.get(i) + " " + spans.get(j));
            }
        }
        assertEquals(List.of("d.lgs. 33/2013, art. 5",
                "lettera b) del comma 2 dell'art. 6 del Regolamento (UE) 2016/679"),
                found.laws().stream().map(l -> l.span().of(text)).toList());
        assertEquals(List.of("art. 4, comma 3", "successivo art. 7"),
                found.provisions().stream().map(p -> p.span().of(text)).toList());
    }

    private static String url(LawReference reference) {
        return reference instanceof LawReference.Linked linked ? linked.url() : reference.toString();
    }

    /** The seed's lines, without article headings: the text fields a policy would hold. */
    private static List<String> seedParagraphs(String seed) throws IOException {
        try (InputStream in = ReferenceScannerTest.class.getResourceAsStream("/seeds/" + seed)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split("\\R")).filter(line -> !ARTICLE_HEADING.matcher(line).matches()).toList();
        }
    }
}

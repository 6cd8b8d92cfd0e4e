package it.policydoc.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A handbook chapter read as the check reads it, without Asciidoctor. */
class ChapterSourceTest {

    private static List<String> problems(String asciidoc) {
        return ChapterSource.scan(asciidoc).problems().stream()
                .map(p -> p.what() + "@" + p.line() + ":" + p.column()).toList();
    }

    @Test
    void findsReferencesWithTheirWordsAndPlace() {
        ChapterSource source = ChapterSource.scan("""
                = Titolo

                Vedi policy:gestione.3[] e policy:moderazione[le regole, tutte \\] qui].
                Non è un rimando: \\policy:gestione[].
                """);
        assertEquals(List.of(
                new ChapterSource.Reference("gestione.3", Optional.empty(), 3, 6),
                new ChapterSource.Reference("moderazione", Optional.of("le regole, tutte ] qui"), 3, 28)),
                source.references());
        assertTrue(source.titled());
    }

    @Test
    void skipsCommentsAndLiteralBlocks() {
        ChapterSource source = ChapterSource.scan("""
                // policy:commento[]
                = Titolo
                ////
                policy:blocco-commento[]
                ////
                ----
                include::segreto.txt[] policy:esempio[]
                ----
                ....
                image::https://esempio.it/x.png[]
                ....
                """);
        assertEquals(List.of(), source.references());
        assertEquals(List.of(), source.problems().stream().map(Object::toString).toList());
        assertTrue(source.titled(), "a comment before the title is allowed");
    }

    @Test
    void reportsWhatAChapterMayNotUse() {
        assertEquals(List.of("INCLUDE@3:1", "PASSTHROUGH@4:1", "PASSTHROUGH@7:7", "PASSTHROUGH@8:3",
                "MEDIA@9:1", "MEDIA@10:6"), problems("""
                = Titolo

                include::/etc/passwd[]
                ++++
                <script>alert(1)</script>
                ++++
                Testo pass:[<b>grassetto</b>].
                a +++<i>x</i>+++ b
                image::https://esempio.it/logo.png[Logo]
                Vedi image:foto.png[] qui.
                """));
    }

    @Test
    void reportsABlockLeftOpenAtTheLineThatOpensIt() {
        assertEquals(List.of("UNCLOSED_BLOCK@3:1"), problems("= Titolo\n\n====\nnota\n\n----\ncodice\n----\n"));
        // The listing opened on line 5 takes the line that was to close the example.
        assertEquals(List.of("UNCLOSED_BLOCK@5:1", "UNCLOSED_BLOCK@3:1"),
                problems("= Titolo\n\n====\nnota\n----\ncodice\n====\n"));
        assertEquals(List.of(), problems("= Titolo\n\n====\n--\naperto\n--\n====\n"));
    }

    @Test
    void aChapterStartsWithItsTitle() {
        assertTrue(ChapterSource.scan(":attributo: valore\n\n= Titolo\n").titled());
        assertFalse(ChapterSource.scan("Testo prima del titolo.\n\n= Titolo\n").titled());
        assertFalse(ChapterSource.scan("== Sezione senza capitolo\n").titled());
        assertFalse(ChapterSource.scan("").titled());
    }

    @Test
    void conditionalsAreFoundEvenInsideVerbatimBlocks() {
        assertEquals(List.of("CONDITIONAL@3:1", "CONDITIONAL@6:3"),
                problems("= T\n\nifdef::x[]\n----\ntesto\n  endif::x[]\n----\n"));
    }

    @Test
    void aTripleSlashLineIsTextNotAComment() {
        assertEquals(List.of("PASSTHROUGH@3:5"), problems("= T\n\n/// pass:[<b>x</b>]\n// pass:[commento]\n"));
    }

    @Test
    void passBlocksAndSubstitutionsAreFound() {
        assertEquals(List.of("PASSTHROUGH@3:1", "PASSTHROUGH@6:1"),
                problems("= T\n\n[pass]\n<b>x</b>\n\n[source,subs=\"none\"]\n----\nx\n----\n"));
    }

    @Test
    void idsCrossReferencesAndSectionIdsAreCollected() {
        ChapterSource source = ChapterSource.scan("""
                = Come usare i profili
                [#regola.importante]
                == Prima di _pubblicare_: la fonte
                Testo [[qui]] e anchor:la[] e [quote, id=citazione] <<regola,la regola>> xref:#qui[] <<_x>>
                """);
        assertEquals(List.of("regola@2:3", "qui@4:9", "la@4:24", "citazione@4:42"),
                source.anchors().stream().map(n -> n.id() + "@" + n.line() + ":" + n.column()).toList());
        assertEquals(List.of("regola", "qui", "_x"), source.crossReferences().stream().map(ChapterSource.Name::id).toList());
        assertEquals(List.of("_come_usare_i_profili"), source.sections().stream().map(ChapterSource.Name::id).toList(),
                "a title with an explicit id above it keeps that id");
        assertEquals("_prima_di_pubblicare_la_fonte", ChapterSource.sectionId("Prima di _pubblicare_: la fonte"));
        assertEquals("_perché_lufficio", ChapterSource.sectionId("Perché l’ufficio"));
    }

    @Test
    void nestingBeyondTheLimitsIsFoundOnce() {
        String blocks = "= T\n\n" + java.util.stream.IntStream.range(0, 20).mapToObj(i -> "=".repeat(4 + i) + "\n").reduce("", String::concat);
        assertEquals(List.of("TOO_DEEP@19:1", "UNCLOSED_BLOCK@3:1"), problems(blocks));
        assertEquals(List.of("TOO_DEEP@11:1"), problems("= T\n\n" + java.util.stream.IntStream.rangeClosed(1, 12)
                .mapToObj(i -> "*".repeat(i) + " voce\n").reduce("", String::concat)));
    }

    @Test
    void referencesAreFoundAsAsciidoctorFindsThem() {
        List<ChapterSource.Reference> found = ChapterSource.references(
                "a policy:x[uno] \\policy:y[] policy:z[due \\] tre] policy:w[ policy:v[]", 4);
        assertEquals(List.of("x@4:3=uno", "z@4:29=due ] tre", "w@4:50=policy:v["),
                found.stream().map(r -> r.target() + "@" + r.line() + ":" + r.column() + "=" + r.words().orElse("")).toList());
    }
}

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
}

package it.policydoc.importing.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.importing.source.DropReason;
import it.policydoc.importing.source.DroppedLine;
import it.policydoc.importing.source.SourceBlock;
import it.policydoc.importing.source.SourceDocument;
import it.policydoc.importing.source.SourcePlace;
import it.policydoc.model.ActRole;
import it.policydoc.model.Article;
import it.policydoc.model.Block;
import it.policydoc.model.Comma;
import it.policydoc.model.ListStyle;
import it.policydoc.model.PointList;
import it.policydoc.model.PolicyStatus;
import it.policydoc.model.Section;
import it.policydoc.model.SectionLevel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where a foreign heading is recognised as an article, a capo, a comma or a point. */
class StructureDetectorTest {

    private static DetectedPolicy detect(String... lines) {
        List<SourceBlock> blocks = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            blocks.add(SourceBlock.plain(lines[i], new SourcePlace(0, i + 1)));
        }
        return new StructureDetector(Path.of("prova.txt")).detect(new SourceDocument(blocks, List.of()));
    }

    private static List<Article> articles(List<Block> blocks) {
        List<Article> all = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Article a) {
                all.add(a);
            } else if (b instanceof Section s) {
                all.addAll(articles(s.content()));
            }
        }
        return all;
    }

    @Test
    void articleHeadingsInAllTheirVariants() {
        DetectedPolicy p = detect("REGOLAMENTO DI PROVA", "Art. 1 – Oggetto", "Testo uno.", "Art. 2 Finalità", "Testo due.",
                "Art. 3. Definizioni", "Testo tre.", "ART. 4 - AMBITO", "Testo quattro.", "Articolo 5. Principi",
                "Testo cinque.", "Art.6 - Senza spazio", "Testo sei.", "Articolo 7", "Titolo sulla riga dopo",
                "Testo sette.", "Art 8. Senza punto", "Testo otto.");
        assertEquals(List.of("Oggetto", "Finalità", "Definizioni", "AMBITO", "Principi", "Senza spazio",
                "Titolo sulla riga dopo", "Senza punto"),
                articles(p.content()).stream().map(a -> a.title().markdown()).toList());
        assertEquals("REGOLAMENTO DI PROVA", p.metadata().title().markdown());
        assertEquals(List.of("oggetto", "finalita", "definizioni", "ambito", "principi", "senza-spazio",
                "titolo-riga-dopo", "senza-punto"), articles(p.content()).stream().map(Article::id).toList());
    }

    @Test
    void singleArticle() {
        DetectedPolicy p = detect("Regolamento breve", "Articolo unico – Disposizione", "Il testo.");
        assertEquals(List.of("Disposizione"), articles(p.content()).stream().map(a -> a.title().markdown()).toList());
    }

    @Test
    void titoliCapiAndSezioniNestAndKeepTheirNumerals() {
        DetectedPolicy p = detect("Regolamento", "TITOLO I - PARTE GENERALE", "CAPO I. PRINCIPI", "Art. 1 - A", "Testo.",
                "Capo 2 - Organi", "Art. 2 - B", "Testo.", "TITOLO II - ALTRO", "Capo I - Nuovo", "Art. 3 - C", "Testo.");
        Section titolo = (Section) p.content().get(0);
        assertEquals(Optional.of(SectionLevel.TITOLO), titolo.level());
        assertEquals("PARTE GENERALE", titolo.title().markdown());
        // "Capo 2" keeps the Arabic numerals the source chose (numerazione: araba).
        assertEquals(List.of("Capo I", "Capo 2"), titolo.content().stream()
                .map(b -> ((Section) b).number().orElseThrow().heading()).toList());
        Section second = (Section) p.content().get(1);
        assertEquals("Capo I", ((Section) second.content().get(0)).number().orElseThrow().heading());
        assertEquals(3, articles(p.content()).size());
    }

    @Test
    void numberedAndUnnumberedParagraphs() {
        DetectedPolicy p = detect("Regolamento", "Art. 1 - Numerati", "1. Primo comma.", "2) Secondo comma.",
                "Un paragrafo che segue il comma 2.", "Art. 2 - Non numerati", "Primo paragrafo.", "Secondo paragrafo.");
        List<Article> a = articles(p.content());
        assertTrue(a.get(0).numberedCommi());
        assertEquals(2, a.get(0).commi().size());
        assertEquals("Un paragrafo che segue il comma 2.", a.get(0).commi().get(1).continuation().get(0).text().markdown());
        assertFalse(a.get(1).numberedCommi());
        assertEquals(2, a.get(1).commi().size());
    }

    @Test
    void pointsOfEveryKindAndNested() {
        DetectedPolicy p = detect("Regolamento", "Art. 1 - Punti", "1. Il Comune:", "a) primo;", "b. secondo:",
                "I. sotto uno;", "II. sotto due;", "c) terzo.", "2. Si applicano:", "• uno;", "– due;", "- tre.",
                "3. Nelle fasi:", "1) prima;", "2) seconda.");
        List<Comma> commi = articles(p.content()).get(0).commi();
        assertEquals(3, commi.size());
        PointList letters = commi.get(0).points().orElseThrow();
        assertEquals(ListStyle.LETTERS, letters.style());
        assertEquals(List.of("a", "b", "c"), letters.points().stream().map(x -> x.label()).toList());
        assertEquals(2, letters.points().get(1).subpoints().orElseThrow().points().size());
        assertEquals(ListStyle.BULLETS, commi.get(1).points().orElseThrow().style());
        assertEquals(3, commi.get(1).points().orElseThrow().points().size());
        assertEquals(ListStyle.NUMBERS, commi.get(2).points().orElseThrow().style());
        assertEquals(2, commi.get(2).points().orElseThrow().points().size());
    }

    @Test
    void linesBrokenInsideASentenceAreJoined() {
        DetectedPolicy p = detect("Regolamento", "Art. 1 - Oggetto", "1. Il Difensore civico ha il compito di",
                "garante dell'imparzialità.", "2. Secondo.");
        List<Comma> commi = articles(p.content()).get(0).commi();
        assertEquals(2, commi.size());
        assertEquals("Il Difensore civico ha il compito di garante dell'imparzialità.", commi.get(0).text().markdown());
    }

    @Test
    void letterheadTitleApprovalAndLastModifiedBecomeMetadata() {
        DetectedPolicy p = detect("COMUNE DI SAN PROVA (BS)", "Regolamento per la prova",
                "Approvato con deliberazione del Consiglio Comunale n. 24 del 15/7/2022",
                "Modificato con D.G.C. n°55 del 29.07.2023", "Ultima modifica 29 dicembre 2023",
                "Il Comune adotta il presente regolamento.", "Art. 1 - Oggetto", "Testo.");
        assertEquals(Optional.of("San Prova"), p.enteName());
        assertEquals(Optional.of("BS"), p.province());
        assertEquals("Regolamento per la prova", p.metadata().title().markdown());
        assertEquals(PolicyStatus.APPROVED, p.metadata().status());
        assertEquals(2, p.metadata().acts().size());
        assertEquals(ActRole.ADOPTION, p.metadata().acts().get(0).role());
        assertEquals("Consiglio Comunale", p.metadata().acts().get(0).organ());
        assertEquals(Optional.of("24"), p.metadata().acts().get(0).number());
        assertEquals(Optional.of(LocalDate.of(2022, 7, 15)), p.metadata().acts().get(0).date());
        assertEquals(ActRole.AMENDMENT, p.metadata().acts().get(1).role());
        assertEquals("Giunta Comunale", p.metadata().acts().get(1).organ());
        assertEquals(Optional.of("55"), p.metadata().acts().get(1).number());
        assertEquals(Optional.of(LocalDate.of(2023, 12, 29)), p.metadata().lastModified());
        assertEquals(List.of("Il Comune adotta il presente regolamento."),
                p.preamble().stream().map(x -> x.text().markdown()).toList());
        assertEquals(List.of(DropReason.LETTERHEAD, DropReason.TITLE, DropReason.APPROVAL, DropReason.APPROVAL,
                DropReason.LAST_MODIFIED), p.dropped().stream().map(DroppedLine::reason).toList());
    }

    @Test
    void withoutAnActTheTextIsADraft() {
        DetectedPolicy p = detect("Regolamento", "Art. 1 - Oggetto", "Testo.");
        assertEquals(PolicyStatus.DRAFT, p.metadata().status());
    }

    @Test
    void anIndexIsDroppedAndTheBodyKept() {
        DetectedPolicy p = detect("Regolamento", "Indice", "Art. 1 - Oggetto ........ 2", "Art. 2 - Fine ........ 3",
                "Art. 1 - Oggetto", "Testo uno.", "Art. 2 - Fine", "Testo due.");
        assertEquals(2, articles(p.content()).size());
        assertEquals(3, p.dropped().stream().filter(d -> d.reason() == DropReason.INDEX).count());
    }

    @Test
    void markdownCharactersOfPlainTextStayLiteral() {
        DetectedPolicy p = detect("Regolamento", "Art. 1 - Oggetto", "Scrivere a mbox**@pec.it o [qui].");
        assertEquals("Scrivere a mbox\\*\\*@pec.it o \\[qui\\].",
                articles(p.content()).get(0).commi().get(0).text().markdown());
    }

    @Test
    void typedReferencesThatResolveBecomeSymbolicWithTheSameWords() {
        DetectedPolicy p = detect("Regolamento", "Art. 1 - Oggetto", "1. Primo.", "2. Secondo.", "Art. 2 - Rinvio",
                "1. Come all'art. 1, comma 2, e all'art. 9, e all'art. 5 del D.Lgs. 33/2013.");
        ImportedReferences refs = ImportedReferences.of(p);
        assertEquals("Come all'[[oggetto.2|art. 1, comma 2]], e all'art. 9, e all'art. 5 del D.Lgs. 33/2013.",
                articles(refs.detected().content()).get(1).commi().get(0).text().markdown());
        assertEquals(List.of("art. 9"), refs.unresolved());
    }
}

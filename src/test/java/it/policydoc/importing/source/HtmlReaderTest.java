package it.policydoc.importing.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved web page: only its main content is text; menus and footers are listed as dropped. */
class HtmlReaderTest {

    @TempDir
    Path temp;

    @Test
    void mainContentWithHeadingsAndDrawnListLabels() throws Exception {
        Path page = Files.writeString(temp.resolve("pagina.html"), """
                <html><head><title>Regolamento</title><script>var x = 1;</script></head><body>
                <nav><a href="/">Home</a> <a href="/uffici">Uffici</a></nav>
                <main><h1>Regolamento di prova</h1><h2>Art. 1 – Oggetto</h2>
                <p>Il Comune si impegna a:</p>
                <ol type="a"><li>informare;</li><li>ascoltare <b>tutti</b>.</li></ol>
                <ol start="2"><li>Secondo comma.</li></ol></main>
                <footer>Comune di Prova – P.IVA 0000</footer></body></html>
                """, StandardCharsets.UTF_8);
        SourceDocument doc = SourceReaders.read(page);
        assertEquals(List.of("Regolamento di prova", "Art. 1 – Oggetto", "Il Comune si impegna a:", "a) informare;",
                "b) ascoltare tutti.", "2. Secondo comma."), doc.blocks().stream().map(SourceBlock::visibleText).toList());
        assertEquals(1, doc.blocks().get(0).headingLevel());
        assertEquals(Optional.of("a)"), doc.blocks().get(3).marker());
        assertTrue(doc.dropped().stream().allMatch(d -> d.reason() == DropReason.WEB_FURNITURE));
        assertEquals(List.of("Home Uffici", "Comune di Prova – P.IVA 0000"),
                doc.dropped().stream().map(DroppedLine::text).toList());
    }
}

package it.policydoc.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.testing.PdfChecker;
import it.policydoc.testing.PdfContent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/** The XHTML → PDF step on small documents: fonts, line breaking, hyphenation, conformance. */
class ArchivalPdfWriterTest {

    private static final ArchivalPdfWriter WRITER = new ArchivalPdfWriter();
    private static final LocalDate DATE = LocalDate.of(2024, 5, 10);

    private static String xhtml(String style, String body) {
        return """
                <html xmlns="http://www.w3.org/1999/xhtml" lang="it-IT">
                <head><title>Prova</title><meta name="subject" content="Documento di prova"/>
                <meta name="author" content="Comune di Prova"/>
                <style>@page { size: A4; margin: 20mm; } html { font-family: "Titillium Web"; } %s</style></head>
                <body>%s</body></html>
                """.formatted(style, body);
    }

    private static byte[] write(String style, String body) throws IOException {
        return WRITER.write(new PrintDocument(xhtml(style, body), DATE, List.of()));
    }

    @Test
    void everyGenericFamilyIsAnEmbeddedFontAndKeepsItsText() throws IOException {
        byte[] pdf = write("", """
                <p style="font-family: serif">testo con grazie</p>
                <p style="font-family: sans-serif">testo senza grazie</p>
                <p><code>testo_monospaziato</code> e <em>corsivo</em> e <strong>grassetto</strong></p>
                """);
        assertEquals(List.of(), PdfChecker.failures(pdf));
        try (PdfContent content = new PdfContent(pdf)) {
            String text = content.pageText(1);
            for (String expected : List.of("testo con grazie", "testo senza grazie", "testo_monospaziato",
                    "corsivo", "grassetto")) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
            var resources = content.document().getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
            }
        }
    }

    @Test
    void aFontFamilyThatIsNotRegisteredIsDrawnByTheFallbackFontsInsteadOfDroppingText() throws IOException {
        // Without registered fallbacks openhtmltopdf silently drops text in an unknown family.
        byte[] pdf = write("", "<p style=\"font-family: 'Comic Sans MS'\">testo che sparirebbe</p>");
        try (PdfContent content = new PdfContent(pdf)) {
            assertTrue(content.pageText(1).contains("testo che sparirebbe"), content.pageText(1));
        }
    }

    @Test
    void neverBreaksALineAfterAnApostrophe() throws IOException {
        // A narrow column of elisions: the JDK's breaker would end lines with "dell’" and "l'".
        String words = "dell’ufficio l’amministrazione all'utenza dell’Ente nell’ambito sull’attendibilità "
                .repeat(12);
        byte[] pdf = write(".colonna { width: 32mm; }", "<p class=\"colonna\">" + words + "</p>");
        try (PdfContent content = new PdfContent(pdf)) {
            List<String> lines = content.pageText(1).lines().filter(l -> !l.isBlank()).toList();
            assertTrue(lines.size() > 20, "the column wraps: " + lines);
            for (String line : lines) {
                assertFalse(line.strip().endsWith("’") || line.strip().endsWith("'"), line);
            }
        }
    }

    @Test
    void hyphenatesItalianWhereAskedAndDrawsNoInvisibleHyphens() throws IOException {
        String text = "La comunicazione istituzionale dell’amministrazione comunale garantisce trasparenza "
                + "e partecipazione nell’interesse della cittadinanza. ";
        byte[] pdf = write(".colonna { width: 45mm; text-align: justify; hyphens: auto; }",
                "<p class=\"colonna\">" + text.repeat(4) + "</p>");
        try (PdfContent content = new PdfContent(pdf)) {
            String lines = content.pageText(1);
            assertTrue(lines.lines().filter(l -> l.strip().endsWith("-")).count() >= 3, lines);
            assertFalse(lines.contains("\u00AD"), "soft hyphens are break points, not text");
            assertEquals(PdfContent.matchable(text.repeat(4)), PdfContent.matchable(lines));
        }
    }

    @Test
    void carriesItsAttachmentsAndIsByteForByteReproducible() throws IOException {
        byte[] yaml = "titolo: Prova\n".getBytes(StandardCharsets.UTF_8);
        PrintDocument document = new PrintDocument(xhtml("", "<h1>Prova</h1><p>Testo.</p>"), DATE,
                List.of(PdfAttachment.source("prova.yaml", yaml, "application/yaml", "Sorgente")));
        byte[] first = WRITER.write(document);
        assertArrayEquals(first, WRITER.write(document));
        assertEquals(List.of(), PdfChecker.failures(first));
        try (PdfContent content = new PdfContent(first)) {
            assertArrayEquals(yaml, content.attachments().get("prova.yaml").getEmbeddedFile().toByteArray());
        }
        byte[] otherDate = WRITER.write(new PrintDocument(document.xhtml(), DATE.plusDays(1), document.attachments()));
        assertFalse(Arrays.equals(first, otherDate), "the date is part of the document");
    }

    @Test
    void warmingUpAWriterChangesNoDocumentItWritesAfter() throws IOException {
        // The warm-up document must itself be written without problems: a build ignores its failure.
        PrintDocument document = new PrintDocument(xhtml("", "<p>Il Comune <strong>utilizza</strong> i <em>profili</em>.</p>"),
                DATE, List.of());
        ArchivalPdfWriter warmed = new ArchivalPdfWriter();
        warmed.warmUp();
        assertArrayEquals(new ArchivalPdfWriter().write(document), warmed.write(document));
    }
}

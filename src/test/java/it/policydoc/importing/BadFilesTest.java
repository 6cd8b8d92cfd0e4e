package it.policydoc.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.cli.Main;
import it.policydoc.pipeline.PolicyImport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be imported get a clear Italian message each, and nothing is written. */
class BadFilesTest {

    @TempDir
    Path temp;

    private PolicyImport.Refused refused(Path file) {
        Path comune = temp.resolve("comune");
        PolicyImport.Refused r = assertThrows(PolicyImport.Refused.class, () -> new PolicyImport().run(
                new PolicyImport.Request(file, Optional.of(comune), Optional.of("prova"), false)));
        assertFalse(Files.exists(comune), "nothing is written");
        return r;
    }

    /** What the clerk reads, through the command line, in Italian. */
    private String italian(Path file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"--lang", "it", "import", file.toString(), "--comune",
                temp.resolve("comune").toString()}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(1, code, err.toString());
        assertFalse(Files.exists(temp.resolve("comune")));
        assertFalse(err.toString().contains("Exception"), err.toString());
        return err.toString();
    }

    @Test
    void emptyFile() throws IOException {
        Path file = Files.writeString(temp.resolve("vuoto.docx"), "");
        assertEquals("import.empty", refused(file).note().key());
        assertTrue(italian(file).contains("il file è vuoto"), italian(file));
    }

    @Test
    void notTheFormatItsExtensionSays() throws IOException {
        Path docx = Files.writeString(temp.resolve("testo.docx"), "Art. 1 - Oggetto\nQuesto è testo, non Word.\n");
        assertEquals("import.wrong-format", refused(docx).note().key());
        assertTrue(italian(docx).contains("non è in formato Word (.docx)"), italian(docx));
        Path pdf = Files.writeString(temp.resolve("testo.pdf"), "non un PDF");
        assertEquals("import.wrong-format", refused(pdf).note().key());
        Path odt = temp.resolve("zip.odt");
        Files.write(odt, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3});
        assertEquals("import.corrupt", refused(odt).note().key());
        Path txt = temp.resolve("binario.txt");
        Files.write(txt, new byte[] {'%', 'P', 'D', 'F', '-', '1', 0, 0});
        assertEquals("import.wrong-format", refused(txt).note().key());
        Path exe = Files.writeString(temp.resolve("testo.rtf"), "{\\rtf1}");
        assertEquals("import.unknown-extension", refused(exe).note().key());
        assertTrue(italian(exe).contains("si importano i file .docx, .odt, .pdf"), italian(exe));
    }

    @Test
    void scannedPdfHasNoText() throws IOException {
        Path file = temp.resolve("scansione.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            var image = LosslessFactory.createFromImage(doc, new java.awt.image.BufferedImage(50, 50,
                    java.awt.image.BufferedImage.TYPE_INT_RGB));
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(image, 50, 50);
            }
            doc.save(file.toFile());
        }
        assertEquals("import.pdf-no-text", refused(file).note().key());
        assertTrue(italian(file).contains("è una scansione"), italian(file));
    }

    @Test
    void encryptedPdf() throws IOException {
        Path file = temp.resolve("protetto.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 700);
                content.showText("Art. 1 - Oggetto");
                content.endText();
            }
            doc.protect(new StandardProtectionPolicy("segreta", "segreta", new AccessPermission()));
            doc.save(file.toFile());
        }
        assertEquals("import.pdf-encrypted", refused(file).note().key());
        assertTrue(italian(file).contains("protetto da password"), italian(file));
    }

    @Test
    void hugeFile() throws IOException {
        Path file = temp.resolve("enorme.txt");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(60L * 1024 * 1024);
        }
        assertEquals("import.too-large", refused(file).note().key());
        assertTrue(italian(file).contains("supera 50 MB"), italian(file));
    }

    @Test
    void anExistingPolicyIsNotOverwrittenWithoutForce() throws Exception {
        Path source = Files.writeString(temp.resolve("testo.txt"), "COMUNE DI PROVA\nRegolamento di prova\nArt. 1 - Oggetto\n1. Il testo.\n",
                StandardCharsets.UTF_8);
        Path comune = temp.resolve("altro");
        PolicyImport.Request request = new PolicyImport.Request(source, Optional.of(comune), Optional.of("prova"), false);
        new PolicyImport().run(request);
        String first = Files.readString(comune.resolve("prova.yaml"));
        assertTrue(Files.readString(comune.resolve("comune.yaml")).contains("nome: Prova"));
        PolicyImport.Refused again = assertThrows(PolicyImport.Refused.class, () -> new PolicyImport().run(request));
        assertEquals("import.exists", again.note().key());
        new PolicyImport().run(new PolicyImport.Request(source, Optional.of(comune), Optional.of("prova"), true));
        assertEquals(first, Files.readString(comune.resolve("prova.yaml")), "same input, same bytes");
        assertEquals(List.of("comune.yaml", "prova.yaml"), Files.list(comune).map(p -> p.getFileName().toString()).sorted().toList());
    }
}

package it.policydoc.pdf;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.Diagnostic;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Turns an XHTML document with a print stylesheet into an archival, accessible PDF: PDF/A-3a
 * (the level that allows associated files, such as the source it was made from) and PDF/UA-1
 * (tagged structure, language, title, bookmarks), through openhtmltopdf on PDFBox.
 *
 * <p>What is expensive is made once per instance and shared: the font data, the colour
 * profile, the font metrics cache. An instance is thread-safe; each call builds its own
 * renderer, whose state (layout, line breaker) belongs to one document.
 *
 * <p>openhtmltopdf reports problems as log messages and carries on: a missing font drops text,
 * a missing image or bookmark target is skipped. Its log is silenced ({@link SilentLog}) and
 * every warning it reports for a document fails that document instead, so that nothing is lost
 * unnoticed.
 */
public final class ArchivalPdfWriter {

    private final PdfFonts fonts = new PdfFonts();
    private final ItalianHyphenator hyphenator = new ItalianHyphenator();
    private final byte[] colorProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private final FSCacheEx<String, FSCacheValue> fontMetrics = new FSDefaultCacheStore();

    public ArchivalPdfWriter() {
        SilentLog.install();
    }

    /**
     * Writes a small document ({@code warm-up.xhtml}) and throws it away. In a cold JVM the first
     * PDF costs about twenty times a warm one (loading and initialising the XML parser, the CSS
     * engine, the line breaker, the fonts, PDFBox); a build that knows it will write PDFs calls
     * this on a spare core while it still loads and checks, so that its first real PDF starts
     * warm. Shares with later documents only what they share with each other (fonts, metrics).
     */
    public void warmUp() throws IOException {
        try (InputStream in = ArchivalPdfWriter.class.getResourceAsStream("warm-up.xhtml")) {
            write(new PrintDocument(new String(in.readAllBytes(), StandardCharsets.UTF_8), LocalDate.EPOCH, List.of()));
        }
    }

    /** The PDF, as bytes; the same document always gives the same bytes. */
    public byte[] write(PrintDocument document) throws IOException {
        List<Diagnostic> problems = new ArrayList<>();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfAConformance.PDFA_3_A)
                .useColorProfile(colorProfile)
                .useUnicodeLineBreaker(new IcuLineBreaker())
                .useHyphenation(hyphenator)
                .useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE))
                .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics)
                // Everything a document shows is inside it (images as data: URIs): nothing is fetched.
                .useExternalResourceAccessControl((uri, type) -> uri.startsWith("data:"),
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .withDiagnosticConsumer(d -> {
                    if (d.getLevel().intValue() >= Level.WARNING.intValue()) {
                        problems.add(d);
                    }
                })
                .withHtmlContent(document.xhtml(), null);
        fonts.registerOn(builder);

        Calendar date = GregorianCalendar.from(document.date().atStartOfDay(ZoneOffset.UTC));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer();
                PDDocument doc = renderer.createPDFKeepOpen()) {
            if (!problems.isEmpty()) {
                throw new IllegalStateException("the PDF would lose content: " + problems.stream()
                        .map(Diagnostic::getFormattedMessage).collect(Collectors.joining("; ")));
            }
            String language = doc.getDocumentCatalog().getLanguage();
            ArchivalMetadata.apply(doc, date, language, digest(document));
            AssociatedFiles.attach(doc, document.attachments(), date);
            doc.save(out);
        }
        return out.toByteArray();
    }

    private static byte[] digest(PrintDocument document) {
        List<byte[]> parts = new ArrayList<>();
        parts.add(document.xhtml().getBytes(StandardCharsets.UTF_8));
        parts.add(document.date().toString().getBytes(StandardCharsets.UTF_8));
        document.attachments().forEach(a -> parts.add(a.content()));
        return ArchivalMetadata.sha256(parts.toArray(byte[][]::new));
    }
}

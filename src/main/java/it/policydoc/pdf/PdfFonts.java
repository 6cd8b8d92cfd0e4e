package it.policydoc.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import it.policydoc.fonts.PrintFonts;
import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.Set;

/**
 * Offers the fonts of {@link PrintFonts} to one rendering.
 *
 * <p>In PDF/A and PDF/UA mode openhtmltopdf silently drops text whose font family is not
 * registered, so each document face is registered under its own name and under the CSS
 * generic family it stands for, so that {@code sans-serif}, {@code serif} and
 * {@code monospace} all resolve to an embedded font, whatever a stylesheet or the default
 * user-agent styles ask for. openhtmltopdf looks generic families up by Java's logical font
 * names ("SansSerif", "Serif", "Monospaced"), so those are the names they are registered under.
 * The fallback faces are appended to every font stack, so a character the stylesheet's font
 * lacks is drawn by the first of them that has it instead of becoming "#".
 */
final class PdfFonts {

    private static final Set<FSFontUseCase> DOCUMENT = EnumSet.of(FSFontUseCase.DOCUMENT);
    private static final Set<FSFontUseCase> FALLBACK = EnumSet.of(FSFontUseCase.FALLBACK_FINAL);

    private final PrintFonts fonts = PrintFonts.standard();

    /** Subsetting embeds only the glyphs a document uses. */
    void registerOn(PdfRendererBuilder builder) {
        for (PrintFonts.Face face : fonts.faces()) {
            FontStyle style = face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL;
            Set<FSFontUseCase> use = face.use() == PrintFonts.Use.FALLBACK ? FALLBACK : DOCUMENT;
            for (String family : face.families()) {
                builder.useFont(() -> new ByteArrayInputStream(face.data()), family, face.weight(), style, true, use);
            }
        }
    }
}

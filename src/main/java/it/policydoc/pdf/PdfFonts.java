package it.policydoc.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import it.policydoc.webjar.BootstrapItalia;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The fonts of every PDF: Titillium Web (the typeface of the Italian public administration),
 * Lora and Roboto Mono, all from the Bootstrap Italia webjar, read once and shared.
 *
 * <p>In PDF/A and PDF/UA mode openhtmltopdf silently drops text whose font family is not
 * registered, so each family is registered under its own name and under the CSS generic
 * family it stands for, so that {@code sans-serif}, {@code serif} and {@code monospace} all
 * resolve to an embedded font, whatever a stylesheet or the default user-agent styles ask for.
 * openhtmltopdf looks generic families up by Java's logical font names ("SansSerif", "Serif",
 * "Monospaced"), so those are the names they are registered under.
 */
final class PdfFonts {

    /** One TTF file, registered under each of {@code families}. */
    private record Face(List<String> families, int weight, FontStyle style, byte[] data) {
    }

    private final List<Face> faces;

    PdfFonts() {
        List<String> sans = List.of("Titillium Web", "SansSerif");
        List<String> serif = List.of("Lora", "Serif");
        List<String> mono = List.of("Roboto Mono", "Monospaced");
        String titillium = "Titillium_Web/titillium-web-v10-latin-ext_latin-";
        String lora = "Lora/lora-v20-latin-ext_latin-";
        String roboto = "Roboto_Mono/roboto-mono-v13-latin-ext_latin-";
        faces = List.of(
                face(sans, 300, FontStyle.NORMAL, titillium + "300.ttf"),
                face(sans, 300, FontStyle.ITALIC, titillium + "300italic.ttf"),
                face(sans, 400, FontStyle.NORMAL, titillium + "regular.ttf"),
                face(sans, 400, FontStyle.ITALIC, titillium + "italic.ttf"),
                face(sans, 600, FontStyle.NORMAL, titillium + "600.ttf"),
                face(sans, 600, FontStyle.ITALIC, titillium + "600italic.ttf"),
                face(sans, 700, FontStyle.NORMAL, titillium + "700.ttf"),
                face(sans, 700, FontStyle.ITALIC, titillium + "700italic.ttf"),
                face(serif, 400, FontStyle.NORMAL, lora + "regular.ttf"),
                face(serif, 400, FontStyle.ITALIC, lora + "italic.ttf"),
                face(serif, 700, FontStyle.NORMAL, lora + "700.ttf"),
                face(serif, 700, FontStyle.ITALIC, lora + "700italic.ttf"),
                face(mono, 400, FontStyle.NORMAL, roboto + "regular.ttf"),
                face(mono, 400, FontStyle.ITALIC, roboto + "italic.ttf"),
                face(mono, 700, FontStyle.NORMAL, roboto + "700.ttf"),
                face(mono, 700, FontStyle.ITALIC, roboto + "700italic.ttf"));
    }

    /** Offers every face to one rendering; subsetting embeds only the glyphs a document uses. */
    void registerOn(PdfRendererBuilder builder) {
        for (Face face : faces) {
            for (String family : face.families()) {
                builder.useFont(() -> new ByteArrayInputStream(face.data()), family, face.weight(), face.style(), true);
            }
        }
    }

    private static Face face(List<String> families, int weight, FontStyle style, String file) {
        return new Face(families, weight, style, read(BootstrapItalia.resource("dist/fonts/" + file)));
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
    }
}

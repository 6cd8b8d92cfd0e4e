package it.policydoc.fonts;

import it.policydoc.webjar.BootstrapItalia;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The typefaces of every PDF, and which characters they can draw.
 *
 * <p>The document faces are Titillium Web (the typeface of the Italian public administration),
 * Lora and Roboto Mono from the Bootstrap Italia webjar. Titillium covers Latin only, so Noto
 * faces shipped with policydoc (OFL, see {@code fonts/noto/OFL.txt}) stand behind every font
 * stack for what Italian texts and social posts also contain: Greek and "№" (Noto Sans),
 * arrows and symbols (Noto Sans Symbols, Noto Sans Math, Noto Sans Symbols 2), emoji in
 * monochrome (Noto Emoji). A character none of them has would be drawn as "#", so the checks
 * ask {@link #canDraw} before anything is written.
 */
public final class PrintFonts {

    /** Whether a face is named by the stylesheets or stands behind every font stack. */
    public enum Use { DOCUMENT, FALLBACK }

    /**
     * One TTF file, read from the classpath the first time its bytes are asked for: a check, or
     * a PDF that does not use the face, never reads it.
     */
    public static final class Face {

        private final List<String> families;
        private final int weight;
        private final boolean italic;
        private final Use use;
        private final String resource;
        private volatile byte[] data;

        private Face(List<String> families, int weight, boolean italic, Use use, String resource) {
            this.families = List.copyOf(families);
            this.weight = weight;
            this.italic = italic;
            this.use = use;
            this.resource = resource;
        }

        /** The names it is registered under: its own, and for a document face the generic family it stands for. */
        public List<String> families() {
            return families;
        }

        public int weight() {
            return weight;
        }

        public boolean italic() {
            return italic;
        }

        public Use use() {
            return use;
        }

        /** The font file's bytes, shared: callers must not change them. */
        public byte[] data() {
            byte[] read = data;
            if (read == null) {
                read = read(resource);
                data = read;
            }
            return read;
        }
    }

    private static final String NOTO = "fonts/noto/";

    /**
     * Noto Emoji's variation-sequence table (cmap format 14) is not read by FontBox, which says
     * so on the console at every start; policydoc needs only the Unicode table. Held here so
     * that the logger, and its level, are not collected.
     */
    private static final Logger CMAP_LOG = quiet(Logger.getLogger("org.apache.fontbox.ttf.CmapSubtable"));

    /** Read once: every PDF of a build shares the same bytes. */
    private static final class Standard {
        static final PrintFonts INSTANCE = new PrintFonts();
    }

    private final List<Face> faces;
    /**
     * Titillium's regular face and the fallbacks, the fonts the policy's text is drawn with, in
     * the order they are asked: a fallback's table is parsed only when a character is missing
     * from the faces before it, so Italian text seldom parses more than Titillium's.
     */
    private final List<Face> textFaces;
    /** The Unicode tables parsed so far, one per face of {@link #textFaces}, in order; guarded by itself. */
    private final List<CmapLookup> textCoverage = new ArrayList<>();

    private PrintFonts() {
        List<String> sans = List.of("Titillium Web", "SansSerif");
        List<String> serif = List.of("Lora", "Serif");
        List<String> mono = List.of("Roboto Mono", "Monospaced");
        String titillium = "Titillium_Web/titillium-web-v10-latin-ext_latin-";
        String lora = "Lora/lora-v20-latin-ext_latin-";
        String roboto = "Roboto_Mono/roboto-mono-v13-latin-ext_latin-";
        Face titilliumRegular = document(sans, 400, false, titillium + "regular.ttf");
        // Fallbacks are tried in this order: the emoji face comes before Symbols 2 so that an
        // emoji both have is drawn as an emoji.
        List<Face> fallbacks = List.of(
                fallback("Noto Sans", NOTO + "NotoSans-Regular.ttf"),
                fallback("Noto Sans Symbols", NOTO + "NotoSansSymbols-Regular.ttf"),
                fallback("Noto Sans Math", NOTO + "NotoSansMath-Regular.ttf"),
                fallback("Noto Emoji", NOTO + "NotoEmoji-Regular.ttf"),
                fallback("Noto Sans Symbols 2", NOTO + "NotoSansSymbols2-Regular.ttf"));
        List<Face> all = new ArrayList<>(List.of(
                document(sans, 300, false, titillium + "300.ttf"),
                document(sans, 300, true, titillium + "300italic.ttf"),
                titilliumRegular,
                document(sans, 400, true, titillium + "italic.ttf"),
                document(sans, 600, false, titillium + "600.ttf"),
                document(sans, 600, true, titillium + "600italic.ttf"),
                document(sans, 700, false, titillium + "700.ttf"),
                document(sans, 700, true, titillium + "700italic.ttf"),
                document(serif, 400, false, lora + "regular.ttf"),
                document(serif, 400, true, lora + "italic.ttf"),
                document(serif, 700, false, lora + "700.ttf"),
                document(serif, 700, true, lora + "700italic.ttf"),
                document(mono, 400, false, roboto + "regular.ttf"),
                document(mono, 400, true, roboto + "italic.ttf"),
                document(mono, 700, false, roboto + "700.ttf"),
                document(mono, 700, true, roboto + "700italic.ttf")));
        all.addAll(fallbacks);
        faces = List.copyOf(all);
        List<Face> text = new ArrayList<>();
        text.add(titilliumRegular);
        text.addAll(fallbacks);
        textFaces = List.copyOf(text);
    }

    /** The fonts of policydoc's PDFs, read from the classpath once per process. */
    public static PrintFonts standard() {
        return Standard.INSTANCE;
    }

    public List<Face> faces() {
        return faces;
    }

    /**
     * Whether the PDFs can draw this character: white space, or a character that Titillium Web or
     * one of the fallback faces has a glyph for.
     */
    public boolean canDraw(int codePoint) {
        if (Character.isWhitespace(codePoint) || codePoint == '\u00a0') {
            return true;
        }
        synchronized (textCoverage) {
            for (int i = 0; i < textFaces.size(); i++) {
                if (i == textCoverage.size()) {
                    textCoverage.add(cmap(textFaces.get(i)));
                }
                if (textCoverage.get(i).getGlyphId(codePoint) != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Face document(List<String> families, int weight, boolean italic, String webjarFont) {
        return new Face(families, weight, italic, Use.DOCUMENT, BootstrapItalia.resource("dist/fonts/" + webjarFont));
    }

    private static Face fallback(String family, String resource) {
        return new Face(List.of(family), 400, false, Use.FALLBACK, resource);
    }

    private static Logger quiet(Logger logger) {
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private static CmapLookup cmap(Face face) {
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face.data()));
            CmapLookup lookup = font.getUnicodeCmapLookup();
            if (lookup == null) {
                throw new IllegalStateException("font without a Unicode cmap: " + face.families().get(0));
            }
            return lookup;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + face.families().get(0), e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = PrintFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
    }
}

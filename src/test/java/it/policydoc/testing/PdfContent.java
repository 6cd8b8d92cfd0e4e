package it.policydoc.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF read back with PDFBox, for tests: its text as printed on each page, its text in the
 * reading order of its tag structure (what assistive technology reads, without page headers,
 * footers and watermark), its structure types, bookmarks and embedded files.
 */
public final class PdfContent implements AutoCloseable {

    /** One outline entry; depth 0 for the top level. */
    public record Bookmark(String title, int depth) {
    }

    private final PDDocument doc;

    public PdfContent(byte[] pdf) {
        try {
            this.doc = Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException("not a readable PDF", e);
        }
    }

    public PDDocument document() {
        return doc;
    }

    public int pageCount() {
        return doc.getNumberOfPages();
    }

    /** The text PDFBox extracts from one page (1-based), headers, footers and watermark included. */
    public String pageText(int page) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of the tagged content in the order of the structure tree, with a line break
     * wherever the next piece of text starts on another line (or page); artifacts are not in
     * the tree, so running headers, page numbers and watermarks are left out.
     */
    public String readingText() {
        ReadingOrder reading = new ReadingOrder();
        for (Object kid : doc.getDocumentCatalog().getStructureTreeRoot().getKids()) {
            reading.visit(kid, null);
        }
        return reading.out.toString();
    }

    /** One marked-content run: its text and the baselines of its first and last glyph. */
    private record Run(String text, float firstY, float lastY) {
    }

    private static final class ReadingOrder {
        private final Map<PDPage, Map<Integer, Run>> runsByPage = new HashMap<>();
        private final StringBuilder out = new StringBuilder();
        private PDPage lastPage;
        private float lastY = Float.NaN;

        void visit(Object node, PDPage page) {
            if (node instanceof PDStructureElement element) {
                PDPage own = element.getPage() != null ? element.getPage() : page;
                element.getKids().forEach(kid -> visit(kid, own));
            } else if (node instanceof PDStructureNode structure) {
                structure.getKids().forEach(kid -> visit(kid, page));
            } else if (node instanceof Integer mcid) {
                append(page, mcid);
            } else if (node instanceof PDMarkedContentReference reference) {
                append(reference.getPage() != null ? reference.getPage() : page, reference.getMCID());
            }
        }

        private void append(PDPage page, int mcid) {
            Run run = runs(page).get(mcid);
            if (run == null || run.text().isEmpty()) {
                return;
            }
            if (out.length() > 0 && (!page.equals(lastPage) || Math.abs(run.firstY() - lastY) > 1)) {
                out.append('\n');
            }
            out.append(run.text());
            lastPage = page;
            lastY = run.lastY();
        }

        private Map<Integer, Run> runs(PDPage page) {
            return runsByPage.computeIfAbsent(page, p -> {
                try {
                    PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                    // A letter of the text that lies on the same letter of the BOZZA watermark (an
                    // artifact, outside the reading order) is still text: PDFBox would drop it as a
                    // duplicate.
                    extractor.setSuppressDuplicateOverlappingText(false);
                    extractor.processPage(p);
                    Map<Integer, Run> byMcid = new HashMap<>();
                    for (PDMarkedContent content : extractor.getMarkedContents()) {
                        List<TextPosition> glyphs = new ArrayList<>();
                        collect(content, glyphs);
                        if (content.getMCID() >= 0 && !glyphs.isEmpty()) {
                            StringBuilder text = new StringBuilder();
                            glyphs.forEach(g -> text.append(g.getUnicode()));
                            byMcid.put(content.getMCID(), new Run(text.toString(), glyphs.get(0).getY(),
                                    glyphs.get(glyphs.size() - 1).getY()));
                        }
                    }
                    return byMcid;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        private static void collect(PDMarkedContent content, List<TextPosition> glyphs) {
            for (Object item : content.getContents()) {
                if (item instanceof TextPosition glyph) {
                    glyphs.add(glyph);
                } else if (item instanceof PDMarkedContent nested) {
                    collect(nested, glyphs);
                }
            }
        }
    }

    /** Every structure type in the tag tree, in document order, e.g. H1, P, L, LI, Lbl, LBody, Link. */
    public List<String> structureTypes() {
        List<String> types = new ArrayList<>();
        collectTypes(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), types);
        return types;
    }

    private static void collectTypes(List<Object> kids, List<String> types) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                collectTypes(element.getKids(), types);
            }
        }
    }

    /** The outline (bookmarks), depth first. */
    public List<Bookmark> bookmarks() {
        List<Bookmark> bookmarks = new ArrayList<>();
        if (doc.getDocumentCatalog().getDocumentOutline() != null) {
            collectBookmarks(doc.getDocumentCatalog().getDocumentOutline(), 0, bookmarks);
        }
        return bookmarks;
    }

    private static void collectBookmarks(PDOutlineNode node, int depth, List<Bookmark> bookmarks) {
        for (PDOutlineItem item : node.children()) {
            bookmarks.add(new Bookmark(item.getTitle(), depth));
            collectBookmarks(item, depth + 1, bookmarks);
        }
    }

    /** How many link annotations jump to a place inside the document. */
    public int internalLinks() {
        int count = 0;
        for (PDAnnotationLink link : links()) {
            try {
                if (link.getDestination() != null || link.getAction() instanceof PDActionGoTo) {
                    count++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return count;
    }

    /** The addresses that link annotations open outside the document, in page order. */
    public List<String> externalLinks() {
        List<String> uris = new ArrayList<>();
        for (PDAnnotationLink link : links()) {
            if (link.getAction() instanceof PDActionURI uri) {
                uris.add(uri.getURI());
            }
        }
        return uris;
    }

    private List<PDAnnotationLink> links() {
        List<PDAnnotationLink> links = new ArrayList<>();
        try {
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        links.add(link);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return links;
    }

    /** The embedded files by name, as file specifications. */
    public Map<String, PDComplexFileSpecification> attachments() {
        try {
            var names = doc.getDocumentCatalog().getNames();
            if (names == null || names.getEmbeddedFiles() == null) {
                return Map.of();
            }
            return names.getEmbeddedFiles().getNames();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Text made comparable with the source: hyphenation at line ends undone and every hyphen
     * dropped (on both sides: a compound hyphenated at a line end cannot be told from a word
     * the layout hyphenated), then whitespace and quotes normalised as {@link SeedText} does.
     */
    public static String matchable(String text) {
        return SeedText.normalize(text.replaceAll("-\\n", "").replace("-", "").replace("\u00AD", ""));
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

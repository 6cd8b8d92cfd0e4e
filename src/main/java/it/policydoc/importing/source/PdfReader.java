package it.policydoc.importing.source;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text layer of a PDF through PDFBox, line by line with positions. Lines that open or
 * close most pages with the same words (digits aside) are running headers and footers, and
 * page numbers in those places are furniture too: all are reported as dropped. The other
 * lines are joined into paragraphs by their spacing, their length against the column and
 * their first words; a word hyphenated at a line end is joined again.
 */
public final class PdfReader implements SourceReader {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^(?:pag(?:ina|\\.)?\\s*)?[-–—]?\\s*\\d{1,4}\\s*[-–—]?(?:\\s*(?:di|/|of|su)\\s*\\d{1,4})?$");
    private static final Pattern STARTS_BLOCK = Pattern.compile(
            "^(?:(?:art(?:icolo)?\\.?\\s*\\d+|capo|titolo|sezione)\\b|\\(?[a-z]\\)\\s|[a-z]\\.\\s|\\d{1,3}[.)]\\s|\\d{1,3}\\s?-\\s|[•·▪◦●\\-–—]\\s)",
            Pattern.CASE_INSENSITIVE);
    /** A line that heads an article or a capo, after which a paragraph always starts. */
    private static final Pattern HEADING = Pattern.compile(
            "^(?:art(?:icolo)?\\.?\\s*\\d+|capo\\s|titolo\\s|sezione\\s)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.;:!?][\"”’»)]*$");
    /** The lines at each end of a page that may be running headers or footers. */
    private static final int EDGE_LINES = 2;

    /** One line of text on a page; y grows downwards from the top of the page. */
    record PdfLine(int page, String text, float x0, float x1, float y, float size) {
    }

    @Override
    public SourceDocument read(Path file) throws UnreadableSource {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableSource("import.pdf-encrypted");
            }
            LineCollector collector = new LineCollector();
            collector.setSortByPosition(true);
            collector.writeText(doc, new StringWriter());
            List<PdfLine> lines = collector.lines;
            if (lines.stream().allMatch(l -> l.text().isBlank())) {
                throw new UnreadableSource("import.pdf-no-text", Integer.toString(doc.getNumberOfPages()));
            }
            return layout(lines, doc.getNumberOfPages());
        } catch (InvalidPasswordException e) {
            throw new UnreadableSource("import.pdf-encrypted");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableSource("import.corrupt", "PDF");
        }
    }

    private static SourceDocument layout(List<PdfLine> lines, int pages) {
        List<DroppedLine> dropped = new ArrayList<>();
        Set<PdfLine> furniture = furniture(lines, pages);
        List<PdfLine> body = new ArrayList<>();
        Map<Integer, Integer> lineOnPage = new HashMap<>();
        Map<PdfLine, Integer> numbers = new HashMap<>();
        for (PdfLine line : lines) {
            int n = lineOnPage.merge(line.page(), 1, Integer::sum);
            numbers.put(line, n);
            if (furniture.contains(line)) {
                boolean top = isTop(line, lines);
                DropReason reason = PAGE_NUMBER.matcher(line.text().strip()).matches() ? DropReason.PAGE_NUMBER
                        : top ? DropReason.PAGE_HEADER : DropReason.PAGE_FOOTER;
                dropped.add(new DroppedLine(line.text().strip(), reason, new SourcePlace(line.page(), n)));
            } else if (!line.text().isBlank()) {
                body.add(line);
            }
        }
        return new SourceDocument(paragraphs(body, numbers), dropped);
    }

    private static boolean isTop(PdfLine line, List<PdfLine> lines) {
        return lines.stream().filter(l -> l.page() == line.page()).mapToDouble(PdfLine::y).average().orElse(0) > line.y();
    }

    /** Lines at the top or bottom of pages whose words (digits aside) recur on at least half of the pages. */
    private static Set<PdfLine> furniture(List<PdfLine> lines, int pages) {
        Map<Integer, List<PdfLine>> byPage = new HashMap<>();
        for (PdfLine l : lines) {
            if (!l.text().isBlank()) {
                byPage.computeIfAbsent(l.page(), p -> new ArrayList<>()).add(l);
            }
        }
        List<PdfLine> edges = new ArrayList<>();
        for (List<PdfLine> page : byPage.values()) {
            for (int i = 0; i < page.size(); i++) {
                if (i < EDGE_LINES || i >= page.size() - EDGE_LINES) {
                    edges.add(page.get(i));
                }
            }
        }
        Map<String, Set<Integer>> pagesOf = new HashMap<>();
        for (PdfLine l : edges) {
            pagesOf.computeIfAbsent(key(l.text()), k -> new HashSet<>()).add(l.page());
        }
        int needed = Math.max(2, (pages + 1) / 2);
        Set<PdfLine> furniture = new HashSet<>();
        for (PdfLine l : edges) {
            boolean repeated = pages >= 2 && pagesOf.get(key(l.text())).size() >= needed;
            if (repeated || PAGE_NUMBER.matcher(l.text().strip()).matches()) {
                furniture.add(l);
            }
        }
        return furniture;
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    }

    private static List<SourceBlock> paragraphs(List<PdfLine> body, Map<PdfLine, Integer> numbers) {
        List<Float> gaps = new ArrayList<>();
        List<Float> sizes = new ArrayList<>();
        List<Float> rights = new ArrayList<>();
        float left = Float.MAX_VALUE;
        for (int i = 0; i < body.size(); i++) {
            PdfLine l = body.get(i);
            sizes.add(l.size());
            rights.add(l.x1());
            left = Math.min(left, l.x0());
            if (i > 0 && body.get(i - 1).page() == l.page() && l.y() > body.get(i - 1).y()) {
                gaps.add(l.y() - body.get(i - 1).y());
            }
        }
        float gap = median(gaps, 14f);
        float size = median(sizes, 11f);
        rights.sort(Float::compare);
        float right = rights.isEmpty() ? 0 : rights.get((int) (rights.size() * 0.9));
        float shortLine = right - (right - left) * 0.12f;

        Set<String> vocabulary = new HashSet<>();
        for (PdfLine l : body) {
            for (String w : l.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                vocabulary.add(w);
            }
        }
        List<SourceBlock> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        PdfLine first = null;
        PdfLine previous = null;
        for (PdfLine line : body) {
            String words = line.text().strip();
            boolean newBlock = previous == null || startsBlock(previous, line, words, gap, shortLine);
            if (newBlock && first != null) {
                blocks.add(block(text.toString(), first, numbers, size));
                text.setLength(0);
            }
            if (newBlock) {
                first = line;
                text.append(words);
            } else {
                join(text, words, vocabulary);
            }
            previous = line;
        }
        if (first != null) {
            blocks.add(block(text.toString(), first, numbers, size));
        }
        return blocks;
    }

    private static boolean startsBlock(PdfLine previous, PdfLine line, String words, float gap, float shortLine) {
        String before = previous.text().strip();
        boolean endedShort = previous.x1() < shortLine;
        boolean sizeChanged = Math.abs(previous.size() - line.size()) > 0.5f;
        if (STARTS_BLOCK.matcher(words).find() || sizeChanged || endedShort && HEADING.matcher(before).find()) {
            return true;
        }
        if (previous.page() != line.page() || line.y() <= previous.y()) {
            return endedShort && (SENTENCE_END.matcher(before).matches() || Character.isUpperCase(words.charAt(0)));
        }
        if (line.y() - previous.y() > gap * 1.35f) {
            return true;
        }
        return endedShort && (SENTENCE_END.matcher(before).matches() || Character.isUpperCase(words.charAt(0)));
    }

    /**
     * Joins a line to the paragraph. A word broken by a hyphen at the line end ("amministra-" +
     * "zione") is one word again when the text uses it whole elsewhere; otherwise the hyphen is
     * the word's own ("psico-" + "fisiche") and stays, without a space.
     */
    private static void join(StringBuilder text, String words, Set<String> vocabulary) {
        int n = text.length();
        char last = n == 0 ? ' ' : text.charAt(n - 1);
        boolean lowerAround = n >= 3 && Character.isLowerCase(text.charAt(n - 2))
                && Character.isLetter(text.charAt(n - 3)) && Character.isLowerCase(words.charAt(0));
        if (last == '\u00AD') {
            text.setLength(n - 1);
            text.append(words);
        } else if (last == '-' && lowerAround) {
            int start = n - 1;
            while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
                start--;
            }
            String head = text.substring(start, n - 1);
            String tail = words.split("[^\\p{L}]", 2)[0];
            boolean whole = vocabulary.contains((head + tail).toLowerCase(Locale.ROOT));
            if (whole) {
                text.setLength(n - 1);
            }
            text.append(words);
        } else {
            text.append(' ').append(words);
        }
    }

    private static SourceBlock block(String text, PdfLine first, Map<PdfLine, Integer> numbers, float bodySize) {
        int heading = first.size() > bodySize * 1.25f ? 1 : first.size() > bodySize * 1.1f ? 2 : 0;
        return new SourceBlock(text, java.util.Optional.empty(), -1, heading,
                new SourcePlace(first.page(), numbers.get(first)));
    }

    private static float median(List<Float> values, float fallback) {
        if (values.isEmpty()) {
            return fallback;
        }
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(Float::compare);
        return sorted.get(sorted.size() / 2);
    }

    /** Collects lines with their positions instead of writing text. */
    private static final class LineCollector extends PDFTextStripper {

        private final List<PdfLine> lines = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private final List<TextPosition> positions = new ArrayList<>();

        @Override
        protected void writeString(String text, List<TextPosition> textPositions) {
            current.append(text);
            positions.addAll(textPositions);
        }

        @Override
        protected void writeWordSeparator() {
            current.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            flush();
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            flush();
            super.endPage(page);
        }

        private void flush() {
            if (!positions.isEmpty()) {
                TextPosition start = positions.get(0);
                TextPosition end = positions.get(positions.size() - 1);
                float size = 0;
                for (TextPosition p : positions) {
                    size = Math.max(size, p.getFontSizeInPt());
                }
                // Justified lines come out with gaps of several spaces between words: one is the word gap.
                lines.add(new PdfLine(getCurrentPageNo(), current.toString().replace('\u00A0', ' ').replaceAll(" {2,}", " "), start.getXDirAdj(),
                        end.getXDirAdj() + end.getWidthDirAdj(), start.getYDirAdj(), size));
            }
            current.setLength(0);
            positions.clear();
        }
    }
}

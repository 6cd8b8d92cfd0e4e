package it.policydoc.importing.source;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.odftoolkit.odfdom.doc.OdfDocument;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A LibreOffice .odt file through the ODF Toolkit (odfdom): headings with their outline level,
 * paragraphs, table rows, and the list labels LibreOffice draws from the list styles. Page
 * headers and footers of the master pages and tables of contents are reported as dropped.
 */
public final class OdtReader implements SourceReader {

    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

    @Override
    public SourceDocument read(Path file) throws UnreadableSource {
        OdfDocument doc;
        try (InputStream in = Files.newInputStream(file)) {
            doc = OdfDocument.loadDocument(in);
        } catch (Exception e) {
            throw new UnreadableSource("import.corrupt", "LibreOffice (.odt)");
        }
        try (doc) {
            if (!(doc instanceof OdfTextDocument text)) {
                throw new UnreadableSource("import.corrupt", "LibreOffice (.odt)");
            }
            Reading reading = new Reading(text.getContentRoot().getOwnerDocument(), doc.getFileDom("styles.xml"));
            return reading.document(text.getContentRoot());
        } catch (UnreadableSource e) {
            throw e;
        } catch (Exception e) {
            throw new UnreadableSource("import.corrupt", "LibreOffice (.odt)");
        }
    }

    /** The level styles of one list style: number format, prefix, suffix, start, or bullet. */
    private record LevelStyle(String format, String prefix, String suffix, int start, boolean bullet) {
    }

    private static final class Reading {

        private final Map<String, Map<Integer, LevelStyle>> listStyles = new HashMap<>();
        private final Document styles;
        private final List<SourceBlock> blocks = new ArrayList<>();
        private final List<DroppedLine> dropped = new ArrayList<>();
        private final Map<String, int[]> lastCounts = new HashMap<>();
        private int paragraph;

        Reading(Document content, Document styles) {
            this.styles = styles;
            collectListStyles(content);
            if (styles != null) {
                collectListStyles(styles);
            }
        }

        SourceDocument document(Element body) {
            if (styles != null) {
                furniture(styles, "header", DropReason.PAGE_HEADER);
            }
            children(body, null, 0, null);
            if (styles != null) {
                furniture(styles, "footer", DropReason.PAGE_FOOTER);
            }
            return new SourceDocument(blocks, dropped);
        }

        private void furniture(Document dom, String name, DropReason reason) {
            NodeList parts = dom.getElementsByTagNameNS(STYLE, name);
            for (int i = 0; i < parts.getLength(); i++) {
                for (String line : InlineText.of((Element) parts.item(i)).split("\\R")) {
                    if (!line.isBlank()) {
                        dropped.add(new DroppedLine(line.strip(), reason, new SourcePlace(0, 0)));
                    }
                }
            }
        }

        private void collectListStyles(Document dom) {
            NodeList lists = dom.getElementsByTagNameNS(TEXT, "list-style");
            for (int i = 0; i < lists.getLength(); i++) {
                Element list = (Element) lists.item(i);
                Map<Integer, LevelStyle> levels = new HashMap<>();
                for (Node n = list.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element level) {
                        int number = intAttr(level, TEXT, "level", 1);
                        boolean bullet = level.getLocalName().equals("list-level-style-bullet");
                        levels.put(number, new LevelStyle(level.getAttributeNS(STYLE, "num-format"),
                                level.getAttributeNS(STYLE, "num-prefix"), level.getAttributeNS(STYLE, "num-suffix"),
                                intAttr(level, TEXT, "start-value", 1), bullet));
                    }
                }
                listStyles.put(list.getAttributeNS(STYLE, "name"), levels);
            }
        }

        private static int intAttr(Element e, String ns, String name, int fallback) {
            try {
                String v = e.getAttributeNS(ns, name);
                return v.isEmpty() ? fallback : Integer.parseInt(v);
            } catch (NumberFormatException ex) {
                return fallback;
            }
        }

        /** Walks block content; inside a list, {@code listStyle} and {@code counts} belong to the outermost list. */
        private void children(Element parent, String listStyle, int depth, int[] counts) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element e) || !TEXT.equals(e.getNamespaceURI()) && !TABLE.equals(e.getNamespaceURI())) {
                    continue;
                }
                switch (e.getLocalName()) {
                    case "h" -> block(e, Optional.empty(), -1, Math.max(1, intAttr(e, TEXT, "outline-level", 1)));
                    case "p" -> block(e, Optional.empty(), -1, 0);
                    case "list" -> list(e, listStyle, depth, counts);
                    case "section" -> children(e, listStyle, depth, counts);
                    case "table-of-content", "alphabetical-index", "illustration-index" -> {
                        for (String line : InlineText.of(e).split("\\R")) {
                            if (!line.isBlank()) {
                                dropped.add(new DroppedLine(line.strip(), DropReason.INDEX, new SourcePlace(0, paragraph)));
                            }
                        }
                    }
                    case "table" -> table(e);
                    default -> children(e, listStyle, depth, counts);
                }
            }
        }

        private void list(Element list, String outerStyle, int depth, int[] outerCounts) {
            String own = list.getAttributeNS(TEXT, "style-name");
            String style = !own.isEmpty() ? own : outerStyle;
            int[] counts = outerCounts;
            if (counts == null) {
                boolean continues = "true".equals(list.getAttributeNS(TEXT, "continue-numbering"))
                        || !list.getAttributeNS(TEXT, "continue-list").isEmpty();
                counts = continues && lastCounts.containsKey(style) ? lastCounts.get(style) : new int[11];
                lastCounts.put(style, counts);
            }
            for (Node n = list.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element item) || !item.getLocalName().startsWith("list-")) {
                    continue;
                }
                boolean header = item.getLocalName().equals("list-header");
                int level = Math.min(depth + 1, 10);
                LevelStyle levelStyle = style == null ? null : listStyles.getOrDefault(style, Map.of()).get(level);
                Optional<String> marker = Optional.empty();
                if (!header && levelStyle != null) {
                    int startOverride = intAttr(item, TEXT, "start-value", -1);
                    if (startOverride > 0) {
                        counts[level] = startOverride - 1;
                    } else if (counts[level] == 0) {
                        counts[level] = levelStyle.start() - 1;
                    }
                    counts[level]++;
                    for (int deeper = level + 1; deeper < counts.length; deeper++) {
                        counts[deeper] = 0;
                    }
                    marker = label(levelStyle, counts[level]);
                }
                boolean first = true;
                for (Node c = item.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (c instanceof Element e && (e.getLocalName().equals("p") || e.getLocalName().equals("h"))) {
                        block(e, first ? marker : Optional.empty(), first ? depth : -1, 0);
                        first = false;
                    } else if (c instanceof Element e && e.getLocalName().equals("list")) {
                        list(e, style, depth + 1, counts);
                    } else if (c instanceof Element e) {
                        children(e, style, depth, counts);
                    }
                }
            }
        }

        private static Optional<String> label(LevelStyle style, int n) {
            if (style.bullet()) {
                return Optional.of("•");
            }
            if (style.format().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(style.prefix() + ListLabels.label(style.format(), n) + style.suffix());
        }

        private void block(Element e, Optional<String> marker, int listLevel, int heading) {
            paragraph++;
            String text = InlineText.of(e).replaceAll("[\\t\\n]+", " ").strip();
            if (!text.isEmpty()) {
                blocks.add(new SourceBlock(text, marker, marker.isPresent() ? listLevel : -1, heading,
                        new SourcePlace(0, paragraph)));
            }
        }

        private void table(Element table) {
            NodeList rows = table.getElementsByTagNameNS(TABLE, "table-row");
            for (int i = 0; i < rows.getLength(); i++) {
                paragraph++;
                List<String> cells = new ArrayList<>();
                for (Node c = rows.item(i).getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (c instanceof Element cell && cell.getLocalName().equals("table-cell")) {
                        cells.add(InlineText.of(cell).replaceAll("\\s+", " ").strip());
                    }
                }
                String line = String.join(" | ", cells).strip();
                if (!line.replace("|", "").isBlank()) {
                    blocks.add(SourceBlock.plain(line, new SourcePlace(0, paragraph)));
                }
            }
        }
    }

    /** The words of an ODF element: spaces, tabs and line breaks as they show; notes and labels left out. */
    private static final class InlineText {

        private InlineText() {
        }

        static String of(Element e) {
            StringBuilder s = new StringBuilder();
            append(e, s);
            return s.toString();
        }

        private static void append(Node node, StringBuilder s) {
            for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeType() == Node.TEXT_NODE) {
                    s.append(n.getNodeValue());
                } else if (n instanceof Element e) {
                    switch (e.getLocalName()) {
                        case "s" -> s.append(" ".repeat(Math.max(1, Reading.intAttr(e, TEXT, "c", 1))));
                        case "tab" -> s.append('\t');
                        case "line-break" -> s.append('\n');
                        case "note", "bookmark", "soft-page-break" -> { }
                        case "p", "h" -> {
                            if (s.length() > 0) {
                                s.append('\n');
                            }
                            append(e, s);
                        }
                        default -> append(e, s);
                    }
                }
            }
        }
    }
}

package it.policydoc.importing.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A saved web page through jsoup. When the page marks its main content ({@code main},
 * {@code article}, role=main) only that is read; navigation, page header and footer, sidebars,
 * forms and scripts are site furniture, reported as dropped. Headings keep their level; list
 * items get the number or letter the browser draws.
 */
public final class HtmlReader implements SourceReader {

    private static final Set<String> FURNITURE = Set.of("nav", "header", "footer", "aside", "form", "menu");
    private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "button", "select", "head", "object");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "blockquote", "li",
            "ul", "ol", "dl", "dt", "dd", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "address",
            "figure", "figcaption", "hr", "body", "center");

    @Override
    public SourceDocument read(Path file) throws UnreadableSource {
        Document doc;
        try {
            doc = Jsoup.parse(TextDecoding.decode(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UnreadableSource("import.read-failed", String.valueOf(e.getMessage()));
        }
        Reading reading = new Reading();
        Element main = doc.selectFirst("main, [role=main], article");
        Element root = main != null ? main : doc.body();
        if (main != null) {
            for (Element chrome : doc.body().children()) {
                if (!chrome.equals(main) && !chrome.select("*").contains(main) && !INVISIBLE.contains(chrome.normalName())) {
                    reading.furniture(chrome);
                }
            }
        }
        reading.walk(root, -1);
        if (reading.blocks.isEmpty()) {
            throw new UnreadableSource("import.no-text");
        }
        return new SourceDocument(reading.blocks, reading.dropped);
    }

    private static final class Reading {

        private final List<SourceBlock> blocks = new ArrayList<>();
        private final List<DroppedLine> dropped = new ArrayList<>();
        private final StringBuilder inline = new StringBuilder();
        private int count;

        void furniture(Element e) {
            for (String line : e.wholeText().split("\\R")) {
                String words = line.replaceAll("\\s+", " ").strip();
                if (!words.isEmpty()) {
                    dropped.add(new DroppedLine(words, DropReason.WEB_FURNITURE, new SourcePlace(0, ++count)));
                }
            }
        }

        void walk(Element element, int listLevel) {
            for (Node node : element.childNodes()) {
                if (node instanceof TextNode t) {
                    inline.append(t.getWholeText());
                } else if (node instanceof Element e) {
                    String name = e.normalName();
                    if (INVISIBLE.contains(name)) {
                        continue;
                    }
                    if (FURNITURE.contains(name)) {
                        flush(Optional.empty(), -1, 0);
                        furniture(e);
                    } else if (name.equals("br")) {
                        inline.append(' ');
                    } else if (name.matches("h[1-6]")) {
                        flush(Optional.empty(), -1, 0);
                        walk(e, listLevel);
                        flush(Optional.empty(), -1, name.charAt(1) - '0');
                    } else if (name.equals("ol") || name.equals("ul")) {
                        flush(Optional.empty(), -1, 0);
                        list(e, listLevel + 1);
                    } else if (name.equals("tr")) {
                        flush(Optional.empty(), -1, 0);
                        List<String> cells = e.children().stream().map(c -> c.text().strip()).toList();
                        inline.append(String.join(" | ", cells));
                        flush(Optional.empty(), -1, 0);
                    } else if (BLOCKS.contains(name)) {
                        flush(Optional.empty(), -1, 0);
                        walk(e, listLevel);
                        flush(Optional.empty(), -1, 0);
                    } else {
                        walk(e, listLevel);
                    }
                }
            }
        }

        private void list(Element list, int level) {
            boolean ordered = list.normalName().equals("ol");
            String type = list.attr("type");
            int n = 0;
            try {
                n = list.hasAttr("start") ? Integer.parseInt(list.attr("start").strip()) - 1 : 0;
            } catch (NumberFormatException e) {
                n = 0;
            }
            for (Element item : list.children()) {
                if (!item.normalName().equals("li")) {
                    walk(item, level);
                    continue;
                }
                n++;
                Optional<String> marker = ordered
                        ? Optional.of(ListLabels.label(type.isEmpty() ? "1" : type, n) + (type.equals("a") ? ")" : "."))
                        : Optional.of("•");
                flush(Optional.empty(), -1, 0);
                int before = blocks.size();
                walk(item, level);
                flush(marker, level, 0);
                if (blocks.size() > before && blocks.get(before).marker().isEmpty()) {
                    SourceBlock first = blocks.get(before);
                    blocks.set(before, new SourceBlock(first.text(), marker, level, 0, first.place()));
                }
            }
        }

        private void flush(Optional<String> marker, int listLevel, int heading) {
            String text = inline.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
            inline.setLength(0);
            if (!text.isEmpty()) {
                blocks.add(new SourceBlock(text, marker, marker.isPresent() ? listLevel : -1, heading,
                        new SourcePlace(0, ++count)));
            }
        }
    }
}

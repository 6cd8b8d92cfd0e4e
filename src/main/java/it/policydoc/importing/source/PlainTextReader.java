package it.policydoc.importing.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A .txt file (every non-empty line is a block: whether a line continues the one before is the
 * structure detector's call) or a .md file (Markdown paragraphs: soft line breaks are joined;
 * {@code #} headings and list items are blocks of their own).
 */
public final class PlainTextReader implements SourceReader {

    private static final Pattern MD_HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern MD_LIST_ITEM = Pattern.compile("^(\\s*)(?:[-*+]|\\d+[.)]|[a-zA-Z][.)])\\s+.*");

    private final boolean markdown;

    public PlainTextReader(boolean markdown) {
        this.markdown = markdown;
    }

    @Override
    public SourceDocument read(Path file) throws UnreadableSource {
        String text;
        try {
            text = TextDecoding.decode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UnreadableSource("import.read-failed", String.valueOf(e.getMessage()));
        }
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        List<SourceBlock> blocks = markdown ? markdownBlocks(lines) : lineBlocks(lines);
        return new SourceDocument(blocks, List.of(), markdown);
    }

    private static List<SourceBlock> lineBlocks(String[] lines) {
        List<SourceBlock> blocks = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty()) {
                blocks.add(new SourceBlock(line, Optional.empty(), indentLevel(lines[i]), 0, new SourcePlace(0, i + 1)));
            }
        }
        return blocks;
    }

    /** Leading spaces mark a nested list item in plain text; a tab counts as four spaces. */
    private static int indentLevel(String line) {
        int width = 0;
        for (char c : line.toCharArray()) {
            if (c == ' ') {
                width++;
            } else if (c == '\t') {
                width += 4;
            } else {
                break;
            }
        }
        return width >= 4 ? 1 : -1;
    }

    private static List<SourceBlock> markdownBlocks(String[] lines) {
        List<SourceBlock> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        int start = 0;
        int level = -1;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            Matcher heading = MD_HEADING.matcher(line);
            boolean item = MD_LIST_ITEM.matcher(line).matches();
            if (line.isBlank() || heading.matches() || item) {
                if (paragraph.length() > 0) {
                    blocks.add(new SourceBlock(paragraph.toString(), Optional.empty(), level, 0, new SourcePlace(0, start)));
                    paragraph.setLength(0);
                }
                if (heading.matches()) {
                    blocks.add(new SourceBlock(heading.group(2), Optional.empty(), -1, heading.group(1).length(),
                            new SourcePlace(0, i + 1)));
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
            }
            if (paragraph.length() == 0) {
                start = i + 1;
                level = item ? (line.length() - line.stripLeading().length()) / 2 : -1;
            } else {
                paragraph.append(' ');
            }
            paragraph.append(line.strip());
        }
        return blocks;
    }
}

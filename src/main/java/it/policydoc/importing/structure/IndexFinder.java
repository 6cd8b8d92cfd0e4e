package it.policydoc.importing.structure;

import it.policydoc.importing.source.DropReason;
import it.policydoc.importing.source.DroppedLine;
import it.policydoc.importing.structure.StructureDetector.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds indexes and tables of contents: lines with a dotted leader and a page number, and runs
 * of headings under "Indice"/"Sommario" (or four headings or more with no text between). A run
 * ends where the body starts: at the first heading that repeats the run's first entry, else at
 * its last heading, which is followed by text.
 */
final class IndexFinder {

    private static final int MIN_RUN = 4;

    private IndexFinder() {
    }

    static List<Line> withoutIndexes(List<Line> lines, List<DroppedLine> dropped) {
        List<Line> kept = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Line line = lines.get(i);
            if (LinePatterns.INDEX_LINE.matcher(line.text()).matches()) {
                dropped.add(new DroppedLine(line.text(), DropReason.INDEX, line.block().place()));
                i++;
                continue;
            }
            boolean heading = LinePatterns.INDEX_HEADING.matcher(line.text()).matches();
            int start = heading ? i + 1 : i;
            int end = start;
            while (end < lines.size() && isEntry(lines.get(end).text())) {
                end++;
            }
            int run = end - start;
            if (heading && run >= 2 || run >= MIN_RUN) {
                int bodyFrom = end - 1;
                String first = key(lines.get(start).text());
                for (int j = start + 1; j < end; j++) {
                    if (key(lines.get(j).text()).equals(first)) {
                        bodyFrom = j;
                        break;
                    }
                }
                for (int j = i; j < bodyFrom; j++) {
                    dropped.add(new DroppedLine(lines.get(j).text(), DropReason.INDEX, lines.get(j).block().place()));
                }
                i = bodyFrom;
                continue;
            }
            kept.add(line);
            i++;
        }
        return kept;
    }

    private static boolean isEntry(String text) {
        return LinePatterns.ARTICLE.matcher(text).matches() && text.length() < 150 && !LinePatterns.endsSentence(text)
                || LinePatterns.SECTION.matcher(text).matches() && text.length() < 150
                || LinePatterns.CHAPTER.matcher(text).matches()
                || LinePatterns.INDEX_LINE.matcher(text).matches();
    }

    /** An entry's words without its page number, to find the body heading that repeats it. */
    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip()
                .replaceAll("(?<=\\p{L})\\s+\\d{1,4}$", "");
    }
}

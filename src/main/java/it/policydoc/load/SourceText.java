package it.policydoc.load;

import it.policydoc.model.SourcePos;
import it.policydoc.model.Text;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * The text of the YAML files a policy was read from (its own and, if it extends one, its base),
 * used to turn a scalar into a {@link Text} that knows where each of its characters was written. The scalar's value is aligned with the source between the node's
 * marks: quotes, block indicators, indentation and line folding are skipped, and every source
 * line that the text continues on is recorded.
 */
final class SourceText {

    private final Path file;
    private final String source;
    /** UTF-16 offset at which each 0-based line starts. */
    private final int[] lineOffsets;
    /** The base policy's text, for scalars taken over from it. */
    private final Optional<SourceText> base;

    SourceText(Path file, String source) {
        this(file, source, Optional.empty());
    }

    private SourceText(Path file, String source, Optional<SourceText> base) {
        this.file = file;
        this.source = source;
        this.base = base;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineOffsets = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** This file's text, with the text of the base policy it extends. */
    SourceText extending(SourceText baseText) {
        return new SourceText(file, source, Optional.of(baseText));
    }

    Path file() {
        return file;
    }

    Text text(ScalarNode node) {
        if (base.isPresent() && node.getStartMark().map(m -> !YamlPositions.fileOf(m, file).equals(file)).orElse(false)) {
            return base.get().text(node);
        }
        String value = node.getValue();
        SourcePos nodePos = YamlPositions.of(file, node);
        if (node.getStartMark().isEmpty()) {
            return new Text(value, nodePos);
        }
        int from = offsetOf(node.getStartMark().get());
        int to = node.getEndMark().map(this::offsetOf).orElse(source.length());
        SourcePos first = null;
        List<Text.LineStart> lineStarts = new ArrayList<>();
        int at = from;
        boolean newLine = false;
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (Character.isWhitespace(c)) {
                continue;
            }
            int found = at;
            while (found < to && source.charAt(found) != c) {
                newLine |= source.charAt(found) == '\n';
                found++;
            }
            if (found >= to) {
                // An escape sequence ("\u00e8") has no literal match: keep what was mapped so far.
                break;
            }
            if (first == null) {
                first = positionOf(found);
            } else if (newLine) {
                lineStarts.add(new Text.LineStart(k, positionOf(found)));
            }
            newLine = false;
            at = found + 1;
        }
        return new Text(value, first == null ? nodePos : first, lineStarts);
    }

    private int offsetOf(Mark mark) {
        int lineStart = lineOffsets[Math.min(mark.getLine(), lineOffsets.length - 1)];
        return Math.min(source.length(), source.offsetByCodePoints(lineStart,
                Math.min(mark.getColumn(), source.codePointCount(lineStart, source.length()))));
    }

    private SourcePos positionOf(int offset) {
        int line = lineOf(offset);
        return new SourcePos(file, line + 1, source.codePointCount(lineOffsets[line], offset) + 1);
    }

    private int lineOf(int offset) {
        int lo = 0;
        int hi = lineOffsets.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineOffsets[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}

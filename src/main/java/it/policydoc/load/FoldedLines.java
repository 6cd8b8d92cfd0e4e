package it.policydoc.load;

import it.policydoc.diag.Diagnostic;
import it.policydoc.model.Text;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Lines that YAML silently joined to the text above them. A text may go on over several lines,
 * and YAML joins them with spaces; a line meant as a new list item ("- …") or as a key ("id: …")
 * that is indented a little differently from its neighbours becomes words of the previous text,
 * and the page would print them. Such a line is an error; a line of a point that follows a line
 * ending with ";" is probably a point that lost its dash, and gets a warning.
 */
final class FoldedLines {

    private static final Pattern KEY = Pattern.compile("^([\\p{L}_][\\p{L}\\p{N}_]*):(?:\\s|$)");

    private final Set<String> keys;

    /** @param keys every key the schemas know ("id", "testo", "punti"…) */
    FoldedLines(Set<String> keys) {
        this.keys = Set.copyOf(keys);
    }

    boolean isKey(String word) {
        return keys.contains(word);
    }

    /** Every line of the text that looks like a list item or a key of the schema. */
    List<Diagnostic> find(Text text) {
        List<Diagnostic> found = new ArrayList<>();
        String markdown = text.markdown();
        for (Text.LineStart line : text.lineStarts()) {
            String rest = markdown.substring(line.offset());
            String startLine = Integer.toString(text.pos().line());
            if (rest.equals("-") || rest.startsWith("- ") || rest.startsWith("-\n")) {
                found.add(Diagnostic.error("yaml-folded-dash", line.pos(), startLine));
                continue;
            }
            Matcher key = KEY.matcher(rest);
            if (key.find() && keys.contains(key.group(1))) {
                found.add(Diagnostic.error("yaml-folded-key", line.pos(), key.group(1), startLine));
            }
        }
        return found;
    }

    /** Lines of a point's text that follow a line ending with ";": probably the next point, without its dash. */
    List<Diagnostic> afterSemicolon(Text text) {
        List<Diagnostic> found = new ArrayList<>();
        String markdown = text.markdown();
        for (Text.LineStart line : text.lineStarts()) {
            String before = markdown.substring(0, line.offset()).stripTrailing();
            String rest = markdown.substring(line.offset());
            if (before.endsWith(";") && !rest.startsWith("-")) {
                found.add(Diagnostic.warning("point-lost-dash", line.pos()));
            }
        }
        return found;
    }

    /**
     * For a file that fails at {@code failingLine} (0-based): a line folded into the text that
     * ends just before it. The part of the file above the failing line is read on its own; a
     * swallowed list item there is the cause, and the parser's complaint only its consequence.
     */
    Optional<Diagnostic> inTextBefore(Path file, String[] lines, int failingLine, LoadSettings settings) {
        int lastLine = failingLine - 1;
        while (lastLine >= 0 && lines[lastLine].isBlank()) {
            lastLine--;
        }
        if (lastLine < 0) {
            return Optional.empty();
        }
        String prefix = String.join("\n", List.of(lines).subList(0, lastLine + 1)) + "\n";
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(prefix);
        } catch (YamlEngineException e) {
            return Optional.empty();
        }
        SourceText text = new SourceText(file, prefix);
        List<ScalarNode> scalars = new ArrayList<>();
        root.ifPresent(r -> collectScalars(r, scalars));
        int end = lastLine;
        return scalars.stream()
                .filter(s -> s.getEndMark().map(m -> m.getLine() >= end).orElse(false))
                .flatMap(s -> find(text.text(s)).stream())
                .findFirst();
    }

    private static void collectScalars(Node node, List<ScalarNode> into) {
        if (node instanceof ScalarNode scalar) {
            into.add(scalar);
        } else if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                collectScalars(t.getKeyNode(), into);
                collectScalars(t.getValueNode(), into);
            }
        } else if (node instanceof SequenceNode seq) {
            seq.getValue().forEach(n -> collectScalars(n, into));
        }
    }
}

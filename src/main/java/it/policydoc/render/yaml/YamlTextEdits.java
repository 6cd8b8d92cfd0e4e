package it.policydoc.render.yaml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Edits of a YAML file the clerk wrote that keep everything else as it was — comments, blank
 * lines, quoting, key order: each new value is emitted by snakeyaml-engine and spliced into the
 * original text at the marks of the nodes it replaces or follows. Edits are collected, then
 * applied together from the end of the text backwards, so that earlier marks stay valid.
 */
public final class YamlTextEdits {

    private record Splice(int from, int to, String text) {
    }

    private final String source;
    private final int[] lineOffsets;
    private final List<Splice> splices = new ArrayList<>();

    public YamlTextEdits(String source) {
        this.source = source;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineOffsets = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Replaces a scalar value, keeping the key and any comment after it. */
    public void replace(ScalarNode node, String value) {
        int from = offset(node.getStartMark().orElseThrow());
        int to = offset(node.getEndMark().orElseThrow());
        // An empty value ("numero:") has no characters: the new one needs its own space after the colon.
        splices.add(new Splice(from, to, (from == to ? " " : "") + scalar(value)));
    }

    /** Adds keys at the end of a mapping, in block or in flow style as the mapping is written. */
    public void add(MappingNode mapping, Map<String, String> entries) {
        if (mapping.getFlowStyle() == FlowStyle.FLOW) {
            int close = source.lastIndexOf('}', offset(mapping.getEndMark().orElseThrow()));
            StringBuilder text = new StringBuilder();
            entries.forEach((k, v) -> text.append(", ").append(flowEntry(k, v)));
            splices.add(new Splice(close, close, text.toString()));
            return;
        }
        List<NodeTuple> tuples = mapping.getValue();
        int indent = tuples.isEmpty() ? 0 : tuples.get(0).getKeyNode().getStartMark().orElseThrow().getColumn();
        int at = tuples.isEmpty() ? offset(mapping.getEndMark().orElseThrow())
                : lineAfter(tuples.get(tuples.size() - 1).getValueNode());
        splices.add(new Splice(at, at, indented(at, block(entries), " ".repeat(indent), " ".repeat(indent))));
    }

    /** Adds a mapping as the last item of a block sequence. */
    public void append(SequenceNode sequence, Map<String, String> item) {
        List<Node> items = sequence.getValue();
        if (sequence.getFlowStyle() == FlowStyle.FLOW || items.isEmpty()) {
            throw new IllegalArgumentException("only a block sequence with items can be appended to");
        }
        int dash = items.get(0).getStartMark().orElseThrow().getColumn() - 2;
        int at = lineAfter(items.get(items.size() - 1));
        String indent = " ".repeat(Math.max(0, dash));
        splices.add(new Splice(at, at, indented(at, block(item), indent + "- ", indent + "  ")));
    }

    /** Adds a key whose value is a list of one mapping at the end of the document. */
    public void appendTopLevelList(String key, Map<String, String> item) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put(key, List.of(item));
        String text = dump().dumpToString(document);
        int at = source.length();
        splices.add(new Splice(at, at, (source.isEmpty() || source.endsWith("\n") ? "" : "\n") + text));
    }

    /** The edited text. */
    public String apply() {
        StringBuilder text = new StringBuilder(source);
        splices.stream().sorted(Comparator.comparingInt(Splice::from).reversed())
                .forEach(s -> text.replace(s.from(), s.to(), s.text()));
        return text.toString();
    }

    /**
     * Where a new line after a node begins: the line after its last written character, so that
     * blank lines and comments that follow the node stay after the insertion.
     */
    private int lineAfter(Node node) {
        Node last = node;
        while (!(last instanceof ScalarNode)) {
            if (last instanceof MappingNode m && !m.getValue().isEmpty()) {
                last = m.getValue().get(m.getValue().size() - 1).getValueNode();
            } else if (last instanceof SequenceNode q && !q.getValue().isEmpty()) {
                last = q.getValue().get(q.getValue().size() - 1);
            } else {
                break;
            }
        }
        int end = offset(last.getEndMark().orElseThrow());
        while (end > 0 && Character.isWhitespace(source.charAt(end - 1))) {
            end--;
        }
        int newline = source.indexOf('\n', end);
        return newline < 0 ? source.length() : newline + 1;
    }

    /** Lines to insert at {@code at}: on a line of their own even where the file lacks a final newline. */
    private String indented(int at, String block, String first, String rest) {
        StringBuilder out = new StringBuilder(at == source.length() && !source.isEmpty() && !source.endsWith("\n")
                ? "\n" : "");
        String[] lines = block.split("\n");
        for (int i = 0; i < lines.length; i++) {
            out.append(i == 0 ? first : rest).append(lines[i]).append('\n');
        }
        return out.toString();
    }

    private static String block(Map<String, String> entries) {
        return dump().dumpToString(new LinkedHashMap<>(entries));
    }

    private static String flowEntry(String key, String value) {
        return scalar(key) + ": " + scalar(value);
    }

    /** A value as YAML writes it: plain where that reads back as the same text, quoted otherwise. */
    private static String scalar(String value) {
        return dump().dumpToString(value).strip();
    }

    private static Dump dump() {
        return new Dump(DumpSettings.builder()
                .setDefaultFlowStyle(FlowStyle.BLOCK)
                .setDefaultScalarStyle(ScalarStyle.PLAIN)
                .setWidth(Integer.MAX_VALUE)
                .build());
    }

    /** A mark's line and column (in code points) as an offset in the text. */
    private int offset(Mark mark) {
        int lineStart = lineOffsets[Math.min(mark.getLine(), lineOffsets.length - 1)];
        return Math.min(source.length(), source.offsetByCodePoints(lineStart,
                Math.min(mark.getColumn(), source.codePointCount(lineStart, source.length()))));
    }
}

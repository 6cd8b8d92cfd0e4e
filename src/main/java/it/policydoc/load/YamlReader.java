package it.policydoc.load;

import it.policydoc.diag.Diagnostic;
import it.policydoc.model.SourcePos;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads one YAML file safely into a node tree that keeps line and column of every node. Safe
 * means: bounded size, no type tags (a tag could ask for a Java object or smuggle binary data),
 * few aliases (an "alias bomb" expands a small file into billions of nodes), no duplicate keys
 * (the second value would silently win). Problems come back as diagnostics, never exceptions.
 */
public final class YamlReader {

    /** A policy is a few pages of text; anything far larger is a mistake or an attack. */
    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_ALIASES = 20;

    /** The tags a plain YAML document resolves to without any explicit {@code !tag}. */
    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP, Tag.SEQ);

    /**
     * What reading a file gave.
     *
     * @param root the document, empty if it could not be read or parsed
     * @param source the file's text (for locating characters inside scalars)
     */
    public record Result(Optional<Node> root, String source, List<Diagnostic> diagnostics) {

        public Result {
            diagnostics = List.copyOf(diagnostics);
        }

        static Result failed(Diagnostic diagnostic) {
            return new Result(Optional.empty(), "", List.of(diagnostic));
        }
    }

    /** @param root the folder the file must lie in, links followed (the policies folder) */
    public Result read(Path file, Path root) {
        TextFiles.Read read = TextFiles.read(file, root, MAX_BYTES);
        if (read.problem().isPresent()) {
            return Result.failed(read.problem().get());
        }
        return parse(file, read.text().orElseThrow());
    }

    Result parse(Path file, String source) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.toString())
                .setUseMarks(true)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(MAX_BYTES)
                .build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(source);
        } catch (MarkedYamlEngineException e) {
            return Result.failed(syntaxError(file, e));
        } catch (YamlEngineException e) {
            // Raised without a mark only for limits: aliases, size.
            return Result.failed(Diagnostic.error("yaml-limit", SourcePos.start(file), String.valueOf(e.getMessage())));
        }
        if (root.isEmpty()) {
            return new Result(root, source, List.of(Diagnostic.error("empty-file", SourcePos.start(file))));
        }
        List<Diagnostic> unsafe = new ArrayList<>();
        findTagsAndDuplicateKeys(file, root.get(), unsafe);
        if (!unsafe.isEmpty()) {
            return new Result(Optional.empty(), source, unsafe);
        }
        return new Result(root, source, List.of());
    }

    /** snakeyaml's composer lets duplicate keys through (its constructor would catch them). */
    private static void findTagsAndDuplicateKeys(Path file, Node node, List<Diagnostic> found) {
        if (!PLAIN_TAGS.contains(node.getTag())) {
            found.add(Diagnostic.error("yaml-tag", YamlPositions.of(file, node), node.getTag().getValue()));
            return;
        }
        if (node instanceof MappingNode map) {
            Set<String> keys = new HashSet<>();
            for (NodeTuple tuple : map.getValue()) {
                String key = YamlJson.keyOf(tuple);
                if (!keys.add(key)) {
                    found.add(Diagnostic.error("duplicate-key", YamlPositions.of(file, tuple.getKeyNode()), key));
                }
                findTagsAndDuplicateKeys(file, tuple.getKeyNode(), found);
                findTagsAndDuplicateKeys(file, tuple.getValueNode(), found);
            }
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                findTagsAndDuplicateKeys(file, item, found);
            }
        }
    }

    private static Diagnostic syntaxError(Path file, MarkedYamlEngineException e) {
        SourcePos pos = position(file, e);
        String problem = String.valueOf(e.getProblem());
        if (problem.contains("mapping values are not allowed")) {
            return Diagnostic.error("yaml-colon-in-text", pos);
        }
        if (problem.contains("(TAB)")) {
            return Diagnostic.error("yaml-tab", pos);
        }
        if (problem.contains("exceeds the specified") || problem.contains("aliases")) {
            return Diagnostic.error("yaml-limit", pos, problem);
        }
        return Diagnostic.error("yaml-syntax", pos, problem);
    }

    private static SourcePos position(Path file, MarkedYamlEngineException e) {
        Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
        return mark.map(m -> YamlPositions.of(file, m)).orElse(SourcePos.start(file));
    }
}

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
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads one YAML file safely into a node tree that keeps line and column of every node. Safe
 * means: bounded size, no type tags (a tag could ask for a Java object or smuggle binary data),
 * few aliases (an "alias bomb" expands a small file into billions of nodes), no duplicate keys
 * (the second value would silently win), bounded nesting, no control characters in values.
 * Problems come back as diagnostics, never exceptions.
 */
public final class YamlReader {

    /** A policy is a few pages of text; anything far larger is a mistake or an attack. */
    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_ALIASES = 20;
    /**
     * Nesting of lists and groups of keys. A regulation needs about twenty levels (sections in
     * sections, articles, commi, points in points); the composer, the loader and the templates
     * recurse once per level, so a file must not choose how deep.
     */
    public static final int MAX_DEPTH = 64;

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

    private final Set<String> keys;

    /** @param keys every key the schemas know: a line starting with one is a key, not text */
    public YamlReader(Set<String> keys) {
        this.keys = Set.copyOf(keys);
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
        LoadSettings settings = settings(file);
        Optional<Node> root;
        try {
            Optional<Diagnostic> tooDeep = tooDeep(file, settings, source);
            if (tooDeep.isPresent()) {
                return Result.failed(tooDeep.get());
            }
            root = new Compose(settings).composeString(source);
        } catch (MarkedYamlEngineException e) {
            return Result.failed(new YamlSyntaxErrors(file, source, settings, keys).explain(e));
        } catch (YamlEngineException e) {
            // Raised without a mark only for limits: aliases, size.
            return Result.failed(limit(file, source, e));
        }
        if (root.isEmpty()) {
            return new Result(root, source, List.of(Diagnostic.error("empty-file", SourcePos.start(file))));
        }
        List<Diagnostic> unsafe = new ArrayList<>();
        findTagsAndDuplicateKeys(file, root.get(), 0, unsafe);
        unsafe.addAll(LostAnchors.find(file, root.get()));
        unsafe.addAll(HashtagComments.find(file, source, settings));
        if (!unsafe.isEmpty()) {
            return new Result(Optional.empty(), source, unsafe);
        }
        return new Result(root, source, List.of());
    }

    private static LoadSettings settings(Path file) {
        return LoadSettings.builder()
                .setLabel(file.toString())
                .setUseMarks(true)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(MAX_BYTES)
                .build();
    }

    /** The reader's limits, named in the clerk's words (the library's message is English). */
    static Diagnostic limit(Path file, String source, YamlEngineException e) {
        String message = String.valueOf(e.getMessage());
        SourcePos at = SourcePos.start(file);
        if (message.contains("aliases")) {
            return Diagnostic.error("yaml-too-many-aliases", at, Integer.toString(MAX_ALIASES));
        }
        if (message.contains("Non scalar key")) {
            return Diagnostic.error("yaml-complex-key", complexKey(file, source));
        }
        if (message.contains("code points") || message.contains("exceeds")) {
            return Diagnostic.error("file-too-large", at, Integer.toString(MAX_BYTES / 1024));
        }
        return Diagnostic.error("yaml-syntax", at, message);
    }

    /** The first line that starts with "?" or a bracket and holds a key: the composer names no place. */
    private static SourcePos complexKey(Path file, String source) {
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String text = lines[i].stripLeading();
            if (text.startsWith("? ") || text.equals("?") || (text.startsWith("[") || text.startsWith("{")) && text.contains(":")) {
                return new SourcePos(file, i + 1, lines[i].length() - text.length() + 1);
            }
        }
        return SourcePos.start(file);
    }

    /** The parser reads events without recursion: depth is measured there, before the composer recurses. */
    private static Optional<Diagnostic> tooDeep(Path file, LoadSettings settings, String source) {
        int depth = 0;
        try {
            for (Event event : new Parse(settings).parseString(source)) {
                if (event instanceof CollectionStartEvent && ++depth > MAX_DEPTH) {
                    SourcePos at = event.getStartMark().map(m -> YamlPositions.of(file, m)).orElse(SourcePos.start(file));
                    return Optional.of(Diagnostic.error("yaml-too-deep", at, Integer.toString(MAX_DEPTH)));
                } else if (event instanceof CollectionEndEvent) {
                    depth--;
                }
            }
        } catch (MarkedYamlEngineException e) {
            // A syntax error before any nesting limit: the composer meets it too, and names it better
            // (an undefined alias is found by the composer before the parser's later complaint).
        }
        return Optional.empty();
    }

    /** snakeyaml's composer lets duplicate keys through (its constructor would catch them). */
    private static void findTagsAndDuplicateKeys(Path file, Node node, int depth, List<Diagnostic> found) {
        if (depth > MAX_DEPTH) {
            // Reached through aliases, which the parser's count could not see.
            found.add(Diagnostic.error("yaml-too-deep", YamlPositions.of(file, node), Integer.toString(MAX_DEPTH)));
            return;
        }
        if (!PLAIN_TAGS.contains(node.getTag())) {
            found.add(Diagnostic.error("yaml-tag", YamlPositions.of(file, node), node.getTag().getValue()));
            return;
        }
        if (node instanceof ScalarNode scalar) {
            int at = TextLimits.firstForbidden(scalar.getValue());
            if (at >= 0) {
                found.add(TextLimits.controlCharacter(YamlPositions.of(file, node), scalar.getValue().charAt(at)));
            }
        } else if (node instanceof MappingNode map) {
            Set<String> keys = new HashSet<>();
            for (NodeTuple tuple : map.getValue()) {
                String key = YamlJson.keyOf(tuple);
                if (!keys.add(key)) {
                    found.add(Diagnostic.error("duplicate-key", YamlPositions.of(file, tuple.getKeyNode()), key));
                }
                findTagsAndDuplicateKeys(file, tuple.getKeyNode(), depth + 1, found);
                findTagsAndDuplicateKeys(file, tuple.getValueNode(), depth + 1, found);
            }
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                findTagsAndDuplicateKeys(file, item, depth + 1, found);
            }
        }
    }
}

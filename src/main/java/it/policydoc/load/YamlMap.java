package it.policydoc.load;

import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Read access to a YAML mapping that the schema has already validated: the readers use it to
 * build model records and never pass YAML nodes further.
 */
final class YamlMap {

    private final MappingNode node;

    YamlMap(MappingNode node) {
        this.node = node;
    }

    /** The mapping itself, or, for the short form of a unit (a bare text), nothing. */
    static Optional<YamlMap> of(Node node) {
        return node instanceof MappingNode map ? Optional.of(new YamlMap(map)) : Optional.empty();
    }

    Node node() {
        return node;
    }

    Optional<Node> get(String key) {
        for (NodeTuple tuple : node.getValue()) {
            if (YamlJson.keyOf(tuple).equals(key)) {
                return Optional.of(tuple.getValueNode()).filter(v -> !isNull(v));
            }
        }
        return Optional.empty();
    }

    boolean has(String key) {
        return get(key).isPresent();
    }

    Optional<ScalarNode> scalar(String key) {
        return get(key).filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast);
    }

    Optional<String> string(String key) {
        return scalar(key).map(ScalarNode::getValue);
    }

    List<Node> list(String key) {
        return get(key).filter(SequenceNode.class::isInstance).map(n -> ((SequenceNode) n).getValue()).orElse(List.of());
    }

    Optional<YamlMap> map(String key) {
        return get(key).flatMap(YamlMap::of);
    }

    private static boolean isNull(Node value) {
        return value instanceof ScalarNode s && s.getTag().equals(org.snakeyaml.engine.v2.nodes.Tag.NULL);
    }
}

package it.policydoc.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The YAML node tree as the JSON tree the schema validator reads. Scalars keep the type YAML 1.2
 * resolved (so {@code numero: 260} is a number and {@code stato: bozza} a string); the reader has
 * already refused any explicit tag.
 */
final class YamlJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private YamlJson() {
    }

    static JsonNode of(Node node) {
        if (node instanceof MappingNode map) {
            ObjectNode object = JSON.objectNode();
            for (NodeTuple tuple : map.getValue()) {
                object.set(keyOf(tuple), of(tuple.getValueNode()));
            }
            return object;
        }
        if (node instanceof SequenceNode seq) {
            ArrayNode array = JSON.arrayNode();
            seq.getValue().forEach(item -> array.add(of(item)));
            return array;
        }
        return scalar((ScalarNode) node);
    }

    static String keyOf(NodeTuple tuple) {
        return tuple.getKeyNode() instanceof ScalarNode key ? key.getValue() : String.valueOf(tuple.getKeyNode());
    }

    private static JsonNode scalar(ScalarNode scalar) {
        Tag tag = scalar.getTag();
        String value = scalar.getValue();
        if (tag.equals(Tag.NULL)) {
            return JSON.nullNode();
        }
        if (tag.equals(Tag.BOOL)) {
            return JSON.booleanNode(Boolean.parseBoolean(value));
        }
        try {
            if (tag.equals(Tag.INT)) {
                return JSON.numberNode(new BigInteger(value.replace("_", "")));
            }
            if (tag.equals(Tag.FLOAT)) {
                return JSON.numberNode(new BigDecimal(value));
            }
        } catch (NumberFormatException e) {
            // Hex, octal and .inf forms: what matters to the schema is that it is a number.
            return JSON.numberNode(0);
        }
        return JSON.textNode(value);
    }
}

package it.policydoc.load;

import it.policydoc.diag.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A text that starts with "&" and no quotes ("&nbsp; vedi sotto", "&Co. informa"): YAML takes the
 * first word for an anchor (a label for reuse with "*name") and drops it from the text. A label
 * that nothing reuses is such a lost word, and an error.
 */
final class LostAnchors {

    private LostAnchors() {
    }

    static List<Diagnostic> find(Path file, Node root) {
        Map<Node, Integer> uses = new IdentityHashMap<>();
        count(root, uses);
        List<Diagnostic> found = new ArrayList<>();
        uses.forEach((node, times) -> {
            if (node instanceof ScalarNode && node.getAnchor().isPresent() && times == 1) {
                found.add(Diagnostic.error("yaml-starts-with-ampersand", YamlPositions.of(file, node)));
            }
        });
        found.sort(Diagnostic.BY_POSITION);
        return found;
    }

    /** How many times each node occurs in the tree: an alias is the same node once more. */
    private static void count(Node node, Map<Node, Integer> uses) {
        if (uses.merge(node, 1, Integer::sum) > 1) {
            return;
        }
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                count(t.getKeyNode(), uses);
                count(t.getValueNode(), uses);
            }
        } else if (node instanceof SequenceNode seq) {
            seq.getValue().forEach(n -> count(n, uses));
        }
    }
}

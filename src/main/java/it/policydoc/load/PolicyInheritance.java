package it.policydoc.load;

import it.policydoc.diag.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A comune's policy that {@code estende} a base policy, merged into one document: the keys the
 * comune wrote replace the base's, then each of its {@code modifiche} replaces, removes or adds
 * units found by id anywhere in the text. Nodes keep the marks of the file they were written in,
 * so every later diagnostic points at the base or at the comune's file, wherever the text is.
 * The base's nodes are never changed: what is modified is copied first.
 */
final class PolicyInheritance {

    static final String EXTENDS = "estende";
    static final String CHANGES = "modifiche";
    /** The keys under which units are listed, at any depth. */
    private static final Set<String> UNIT_LISTS = Set.of("contenuto", "premessa", "commi", "punti", "seguito");

    record Merged(MappingNode root, List<Diagnostic> diagnostics) {

        Merged {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** Where a unit is: the list that holds it and its index there. */
    private record Place(List<Node> list, int index) {
    }

    Merged merge(Path childFile, MappingNode child, MappingNode base) {
        List<NodeTuple> tuples = new ArrayList<>();
        for (NodeTuple tuple : base.getValue()) {
            String key = YamlJson.keyOf(tuple);
            Optional<NodeTuple> own = find(child, key);
            tuples.add(new NodeTuple(tuple.getKeyNode(), copy(own.orElse(tuple).getValueNode())));
        }
        for (NodeTuple tuple : child.getValue()) {
            String key = YamlJson.keyOf(tuple);
            if (find(base, key).isEmpty() && !key.equals(EXTENDS) && !key.equals(CHANGES)) {
                tuples.add(new NodeTuple(tuple.getKeyNode(), copy(tuple.getValueNode())));
            }
        }
        MappingNode merged = new MappingNode(base.getTag(), true, tuples, base.getFlowStyle(), child.getStartMark(),
                child.getEndMark());
        List<Diagnostic> diagnostics = new ArrayList<>();
        Optional<NodeTuple> changes = find(child, CHANGES);
        if (changes.isPresent() && changes.get().getValueNode() instanceof SequenceNode list) {
            for (Node change : list.getValue()) {
                apply(childFile, merged, (MappingNode) change, diagnostics);
            }
        }
        return new Merged(merged, diagnostics);
    }

    private void apply(Path file, MappingNode root, MappingNode change, List<Diagnostic> diagnostics) {
        YamlMap op = new YamlMap(change);
        List<String> verbs = List.of("sostituisci", "togli", "aggiungi_dopo", "aggiungi_prima").stream()
                .filter(op::has).toList();
        if (verbs.size() != 1) {
            diagnostics.add(Diagnostic.error("invalid-change", YamlPositions.of(file, change)));
            return;
        }
        String verb = verbs.get(0);
        ScalarNode idNode = op.scalar(verb).orElseThrow();
        Optional<Place> place = locate(root, idNode.getValue());
        if (place.isEmpty()) {
            diagnostics.add(Diagnostic.error("change-unknown-id", YamlPositions.of(file, idNode), idNode.getValue()));
            return;
        }
        List<Node> list = place.get().list();
        int index = place.get().index();
        switch (verb) {
            case "togli" -> list.remove(index);
            case "sostituisci" -> {
                Optional<Node> with = op.get("con");
                if (with.isEmpty()) {
                    diagnostics.add(Diagnostic.error("missing-key", YamlPositions.of(file, change), "con"));
                    return;
                }
                list.set(index, copy(with.get()));
            }
            default -> {
                List<Node> parts = op.list("parti");
                if (parts.isEmpty()) {
                    diagnostics.add(Diagnostic.error("missing-key", YamlPositions.of(file, change), "parti"));
                    return;
                }
                list.addAll(verb.equals("aggiungi_dopo") ? index + 1 : index, parts.stream().map(this::copy).toList());
            }
        }
    }

    /** The unit whose {@code id} is {@code id}, searched through every list of units. */
    private static Optional<Place> locate(Node node, String id) {
        if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                if (UNIT_LISTS.contains(YamlJson.keyOf(tuple)) && tuple.getValueNode() instanceof SequenceNode seq) {
                    List<Node> items = seq.getValue();
                    for (int i = 0; i < items.size(); i++) {
                        if (hasId(items.get(i), id)) {
                            return Optional.of(new Place(items, i));
                        }
                        Optional<Place> inside = locate(items.get(i), id);
                        if (inside.isPresent()) {
                            return inside;
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean hasId(Node node, String id) {
        return YamlMap.of(node).flatMap(m -> m.string("id")).filter(id::equals).isPresent();
    }

    private static Optional<NodeTuple> find(MappingNode map, String key) {
        return map.getValue().stream().filter(t -> YamlJson.keyOf(t).equals(key)).findFirst();
    }

    /** A copy of the tree's mappings and lists (scalars are shared: nothing changes them). */
    private Node copy(Node node) {
        if (node instanceof MappingNode map) {
            List<NodeTuple> tuples = new ArrayList<>();
            map.getValue().forEach(t -> tuples.add(new NodeTuple(t.getKeyNode(), copy(t.getValueNode()))));
            return new MappingNode(map.getTag(), true, tuples, map.getFlowStyle(), map.getStartMark(), map.getEndMark());
        }
        if (node instanceof SequenceNode seq) {
            List<Node> items = new ArrayList<>(seq.getValue().stream().map(this::copy).toList());
            return new SequenceNode(seq.getTag(), true, items, seq.getFlowStyle(), seq.getStartMark(), seq.getEndMark());
        }
        return node;
    }
}

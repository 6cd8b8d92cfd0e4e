package it.policydoc.render.yaml;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The edits {@code approve} and {@code amend} make to the clerk's policy file, as text splices
 * that keep the rest of the file as written. The file has been loaded and checked before: it is
 * valid against the schema.
 */
public final class PolicyFileEdits {

    private static final String STATUS = "stato";
    private static final String ROLE = "ruolo";
    private static final String ACTS = "atti";
    private static final String NUMBER = "numero";
    private static final String DATE = "data";
    private static final String ORGAN = "organo";
    private static final String LAST_MODIFIED = "ultima_modifica";

    private PolicyFileEdits() {
    }

    /**
     * Records the approving act: fills in the act that lacks number or date (the last such), or,
     * if every act is complete and none is this one, adds it; sets {@code stato: approvata};
     * moves {@code ultima_modifica} forward to the act's date if it was earlier. With
     * {@code replaces}, the act's role becomes {@code sostituzione}: a whole new text, numbered afresh.
     */
    public static String approve(String source, String number, LocalDate date, Optional<String> organ,
            boolean replaces) {
        MappingNode root = root(source);
        YamlTextEdits edits = new YamlTextEdits(source);
        scalar(root, STATUS).filter(s -> !s.getValue().equals("approvata")).ifPresent(s -> edits.replace(s, "approvata"));
        scalar(root, LAST_MODIFIED).filter(s -> s.getValue().compareTo(date.toString()) < 0)
                .ifPresent(s -> edits.replace(s, date.toString()));
        Optional<SequenceNode> acts = value(root, ACTS).filter(SequenceNode.class::isInstance).map(SequenceNode.class::cast);
        List<MappingNode> listed = acts.map(a -> a.getValue().stream().filter(MappingNode.class::isInstance)
                .map(MappingNode.class::cast).toList()).orElse(List.of());
        Optional<MappingNode> open = listed.stream()
                .filter(a -> scalar(a, NUMBER).isEmpty() || scalar(a, DATE).isEmpty())
                .reduce((first, later) -> later);
        boolean recorded = listed.stream().anyMatch(a -> scalar(a, NUMBER).map(ScalarNode::getValue).filter(number::equals)
                .isPresent() && scalar(a, DATE).map(ScalarNode::getValue).filter(date.toString()::equals).isPresent());
        if (open.isPresent()) {
            Map<String, String> missing = new LinkedHashMap<>();
            set(edits, open.get(), NUMBER, number, missing);
            set(edits, open.get(), DATE, date.toString(), missing);
            organ.ifPresent(o -> set(edits, open.get(), ORGAN, o, missing));
            if (replaces) {
                set(edits, open.get(), ROLE, "sostituzione", missing);
            }
            if (!missing.isEmpty()) {
                edits.add(open.get(), missing);
            }
        } else if (!recorded) {
            Map<String, String> act = new LinkedHashMap<>();
            act.put(ROLE, listed.isEmpty() ? "adozione" : replaces ? "sostituzione" : "modifica");
            act.put("tipo", "deliberazione");
            act.put(ORGAN, organ.orElse("Giunta Comunale"));
            act.put(NUMBER, number);
            act.put(DATE, date.toString());
            if (acts.isPresent() && !acts.get().getValue().isEmpty()
                    && acts.get().getFlowStyle() != org.snakeyaml.engine.v2.common.FlowStyle.FLOW) {
                edits.append(acts.get(), act);
            } else if (acts.isEmpty()) {
                edits.appendTopLevelList(ACTS, act);
            } else {
                throw new IllegalArgumentException("atti written in flow style cannot take a new act");
            }
        }
        return edits.apply();
    }

    /**
     * Starts an amendment: {@code stato: bozza} and a new act with role {@code modifica}, without
     * number and date, by the organ that adopted the policy.
     */
    public static String amend(String source, String organ) {
        MappingNode root = root(source);
        YamlTextEdits edits = new YamlTextEdits(source);
        scalar(root, STATUS).ifPresent(s -> edits.replace(s, "bozza"));
        Map<String, String> act = new LinkedHashMap<>();
        act.put("ruolo", "modifica");
        act.put("tipo", "deliberazione");
        act.put(ORGAN, organ);
        Optional<SequenceNode> acts = value(root, ACTS).filter(SequenceNode.class::isInstance).map(SequenceNode.class::cast);
        if (acts.isPresent() && !acts.get().getValue().isEmpty()
                && acts.get().getFlowStyle() != org.snakeyaml.engine.v2.common.FlowStyle.FLOW) {
            edits.append(acts.get(), act);
        } else {
            edits.appendTopLevelList(ACTS, act);
        }
        return edits.apply();
    }

    /** Replaces the key's scalar if the mapping has it, otherwise notes it as missing. */
    private static void set(YamlTextEdits edits, MappingNode mapping, String key, String value,
            Map<String, String> missing) {
        Optional<ScalarNode> existing = value(mapping, key).filter(ScalarNode.class::isInstance)
                .map(ScalarNode.class::cast);
        if (existing.isPresent()) {
            if (!existing.get().getValue().equals(value)) {
                edits.replace(existing.get(), value);
            }
        } else {
            missing.put(key, value);
        }
    }

    private static MappingNode root(String source) {
        Node root = new Compose(LoadSettings.builder().setUseMarks(true).build()).composeString(source)
                .orElseThrow(() -> new IllegalArgumentException("empty policy file"));
        return (MappingNode) root;
    }

    private static Optional<Node> value(MappingNode mapping, String key) {
        for (NodeTuple t : mapping.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return Optional.of(t.getValueNode());
            }
        }
        return Optional.empty();
    }

    private static Optional<ScalarNode> scalar(MappingNode mapping, String key) {
        return value(mapping, key).filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast)
                .filter(s -> !s.getValue().isEmpty());
    }
}

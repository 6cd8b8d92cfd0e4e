package it.policydoc.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import it.policydoc.diag.Diagnostic;
import it.policydoc.diag.Suggestions;
import it.policydoc.model.SourcePos;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Validates a YAML document against one of the JSON Schemas that ship with policydoc (the same
 * files editors use for completion) and words each violation as a diagnostic at the exact node:
 * an unknown key with the closest known one, a missing key, a wrong type, a value out of a list.
 * Thread-safe once built.
 */
public final class SchemaValidator {

    /** Keys whose format the schema checks with a pattern, and the diagnostic that explains it. */
    private static final Map<String, String> FORMAT_CODES = Map.of(
            "id", "invalid-id",
            "data", "invalid-date",
            "ultima_modifica", "invalid-date",
            "sigla_provincia", "invalid-province-code",
            "codice_istat", "invalid-istat-code",
            "email", "invalid-email",
            "pec", "invalid-email",
            "sito", "invalid-url",
            "telefono", "invalid-phone");

    private final JsonSchema schema;
    private final JsonNode schemaJson;
    private final Set<String> vocabulary;

    private SchemaValidator(String resource) {
        try (InputStream in = SchemaValidator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema missing from the classpath: " + resource);
            }
            this.schemaJson = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaJson);
        Set<String> words = new TreeSet<>();
        collectPropertyNames(schemaJson, words);
        this.vocabulary = Set.copyOf(words);
    }

    public static SchemaValidator policy() {
        return new SchemaValidator("/schema/policy.schema.json");
    }

    public static SchemaValidator comune() {
        return new SchemaValidator("/schema/comune.schema.json");
    }

    /** Every violation of the schema, one diagnostic each, in the order of the file. */
    public List<Diagnostic> validate(Path file, Node root) {
        Set<ValidationMessage> messages = schema.validate(YamlJson.of(root));
        Set<String> objectsWithUnknownKeys = new HashSet<>();
        Set<String> objectsWithMisspeltKeys = new HashSet<>();
        for (ValidationMessage m : messages) {
            if (m.getType().equals("additionalProperties")) {
                objectsWithUnknownKeys.add(m.getInstanceLocation().toString());
                if (!vocabulary.contains(m.getProperty())) {
                    objectsWithMisspeltKeys.add(m.getInstanceLocation().toString());
                }
            }
        }
        Set<Diagnostic> diagnostics = new LinkedHashSet<>();
        for (ValidationMessage m : messages) {
            String object = m.getInstanceLocation().toString();
            // A misspelt key ("articlo") makes the object read as another kind of unit, in which
            // its required keys are "missing" and its right keys ("commi") "unknown": report the
            // cause only.
            boolean consequence = m.getType().equals("required") && objectsWithUnknownKeys.contains(object)
                    || m.getType().equals("additionalProperties") && vocabulary.contains(m.getProperty())
                            && objectsWithMisspeltKeys.contains(object);
            if (!consequence) {
                diagnostics.add(diagnostic(file, root, m));
            }
        }
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort(Diagnostic.BY_POSITION.thenComparing(d -> String.join("\u0000", d.args())));
        return List.copyOf(sorted);
    }

    private Diagnostic diagnostic(Path file, Node root, ValidationMessage m) {
        JsonNodePath path = m.getInstanceLocation();
        Node node = find(root, path);
        SourcePos at = YamlPositions.of(file, node);
        String field = fieldName(path);
        return switch (m.getType()) {
            case "additionalProperties" -> unknownKey(file, node, m);
            case "required" -> Diagnostic.error("missing-key", at, m.getProperty());
            case "type" -> Diagnostic.error("wrong-type", at, field, expectedType(m.getSchemaNode()), foundType(node));
            case "enum" -> Diagnostic.error("invalid-value", at, scalarText(node), field, allowed(m.getSchemaNode()));
            case "pattern" -> Diagnostic.error(FORMAT_CODES.getOrDefault(field, "invalid-format"), at,
                    scalarText(node), field);
            case "minLength" -> Diagnostic.error("empty-text", at);
            case "minItems" -> Diagnostic.error("empty-list", at, field);
            case "uniqueItems" -> Diagnostic.error("duplicate-item", at, field);
            default -> Diagnostic.error("schema-violation", at, field, m.getMessage());
        };
    }

    private Diagnostic unknownKey(Path file, Node object, ValidationMessage m) {
        String key = m.getProperty();
        Node keyNode = object;
        if (object instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (YamlJson.keyOf(t).equals(key)) {
                    keyNode = t.getKeyNode();
                }
            }
        }
        SourcePos at = YamlPositions.of(file, keyNode);
        if (key.strip().contains(" ")) {
            // No key has spaces: this is a text with a colon in it, read by YAML as "key: value".
            return Diagnostic.error("yaml-colon-in-text", at);
        }
        Optional<String> suggestion = Suggestions.closest(key, allowedKeys(m))
                .or(() -> Suggestions.closest(key, vocabulary));
        return suggestion.map(s -> Diagnostic.error("unknown-key", at, key, s))
                .orElseGet(() -> Diagnostic.error("unknown-key", at, key));
    }

    /** The keys the object's own schema declares (the parent of its additionalProperties). */
    private Set<String> allowedKeys(ValidationMessage m) {
        String fragment = m.getSchemaLocation().getFragment().toString();
        String objectPointer = fragment.substring(0, Math.max(0, fragment.lastIndexOf('/')));
        JsonNode properties = schemaJson.at(objectPointer.replace("#", "")).path("properties");
        Set<String> keys = new TreeSet<>();
        properties.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static Node find(Node root, JsonNodePath path) {
        Node node = root;
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (node instanceof MappingNode map && element instanceof String key) {
                node = map.getValue().stream().filter(t -> YamlJson.keyOf(t).equals(key))
                        .map(NodeTuple::getValueNode).findFirst().orElse(node);
            } else if (node instanceof SequenceNode seq && element instanceof Integer index && index < seq.getValue().size()) {
                node = seq.getValue().get(index);
            }
        }
        return node;
    }

    /** The key a value belongs to; for a list item, the list's key. */
    private static String fieldName(JsonNodePath path) {
        for (int i = path.getNameCount() - 1; i >= 0; i--) {
            if (path.getElement(i) instanceof String key) {
                return key;
            }
        }
        return "";
    }

    private static String expectedType(JsonNode schemaNode) {
        JsonNode type = schemaNode.isObject() ? schemaNode.path("type") : schemaNode;
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        return "@type." + types.stream().map(SchemaValidator::typeWord).collect(Collectors.joining("-or-"));
    }

    /** JSON type names as the message bundles name them (see {@code type.*} keys). */
    private static String typeWord(String jsonType) {
        return switch (jsonType) {
            case "object" -> "mapping";
            case "array" -> "list";
            case "string" -> "text";
            case "integer", "number" -> "number";
            case "boolean" -> "boolean";
            default -> "null";
        };
    }

    private static String foundType(Node node) {
        JsonNode json = YamlJson.of(node);
        String word;
        if (json.isObject()) {
            word = "mapping";
        } else if (json.isArray()) {
            word = "list";
        } else if (json.isNumber()) {
            word = "number";
        } else if (json.isBoolean()) {
            word = "boolean";
        } else if (json.isNull()) {
            word = "null";
        } else {
            word = "text";
        }
        return "@type." + word;
    }

    private static String scalarText(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : "";
    }

    private static String allowed(JsonNode schemaNode) {
        JsonNode values = schemaNode.isArray() ? schemaNode : schemaNode.path("enum");
        List<String> words = new ArrayList<>();
        values.forEach(v -> words.add(v.asText()));
        return String.join(", ", words);
    }

    private static void collectPropertyNames(JsonNode schemaNode, Set<String> into) {
        if (schemaNode.isObject()) {
            schemaNode.path("properties").fieldNames().forEachRemaining(into::add);
            for (Iterator<JsonNode> it = schemaNode.elements(); it.hasNext(); ) {
                collectPropertyNames(it.next(), into);
            }
        } else if (schemaNode.isArray()) {
            schemaNode.forEach(n -> collectPropertyNames(n, into));
        }
    }
}

package it.policydoc.load;

import it.policydoc.diag.Diagnostic;
import it.policydoc.model.Comune;
import it.policydoc.model.Policy;
import it.policydoc.model.SourcePos;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads comuni and policies from the paths the user named into the model. Each file is parsed
 * safely, validated against its JSON Schema, and only then turned into records; every problem is
 * a diagnostic. Thread-safe: the schemas are loaded once and shared.
 */
public final class PolicyLoader {

    /** Folder and file names become URLs: keep them to what needs no escaping anywhere. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final YamlReader yaml = new YamlReader();
    private final SchemaValidator policySchema = SchemaValidator.policy();
    private final SchemaValidator comuneSchema = SchemaValidator.comune();

    /**
     * The comuni to read from the paths the user named, each once: two folders with the same
     * name would publish to the same place.
     */
    public PolicySources.Found find(List<Path> inputs) {
        PolicySources.Found found = PolicySources.find(inputs);
        List<Diagnostic> diagnostics = new ArrayList<>(found.diagnostics());
        List<PolicySources.ComuneFolder> comuni = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (PolicySources.ComuneFolder folder : found.comuni()) {
            String slug = folder.slug();
            Path earlier = seen.putIfAbsent(slug, folder.folder());
            if (earlier != null) {
                diagnostics.add(Diagnostic.error("duplicate-comune", SourcePos.start(folder.comuneFile()), slug,
                        earlier.toString()));
            } else {
                comuni.add(folder);
            }
        }
        return new PolicySources.Found(comuni, diagnostics);
    }

    /** Every comune and policy the paths name. */
    public LoadResult load(List<Path> inputs) {
        PolicySources.Found found = find(inputs);
        List<Diagnostic> diagnostics = new ArrayList<>(found.diagnostics());
        List<Policy> policies = new ArrayList<>();
        for (PolicySources.ComuneFolder folder : found.comuni()) {
            LoadResult comune = load(folder);
            diagnostics.addAll(comune.diagnostics());
            policies.addAll(comune.policies());
        }
        return new LoadResult(policies, diagnostics);
    }

    /** One comune's {@code comune.yaml} and the policies chosen in its folder. */
    public LoadResult load(PolicySources.ComuneFolder folder) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Policy> policies = new ArrayList<>();
        Map<Path, Optional<Parsed>> bases = new HashMap<>();
        String slug = folder.slug();
        checkSlug(slug, folder.folder(), diagnostics);
        Path root = folder.root();
        Optional<Comune> comune = readComune(folder.comuneFile(), root, slug, diagnostics);
        for (Path file : folder.policyFiles()) {
            readPolicy(file, root, comune, bases, diagnostics).ifPresent(policies::add);
        }
        return new LoadResult(policies, diagnostics);
    }

    private Optional<Comune> readComune(Path file, Path root, String slug, List<Diagnostic> diagnostics) {
        return parse(file, root, comuneSchema, diagnostics).map(parsed -> {
            List<Diagnostic> found = new ArrayList<>();
            Comune comune = new ComuneReader().read(parsed.source(), parsed.root(), slug, found);
            diagnostics.addAll(found);
            return Diagnostic.anyError(found) ? null : comune;
        });
    }

    /** A policy is checked even when its comune.yaml is broken, so that all problems show at once. */
    private Optional<Policy> readPolicy(Path file, Path root, Optional<Comune> comune,
            Map<Path, Optional<Parsed>> bases, List<Diagnostic> diagnostics) {
        String slug = fileSlug(file);
        boolean addressable = checkSlug(slug, file, diagnostics);
        Optional<Parsed> own = parse(file, root, policySchema, diagnostics);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        Optional<ScalarNode> extendsNode = own.get().root().scalar(PolicyInheritance.EXTENDS);
        Optional<Path> basePath = extendsNode.map(n -> basePath(file, n.getValue()));
        Optional<Parsed> parsed = own;
        if (extendsNode.isPresent()) {
            parsed = withBase(own.get(), extendsNode.get(), basePath.get(), root, bases, diagnostics);
        }
        return parsed.flatMap(p -> {
            List<Diagnostic> found = new ArrayList<>();
            Optional<Policy> policy = comune.map(c -> new PolicyReader(p.source(), c, found).read(p.root(), slug, basePath));
            diagnostics.addAll(found);
            return Diagnostic.anyError(found) || !addressable ? Optional.empty() : policy;
        });
    }

    /**
     * The comune's policy merged with the base it extends. The base must lie in the policies
     * folder (beside the comuni) and extend nothing itself; it is read once however many of the
     * comune's policies extend it.
     */
    private Optional<Parsed> withBase(Parsed own, ScalarNode extendsNode, Path base, Path root,
            Map<Path, Optional<Parsed>> bases, List<Diagnostic> diagnostics) {
        Path file = own.source().file();
        SourcePos at = YamlPositions.of(file, extendsNode);
        InputFiles.Kind kind = InputFiles.status(base, root).kind();
        // Outside as written ("../../x.yaml") or through a link (a _base folder linked elsewhere).
        if (!base.toAbsolutePath().normalize().startsWith(root) || kind == InputFiles.Kind.OUTSIDE) {
            diagnostics.add(Diagnostic.error("extends-outside", at, extendsNode.getValue()));
            return Optional.empty();
        }
        if (kind == InputFiles.Kind.MISSING || kind == InputFiles.Kind.FOLDER) {
            diagnostics.add(Diagnostic.error("extends-not-found", at, extendsNode.getValue()));
            return Optional.empty();
        }
        Optional<Parsed> parsedBase = bases.computeIfAbsent(base.toAbsolutePath().normalize(),
                k -> parse(base, root, policySchema, diagnostics));
        if (parsedBase.isEmpty()) {
            return Optional.empty();
        }
        if (parsedBase.get().root().has(PolicyInheritance.EXTENDS)) {
            diagnostics.add(Diagnostic.error("extends-nested", at, extendsNode.getValue()));
            return Optional.empty();
        }
        PolicyInheritance.Merged merged = new PolicyInheritance().merge(file, (MappingNode) own.root().node(),
                (MappingNode) parsedBase.get().root().node());
        diagnostics.addAll(merged.diagnostics());
        if (Diagnostic.anyError(merged.diagnostics())) {
            return Optional.empty();
        }
        List<Diagnostic> invalid = policySchema.validate(file, merged.root());
        diagnostics.addAll(invalid);
        if (!invalid.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(own.source().extending(parsedBase.get().source()), new YamlMap(merged.root())));
    }

    /** The base file as named from the comune's file: "../_base/social-media-policy.yaml". */
    private static Path basePath(Path file, String written) {
        Path folder = file.getParent() == null ? Path.of("") : file.getParent();
        return folder.resolve(written).normalize();
    }

    private record Parsed(SourceText source, YamlMap root) {
    }

    private Optional<Parsed> parse(Path file, Path policiesFolder, SchemaValidator schema, List<Diagnostic> diagnostics) {
        YamlReader.Result read = yaml.read(file, policiesFolder);
        diagnostics.addAll(read.diagnostics());
        if (read.root().isEmpty()) {
            return Optional.empty();
        }
        Node root = read.root().get();
        List<Diagnostic> invalid = schema.validate(file, root);
        diagnostics.addAll(invalid);
        if (!invalid.isEmpty()) {
            return Optional.empty();
        }
        return YamlMap.of(root).map(map -> new Parsed(new SourceText(file, read.source()), map));
    }

    /** Whether the name can go into addresses; if not, says so. */
    private static boolean checkSlug(String slug, Path path, List<Diagnostic> diagnostics) {
        if (SLUG.matcher(slug).matches()) {
            return true;
        }
        diagnostics.add(Diagnostic.error("invalid-file-name", SourcePos.start(path), path.getFileName().toString()));
        return false;
    }

    /** The name a file gives to URLs: {@code social-media-policy.yaml} → {@code social-media-policy}. */
    private static String fileSlug(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }
}

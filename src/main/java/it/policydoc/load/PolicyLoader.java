package it.policydoc.load;

import it.policydoc.diag.Diagnostic;
import it.policydoc.model.Comune;
import it.policydoc.model.Policy;
import it.policydoc.model.SourcePos;
import it.policydoc.util.Lazy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads comuni and policies from the paths the user named into the model. Each file is parsed
 * safely, validated against its JSON Schema, and only then turned into records; every problem is
 * a diagnostic. Thread-safe: the schemas are loaded once and shared.
 */
public final class PolicyLoader {

    /**
     * The schemas and what is made from them, loaded on first use: finding the comuni, all that a
     * build with nothing changed does, needs none of it.
     */
    private final Lazy<Readers> readers = new Lazy<>(Readers::new);

    private static final class Readers {

        final SchemaValidator policySchema = SchemaValidator.policy();
        final SchemaValidator comuneSchema = SchemaValidator.comune();
        final FoldedLines folded = new FoldedLines(keys());
        final YamlReader yaml = new YamlReader(keys());
        final VersionFiles versionFiles = new VersionFiles(yaml, policySchema, folded);

        private Set<String> keys() {
            Set<String> keys = new HashSet<>(policySchema.keys());
            keys.addAll(comuneSchema.keys());
            return keys;
        }
    }

    /** Whether the schemas have been loaded (they are, on the first file read). */
    public boolean schemasLoaded() {
        return readers.made();
    }

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

    /** The approved versions frozen beside a policy (none if it was never approved through policydoc). */
    public VersionFiles.Read versions(Policy current) {
        return readers.get().versionFiles.read(current);
    }

    /**
     * A policy's document as it stands alone: its own, or, if it extends a base, the two merged
     * (what a frozen version keeps). Empty, with the reasons, if the file cannot be read.
     */
    public Optional<Node> standalone(Path file, List<Diagnostic> diagnostics) {
        Path comune = file.toAbsolutePath().getParent();
        Path policiesFolder = comune.getParent() == null ? comune : comune.getParent();
        Optional<Parsed> own = parse(file, policiesFolder, readers.get().policySchema, diagnostics);
        Optional<ScalarNode> extendsNode = own.flatMap(p -> p.root().scalar(PolicyInheritance.EXTENDS));
        if (own.isEmpty() || extendsNode.isEmpty()) {
            return own.map(p -> p.root().node());
        }
        Path comuneFolder = file.getParent() == null ? Path.of("") : file.getParent();
        return withBase(own.get(), extendsNode.get(), basePath(file, extendsNode.get().getValue()), comuneFolder,
                new HashMap<>(), diagnostics).map(p -> p.root().node());
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
        return parse(file, root, readers.get().comuneSchema, diagnostics).map(parsed -> {
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
        Optional<Parsed> own = parse(file, root, readers.get().policySchema, diagnostics);
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
            Optional<Policy> policy = comune.map(c -> new PolicyReader(p.source(), c, readers.get().folded, found)
                    .read(p.root(), slug, basePath));
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
                k -> parse(base, root, readers.get().policySchema, diagnostics));
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
        List<Diagnostic> invalid = readers.get().policySchema.validate(file, merged.root());
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
        YamlReader.Result read = readers.get().yaml.read(file, policiesFolder);
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
        if (FileNames.isSlug(slug)) {
            return true;
        }
        String name = path.getFileName().toString();
        String expected = FileNames.slug(slug) + (Files.isDirectory(path) ? "" : FileNames.EXTENSION);
        diagnostics.add(Diagnostic.error("invalid-file-name", SourcePos.start(path), name, expected));
        return false;
    }

    /** The name a file gives to URLs: {@code social-media-policy.yaml} → {@code social-media-policy}. */
    private static String fileSlug(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }
}

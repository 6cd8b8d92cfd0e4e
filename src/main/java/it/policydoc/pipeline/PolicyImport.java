package it.policydoc.pipeline;

import it.policydoc.diag.DiagnosticFormatter;
import it.policydoc.importing.source.DroppedLine;
import it.policydoc.importing.source.SourceDocument;
import it.policydoc.importing.source.SourceReaders;
import it.policydoc.importing.source.UnreadableSource;
import it.policydoc.importing.structure.DetectedPolicy;
import it.policydoc.importing.structure.ImportedReferences;
import it.policydoc.importing.structure.StructureDetector;
import it.policydoc.load.LoadResult;
import it.policydoc.load.PolicyLoader;
import it.policydoc.model.Comune;
import it.policydoc.model.Contacts;
import it.policydoc.model.Policy;
import it.policydoc.model.SourcePos;
import it.policydoc.render.yaml.ComuneYamlWriter;
import it.policydoc.render.yaml.PolicyYamlWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code import}: a foreign file read by its format's reader, its structure detected, its
 * hand-typed references made symbolic, then written as {@code <comune>/<name>.yaml} (and a
 * {@code comune.yaml} to complete when the folder has none). Nothing is written when the file
 * cannot be read or a file would be overwritten without {@code force}.
 */
public final class PolicyImport {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String SCHEMA_DIR = "src/main/resources/schema/";
    private static final int NAME_WORDS = 5;

    /** What to import and where. */
    public record Request(Path source, Optional<Path> comuneFolder, Optional<String> name, boolean force) {
    }

    /** A message of the import report, as a key of the message bundle and its arguments. */
    public record Note(String key, List<String> args) {
        public Note(String key, String... args) {
            this(key, List.of(args));
        }
    }

    /**
     * What was written.
     *
     * @param comuneFile the comune.yaml written, if the folder had none
     * @param dropped every line left out of the text
     * @param unresolved references typed in the text that point to no part of it
     */
    public record Outcome(Path policyFile, Optional<Path> comuneFile, Policy policy, List<DroppedLine> dropped,
            List<String> unresolved) {
    }

    /** Why nothing was written. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Note note;

        public Refused(String key, String... args) {
            super(key);
            this.note = new Note(key, args);
        }

        public Note note() {
            return note;
        }
    }

    public Outcome run(Request request) throws Refused, IOException {
        SourceDocument document;
        try {
            document = SourceReaders.read(request.source());
        } catch (UnreadableSource e) {
            throw new Refused(e.code(), e.args().toArray(String[]::new));
        }
        DetectedPolicy detected = new StructureDetector(request.source()).detect(document);
        if (detected.content().isEmpty()) {
            throw new Refused("import.no-text");
        }
        Path folder = request.comuneFolder().or(() -> detected.enteName().map(n -> Path.of("policies", slug(n, 8))))
                .orElseThrow(() -> new Refused("import.comune-needed"));
        String name = request.name().orElseGet(() -> slug(detected.metadata().title().markdown(), NAME_WORDS));
        if (!SLUG.matcher(name).matches()) {
            throw new Refused("import.invalid-name", name);
        }
        Path policyFile = folder.resolve(name + ".yaml");
        if (Files.exists(policyFile) && !request.force()) {
            throw new Refused("import.exists", policyFile.toString());
        }
        Path comuneFile = folder.resolve("comune.yaml");
        boolean newComune = !Files.exists(comuneFile);
        Comune comune = newComune
                ? new Comune(slug(folder.getFileName().toString(), 8), detected.enteName().orElse(""),
                        detected.province().orElse(""), "", "", Optional.empty(), Contacts.none(), List.of(),
                        SourcePos.start(comuneFile))
                : existingComune(folder);
        ImportedReferences references = ImportedReferences.of(detected);
        Policy policy = references.detected().policy(name, policyFile, comune);

        DiagnosticFormatter italian = new DiagnosticFormatter(Locale.ITALIAN);
        List<String> comments = new ArrayList<>();
        comments.add(italian.text("import.yaml.header", request.source().getFileName().toString()));
        if (!detected.dropped().isEmpty()) {
            comments.add("");
            comments.add(italian.text("import.yaml.dropped", detected.dropped().size()));
            for (DroppedLine line : detected.dropped()) {
                comments.add("  " + describe(italian, line));
            }
        }
        if (!references.unresolved().isEmpty()) {
            comments.add("");
            comments.add(italian.text("import.yaml.unresolved", references.unresolved().size()));
            references.unresolved().forEach(r -> comments.add("  «" + r + "»"));
        }
        String yaml = new PolicyYamlWriter().write(policy, schemaPath(folder, "policy.schema.json"), comments);

        Files.createDirectories(folder);
        Optional<Path> writtenComune = Optional.empty();
        if (newComune) {
            String comuneYaml = new ComuneYamlWriter().write(schemaPath(folder, "comune.schema.json"),
                    detected.enteName().orElse(italian.text("import.comune.unknown-name")), detected.province(),
                    List.of(italian.text("import.comune.complete")));
            Files.writeString(comuneFile, comuneYaml, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            writtenComune = Optional.of(comuneFile);
        }
        Files.writeString(policyFile, yaml, StandardCharsets.UTF_8);
        return new Outcome(policyFile, writtenComune, policy, detected.dropped(), references.unresolved());
    }

    /** "pagina 2, riga 1 (intestazione di pagina): «Comune di …»". */
    public static String describe(DiagnosticFormatter formatter, DroppedLine line) {
        String where = line.place().paged()
                ? formatter.text("import.place.page", line.place().page(), line.place().line())
                : formatter.text("import.place.line", line.place().line());
        return formatter.text("import.dropped-line", where, formatter.text(line.reason().messageKey()), line.text());
    }

    private static Comune existingComune(Path folder) throws Refused {
        LoadResult result = new PolicyLoader().load(List.of(folder));
        return result.policies().stream().findFirst().map(Policy::comune)
                .orElseGet(() -> new Comune(slug(folder.getFileName().toString(), 8), "", "", "", "", Optional.empty(),
                        Contacts.none(), List.of(), SourcePos.start(folder.resolve("comune.yaml"))));
    }

    /** The schema as the modeline names it: relative to the file when the project's schemas are here. */
    private static String schemaPath(Path folder, String schema) {
        Path schemas = Path.of(SCHEMA_DIR).toAbsolutePath();
        if (Files.isDirectory(schemas)) {
            return folder.toAbsolutePath().normalize().relativize(schemas.resolve(schema)).toString().replace('\\', '/');
        }
        return "../../" + SCHEMA_DIR + schema;
    }

    /** A file or folder name from a title: lower-case words without accents, joined by hyphens. */
    static String slug(String title, int words) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        List<String> kept = List.of(plain.split(" ")).stream().filter(w -> !w.isEmpty()).limit(words).toList();
        return kept.isEmpty() ? "policy" : String.join("-", kept);
    }
}

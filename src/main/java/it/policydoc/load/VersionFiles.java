package it.policydoc.load;

import it.policydoc.diag.Diagnostic;
import it.policydoc.history.Version;
import it.policydoc.history.VersionSeal;
import it.policydoc.model.Policy;
import it.policydoc.model.SourcePos;
import it.policydoc.text.ItalianDates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The approved versions of a policy, frozen by {@code approve} in
 * {@code <comune>/versioni/<policy>/<AAAA-MM-GG>.yaml}: each file must still carry the seal
 * policydoc wrote (a hand edit is an error), be named by a date, and hold the act that approved
 * it on that date. Versions are read with the comune as it is now.
 */
public final class VersionFiles {

    /** The folder beside the comune's policies that holds the frozen versions. */
    public static final String FOLDER = "versioni";

    /** What was read. */
    public record Read(List<Version> versions, List<Diagnostic> diagnostics) {

        public Read {
            versions = List.copyOf(versions);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private final YamlReader yaml;
    private final SchemaValidator schema;
    private final FoldedLines folded;

    VersionFiles(YamlReader yaml, SchemaValidator schema, FoldedLines folded) {
        this.folded = folded;
        this.yaml = yaml;
        this.schema = schema;
    }

    /** The file a version approved on {@code date} is frozen into. */
    public static Path fileOf(Path policyFile, LocalDate date) {
        return versionFolderAsNamed(policyFile).resolve(date + ".yaml");
    }

    /**
     * A policy's YAML as its frozen version is written: the editor hint ({@code # yaml-language-server:
     * $schema=…}) of a relative schema path is two folders deeper ({@code versioni/<policy>/}), so
     * that an editor opening the version still finds the schema.
     */
    public static String schemaFromVersion(String yaml) {
        return SCHEMA_HINT.matcher(yaml).replaceFirst(m -> java.util.regex.Matcher.quoteReplacement(
                m.group(1) + (m.group(2).contains(":") || m.group(2).startsWith("/") ? "" : "../../") + m.group(2)));
    }

    private static final java.util.regex.Pattern SCHEMA_HINT =
            java.util.regex.Pattern.compile("(?m)^(#\\s*yaml-language-server:\\s*\\$schema=)(\\S+)");

    /** The folder named from the policy's file as the user named it, so that messages show short paths. */
    private static Path versionFolderAsNamed(Path policyFile) {
        Path parent = policyFile.getParent() == null ? Path.of("") : policyFile.getParent();
        String name = policyFile.getFileName().toString();
        return parent.resolve(FOLDER).resolve(name.substring(0, name.lastIndexOf('.')));
    }

    Read read(Policy current) {
        Path folder = versionFolderAsNamed(current.source());
        List<Version> versions = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new Read(versions, diagnostics);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("read-failed", SourcePos.start(folder), String.valueOf(e.getMessage())));
            return new Read(versions, diagnostics);
        }
        for (Path file : files) {
            version(file, current, diagnostics).ifPresent(versions::add);
        }
        return new Read(versions, diagnostics);
    }

    private Optional<Version> version(Path file, Policy current, List<Diagnostic> diagnostics) {
        SourcePos start = SourcePos.start(file);
        String name = file.getFileName().toString();
        Optional<LocalDate> date = dateOf(name);
        if (date.isEmpty()) {
            diagnostics.add(Diagnostic.error("version-file-name", start, name));
            return Optional.empty();
        }
        // Versions lie in the comune's folder: versioni/<policy>/<date>.yaml, under the policies folder.
        Path comune = current.source().toAbsolutePath().getParent();
        YamlReader.Result read = yaml.read(file, comune.getParent() == null ? comune : comune.getParent());
        if (read.root().isEmpty()) {
            diagnostics.addAll(read.diagnostics());
            return Optional.empty();
        }
        switch (VersionSeal.verify(read.source())) {
            case EDITED -> diagnostics.add(Diagnostic.error("version-edited", start, ItalianDates.format(date.get())));
            case UNSEALED -> diagnostics.add(Diagnostic.error("version-unsealed", start, ItalianDates.format(date.get())));
            case INTACT -> { }
        }
        List<Diagnostic> invalid = schema.validate(file, read.root().get());
        diagnostics.addAll(invalid);
        if (!invalid.isEmpty()) {
            return Optional.empty();
        }
        List<Diagnostic> found = new ArrayList<>();
        Policy policy = new PolicyReader(new SourceText(file, read.source()), current.comune(), folded, found)
                .read(YamlMap.of(read.root().get()).orElseThrow(), current.slug(), Optional.empty());
        diagnostics.addAll(found);
        if (Diagnostic.anyError(found)) {
            return Optional.empty();
        }
        Version version = new Version(date.get(), policy);
        if (version.act().isEmpty()) {
            diagnostics.add(Diagnostic.error("version-without-act", start, ItalianDates.format(date.get())));
            return Optional.empty();
        }
        return Optional.of(version);
    }

    private static Optional<LocalDate> dateOf(String name) {
        if (!name.matches("\\d{4}-\\d{2}-\\d{2}\\.yaml")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(name.substring(0, name.length() - ".yaml".length())));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}

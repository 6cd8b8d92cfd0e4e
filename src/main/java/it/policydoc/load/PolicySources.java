package it.policydoc.load;

import it.policydoc.diag.Diagnostic;
import it.policydoc.model.SourcePos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the files to read from what the user named: a policies folder (one sub-folder per
 * comune), a comune folder (with its {@code comune.yaml}) or a single policy file. Everything is
 * sorted by name so that every run reads, numbers and reports in the same order.
 */
public final class PolicySources {

    static final String COMUNE_FILE = "comune.yaml";

    /** A comune's folder, its {@code comune.yaml} and the policy files chosen in it. */
    public record ComuneFolder(Path folder, Path comuneFile, List<Path> policyFiles) {

        public ComuneFolder {
            policyFiles = List.copyOf(policyFiles);
        }

        /** The folder's name, which the comune's pages take in their addresses. */
        public String slug() {
            Path name = folder.toAbsolutePath().normalize().getFileName();
            return name == null ? "" : name.toString();
        }

        /**
         * The policies folder holding this comune (and the shared {@code _} folders beside it):
         * nothing outside it is read for this comune.
         */
        public Path root() {
            return rootOf(folder);
        }
    }

    /** What was found, and what was wrong with the paths themselves. */
    public record Found(List<ComuneFolder> comuni, List<Diagnostic> diagnostics) {

        public Found {
            comuni = List.copyOf(comuni);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private PolicySources() {
    }

    static Found find(List<Path> inputs) {
        Map<Path, Set<Path>> byFolder = new LinkedHashMap<>();
        Map<Path, Path> userFolderNames = new LinkedHashMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Path input : inputs) {
            SourcePos at = SourcePos.start(input);
            if (!Files.exists(input)) {
                diagnostics.add(Diagnostic.error("input-not-found", at, input.toString()));
            } else if (Files.isRegularFile(input)) {
                if (!isYaml(input)) {
                    diagnostics.add(Diagnostic.error("not-a-yaml-file", at, input.toString()));
                } else {
                    Path folder = folderOf(input);
                    if (input.getFileName().toString().equals(COMUNE_FILE)) {
                        addComuneFolder(folder, byFolder, userFolderNames, diagnostics);
                    } else {
                        userFolderNames.putIfAbsent(key(folder), folder);
                        byFolder.computeIfAbsent(key(folder), k -> new LinkedHashSet<>()).add(input);
                    }
                }
            } else if (Files.exists(input.resolve(COMUNE_FILE))) {
                addComuneFolder(input, byFolder, userFolderNames, diagnostics);
            } else {
                int foldersBefore = byFolder.size();
                int problemsBefore = diagnostics.size();
                // One folder per comune, thousands at national scale: each is looked at on its own,
                // on every core, and the findings are merged in name order.
                for (FolderScan scan : children(input, diagnostics).parallelStream().map(PolicySources::scanChild).toList()) {
                    scan.addTo(byFolder, userFolderNames, diagnostics);
                }
                if (byFolder.size() == foldersBefore && diagnostics.size() == problemsBefore) {
                    diagnostics.add(Diagnostic.error("no-policies", at, input.toString()));
                }
            }
        }
        List<ComuneFolder> comuni = new ArrayList<>();
        for (Map.Entry<Path, Set<Path>> e : byFolder.entrySet()) {
            Path folder = userFolderNames.get(e.getKey());
            Path comuneFile = folder.resolve(COMUNE_FILE);
            if (!Files.exists(comuneFile)) {
                diagnostics.add(Diagnostic.error("missing-comune-file", SourcePos.start(folder), folder.toString()));
                continue;
            }
            comuni.add(new ComuneFolder(folder, comuneFile, List.copyOf(e.getValue())));
        }
        return new Found(comuni, diagnostics);
    }

    /**
     * What one folder of the policies folder holds, found without touching anything shared.
     *
     * @param comune the folder, if it is a comune's (not refused)
     * @param policyFiles the policies chosen in it
     * @param diagnostics what was wrong with it
     */
    private record FolderScan(Optional<Path> comune, List<Path> policyFiles, List<Diagnostic> diagnostics) {

        void addTo(Map<Path, Set<Path>> byFolder, Map<Path, Path> names, List<Diagnostic> found) {
            comune.ifPresent(folder -> {
                names.putIfAbsent(key(folder), folder);
                byFolder.computeIfAbsent(key(folder), k -> new LinkedHashSet<>()).addAll(policyFiles);
            });
            found.addAll(diagnostics);
        }
    }

    /** A folder met in the policies folder: a comune's, a folder meant as one, or one to pass over. */
    private static FolderScan scanChild(Path child) {
        if (!Files.isDirectory(child) || isHidden(child)) {
            return new FolderScan(Optional.empty(), List.of(), List.of());
        }
        if (Files.exists(child.resolve(COMUNE_FILE))) {
            return scanComuneFolder(child);
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        withoutComuneFile(child, diagnostics);
        return new FolderScan(Optional.empty(), List.of(), diagnostics);
    }

    private static void addComuneFolder(Path folder, Map<Path, Set<Path>> byFolder, Map<Path, Path> names,
            List<Diagnostic> diagnostics) {
        scanComuneFolder(folder).addTo(byFolder, names, diagnostics);
    }

    /**
     * A comune's folder: every readable policy in it; every file meant as a policy but misnamed
     * is an error, and so is a folder without any policy (a build would drop the comune's pages).
     */
    private static FolderScan scanComuneFolder(Path folder) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Optional<Diagnostic> refused = InputFiles.refusal(folder, rootOf(folder));
        if (refused.isPresent()) {
            return new FolderScan(Optional.empty(), List.of(), List.of(refused.get()));
        }
        List<Path> files = new ArrayList<>();
        for (Path file : children(folder, diagnostics)) {
            String name = file.getFileName().toString();
            // FIFOs and links are kept, to be refused with a diagnostic when read.
            if (Files.isDirectory(file) || name.equals(COMUNE_FILE)) {
                continue;
            }
            if (FileNames.isReadable(name)) {
                files.add(file);
            } else {
                misnamed(file, diagnostics);
            }
        }
        if (files.isEmpty() && diagnostics.isEmpty()) {
            diagnostics.add(Diagnostic.error("no-policy-in-comune", SourcePos.start(folder), folder.toString()));
        }
        return new FolderScan(Optional.of(folder), files, diagnostics);
    }

    /**
     * A folder of the policies folder without comune.yaml: if it holds YAML files (perhaps
     * misnamed) it was meant as a comune, and leaving it out would drop its pages from the site.
     */
    private static void withoutComuneFile(Path folder, List<Diagnostic> diagnostics) {
        boolean meantAsComune = false;
        for (Path file : children(folder, diagnostics)) {
            String name = file.getFileName().toString();
            if (!Files.isRegularFile(file)) {
                continue;
            }
            Optional<String> expected = FileNames.expected(name);
            if (expected.filter(COMUNE_FILE::equals).isPresent()) {
                diagnostics.add(Diagnostic.error("comune-file-misnamed", SourcePos.start(file), name, COMUNE_FILE));
                return;
            }
            meantAsComune |= FileNames.isReadable(name) || expected.isPresent();
        }
        if (meantAsComune) {
            diagnostics.add(Diagnostic.error("missing-comune-file", SourcePos.start(folder), folder.toString()));
        }
    }

    private static void misnamed(Path file, List<Diagnostic> diagnostics) {
        String name = file.getFileName().toString();
        FileNames.expected(name).ifPresent(expected -> diagnostics.add(Diagnostic.error(
                expected.equals(COMUNE_FILE) ? "comune-file-misnamed" : "policy-file-misnamed",
                SourcePos.start(file), name, expected)));
    }

    private static List<Path> children(Path folder, List<Diagnostic> diagnostics) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("read-failed", SourcePos.start(folder), String.valueOf(e.getMessage())));
            return List.of();
        }
    }

    /** Folders starting with "." or "_" hold tools' files or shared material, not a comune. */
    private static boolean isHidden(Path folder) {
        String name = folder.getFileName().toString();
        return name.startsWith(".") || name.startsWith("_");
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static Path folderOf(Path file) {
        Path parent = file.getParent();
        return parent == null ? Path.of("") : parent;
    }

    private static Path rootOf(Path comuneFolder) {
        Path folder = comuneFolder.toAbsolutePath().normalize();
        return folder.getParent() == null ? folder : folder.getParent();
    }

    /** The same folder named two ways ("policies/x", "./policies/x/") is read once. */
    private static Path key(Path folder) {
        return folder.toAbsolutePath().normalize();
    }
}

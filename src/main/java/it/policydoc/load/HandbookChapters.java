package it.policydoc.load;

import it.policydoc.diag.Diagnostic;
import it.policydoc.model.HandbookChapter;
import it.policydoc.model.SourcePos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The chapters a comune adds to its staff handbooks: the {@code .adoc} files of its
 * {@code handbook/} folder, in the order of their names (so "10-…" after "05-…"). A file must be
 * inside the folder for real: a link to a file elsewhere could publish any file of the machine.
 */
final class HandbookChapters {

    static final String FOLDER = "handbook";
    private static final String EXTENSION = ".adoc";
    /** A chapter is a few pages; far more is a mistake. */
    static final int MAX_BYTES = 256 * 1024;

    private HandbookChapters() {
    }

    static List<HandbookChapter> read(Path comuneFolder, List<Diagnostic> diagnostics) {
        Path folder = comuneFolder.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Optional<Diagnostic> refused = InputFiles.refusal(folder, comuneFolder);
        if (refused.isPresent()) {
            diagnostics.add(refused.get());
            return List.of();
        }
        List<HandbookChapter> chapters = new ArrayList<>();
        for (Path file : adocFiles(folder, diagnostics)) {
            if (InputFiles.status(file, comuneFolder).kind() == InputFiles.Kind.OUTSIDE) {
                diagnostics.add(Diagnostic.error("asset-outside-folder", SourcePos.start(file),
                        file.getFileName().toString()));
                continue;
            }
            TextFiles.Read read = TextFiles.read(file, comuneFolder, MAX_BYTES);
            read.problem().ifPresent(diagnostics::add);
            read.text().ifPresent(text -> chapters.add(new HandbookChapter(file, text)));
        }
        return chapters;
    }

    private static List<Path> adocFiles(Path folder, List<Diagnostic> diagnostics) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                return name.toLowerCase(Locale.ROOT).endsWith(EXTENSION) && !name.startsWith(".");
            }).sorted().toList();
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("read-failed", SourcePos.start(folder), String.valueOf(e.getMessage())));
            return List.of();
        }
    }
}

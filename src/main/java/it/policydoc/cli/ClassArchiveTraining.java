package it.policydoc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The training run behind the launchers' class-data archive: the launcher runs it once with
 * {@code -XX:ArchiveClassesAtExit} after each new jar, and the JVM then archives every class it
 * loaded. It builds the given policies into a temporary folder from scratch and checks them,
 * so that the archive holds the classes of every output (page, PDFs, ODT, DOCX, Akoma Ntoso,
 * handbook) and of a check, whatever command the clerk runs first. It prints nothing, leaves
 * nothing behind and ends normally even when the policies have errors: an archive that lacks
 * some classes only makes the runs that need them start a little slower.
 *
 * <p>Arguments: the policies folder, and the archive the JVM will write, whose folder is made
 * here because the JVM does not make it.
 */
public final class ClassArchiveTraining {

    private ClassArchiveTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ClassArchiveTraining POLICIES ARCHIVE");
        }
        Path archiveFolder = Path.of(args[1]).toAbsolutePath().getParent();
        if (archiveFolder != null) {
            Files.createDirectories(archiveFolder);
        }
        Main.quietLibraryLogs();
        PrintWriter silent = new PrintWriter(Writer.nullWriter());
        Path out = Files.createTempDirectory("policydoc-avvio-");
        try {
            Main.run(new String[] {"build", args[0], "--out", out.resolve("site").toString(), "--force"}, silent, silent);
            Main.run(new String[] {"check", args[0], "--lang", "it"}, silent, silent);
        } finally {
            delete(out);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}

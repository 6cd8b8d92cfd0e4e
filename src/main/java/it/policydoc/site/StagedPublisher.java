package it.policydoc.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes a whole output folder beside the target and swaps it in only when writing succeeded,
 * so a failed build leaves the previous site untouched. A marker file tells a folder policydoc
 * made from any other folder, which is never replaced.
 */
public final class StagedPublisher {

    /** Present in every folder policydoc writes; its absence protects the user's own folders. */
    public static final String MARKER = ".policydoc-site";
    private static final String MARKER_TEXT =
            "Cartella generata da policydoc: viene sostituita a ogni build, non modificarla a mano.\n";

    /** Writes the content of a folder and says whether it may be published. */
    @FunctionalInterface
    public interface Writer {
        boolean write(Path dir) throws IOException;
    }

    /** The target exists, is not empty and was not made by policydoc. */
    public static final class ForeignFolderException extends IOException {
        private static final long serialVersionUID = 1L;
        private final Path folder;

        ForeignFolderException(Path folder) {
            super("not a policydoc output folder: " + folder);
            this.folder = folder;
        }

        public Path folder() {
            return folder;
        }
    }

    /** Returns whether the folder was replaced (the writer accepted what it wrote). */
    public boolean publish(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (isForeign(absolute)) {
            throw new ForeignFolderException(target);
        }
        Path parent = Files.createDirectories(absolute.getParent());
        String name = absolute.getFileName().toString();
        Path stage = Files.createTempDirectory(parent, "." + name + ".building-");
        readableByAll(stage);
        try {
            if (!writer.write(stage)) {
                return false;
            }
            Files.writeString(stage.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
            swap(stage, absolute, parent, name);
            return true;
        } finally {
            deleteTree(stage);
        }
    }

    /**
     * A temporary folder is private to its owner; the published site is read by a web server
     * running as another user.
     */
    private static void readableByAll(Path dir) throws IOException {
        if (Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static boolean isForeign(Path target) throws IOException {
        if (!Files.exists(target)) {
            return false;
        }
        if (!Files.isDirectory(target)) {
            return true;
        }
        try (Stream<Path> children = Files.list(target)) {
            return children.findAny().isPresent() && !Files.exists(target.resolve(MARKER));
        }
    }

    private static void swap(Path stage, Path target, Path parent, String name) throws IOException {
        if (!Files.exists(target)) {
            move(stage, target);
            return;
        }
        Path old = Files.createTempDirectory(parent, "." + name + ".old-");
        Files.delete(old);
        move(target, old);
        try {
            move(stage, target);
        } catch (IOException e) {
            move(old, target);
            throw e;
        }
        deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.delete(p);
                } catch (DirectoryNotEmptyException e) {
                    throw new IOException("cannot clean up " + p, e);
                }
            }
        }
    }
}

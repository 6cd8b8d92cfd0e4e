package it.policydoc.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a whole output folder beside the target and swaps it in only when writing succeeded,
 * so a failed build leaves the previous site untouched. A marker file tells a folder policydoc
 * made from any other folder, which is never replaced.
 *
 * <p>The protocol, for a target {@code site} (Java has no atomic exchange of two folders, such
 * as Linux's {@code renameat2(RENAME_EXCHANGE)}, so the swap is two renames, made safe by
 * recovery):
 * <ol>
 * <li>Recover what a killed build may have left beside the target (see {@link #recover}).
 * <li>Create the stage {@code .site.building-*} and put the marker in it first: from then on it
 *     is recognisable as policydoc's.
 * <li>Write the site into the stage; if writing fails or is refused, delete the stage.
 * <li>Rename {@code site} to {@code .site.old-*}, then the stage to {@code site}, then delete the
 *     old folder, its marker last (so a deletion cut short leaves a folder still marked).
 * </ol>
 * A kill (power cut, Ctrl+C, {@code kill -9}) at any moment leaves either the old or the new
 * site in place, or, between the two renames of step 4, no {@code site} and a complete
 * {@code .site.old-*}. The next build, or {@code check}, restores that folder and deletes the
 * stages and old folders left over. Only folders with the expected names that are marked (or
 * empty: killed right after their creation) are touched. Builds into the same target must not
 * run at the same time: one would take the other's stage for a leftover.
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
        recover(absolute);
        if (isForeign(absolute)) {
            throw new ForeignFolderException(target);
        }
        Path parent = Files.createDirectories(absolute.getParent());
        String name = absolute.getFileName().toString();
        Path stage = Files.createTempDirectory(parent, stagePrefix(name));
        try {
            Files.writeString(stage.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
            readableByAll(stage);
            if (!writer.write(stage)) {
                return false;
            }
            swap(stage, absolute, parent, name);
            return true;
        } finally {
            deleteOwnTree(stage);
        }
    }

    /**
     * Puts back a site left hidden by a build killed in the middle of its swap, and deletes the
     * stages and old folders killed builds left beside {@code target}. Touches nothing else.
     *
     * @return whether a hidden site was put back
     */
    public boolean recover(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null || absolute.getFileName() == null || !Files.isDirectory(parent)) {
            return false;
        }
        String name = absolute.getFileName().toString();
        List<Path> leftovers;
        try (Stream<Path> children = Files.list(parent)) {
            leftovers = children.filter(c -> isLeftoverName(c, name)).filter(StagedPublisher::isOwn).sorted().toList();
        }
        boolean restored = false;
        if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            for (Path old : leftovers) {
                if (old.getFileName().toString().startsWith(oldPrefix(name)) && Files.exists(old.resolve(MARKER))) {
                    move(old, absolute);
                    restored = true;
                    break;
                }
            }
        }
        for (Path leftover : leftovers) {
            if (Files.exists(leftover, LinkOption.NOFOLLOW_LINKS)) {
                deleteOwnTree(leftover);
            }
        }
        return restored;
    }

    private static String stagePrefix(String name) {
        return "." + name + ".building-";
    }

    private static String oldPrefix(String name) {
        return "." + name + ".old-";
    }

    private static boolean isLeftoverName(Path path, String name) {
        String file = path.getFileName().toString();
        return (file.startsWith(stagePrefix(name)) || file.startsWith(oldPrefix(name)))
                && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
    }

    /** Marked as policydoc's, or empty (killed before its marker was written). */
    private static boolean isOwn(Path folder) {
        if (Files.exists(folder.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.findAny().isEmpty();
        } catch (IOException e) {
            return false;
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
        Path old = Files.createTempDirectory(parent, oldPrefix(name));
        Files.delete(old);
        move(target, old);
        try {
            move(stage, target);
        } catch (IOException e) {
            move(old, target);
            throw e;
        }
        deleteOwnTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder policydoc made, its marker last: cut short, it is still recognisably ours. */
    static void deleteOwnTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path marker = dir.resolve(MARKER);
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(marker) && !p.equals(dir)) {
                    delete(p);
                }
            }
        }
        Files.deleteIfExists(marker);
        delete(dir);
    }

    private static void delete(Path path) throws IOException {
        try {
            Files.delete(path);
        } catch (DirectoryNotEmptyException e) {
            throw new IOException("cannot clean up " + path, e);
        }
    }
}

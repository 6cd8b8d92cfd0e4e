package it.policydoc.util;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Whole folders, as the benchmark and the preview's measurements copy the bundled comuni. */
public final class Folders {

    private Folders() {
    }

    /**
     * Copies every file and folder below {@code from} into {@code to} (made if missing),
     * replacing files of the same name: a new copy over an old one leaves the new text.
     */
    public static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                // By name, not by Path: the two folders may be on different file systems.
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}

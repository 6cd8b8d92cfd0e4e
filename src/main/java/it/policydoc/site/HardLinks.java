package it.policydoc.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Carries a file of the current site into the new one without copying its bytes. */
public final class HardLinks {

    private HardLinks() {
    }

    /**
     * Links {@code from} at {@code to}; where the file system has no hard links, copies it,
     * which gives the same site. The new site must never write into a linked file: it is the
     * current site's too.
     */
    public static void linkOrCopy(Path from, Path to) throws IOException {
        try {
            Files.createLink(to, from);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(from, to);
        }
    }
}

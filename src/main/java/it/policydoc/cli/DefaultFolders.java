package it.policydoc.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where {@code policies/} and {@code site/} are when the command line names neither: in the
 * current folder when it has a {@code policies/} folder, otherwise in the folder the launcher
 * names with {@code -Dpolicydoc.home} (the release's own folder), so that a clerk's launcher does
 * the same thing from whatever folder it is started.
 */
final class DefaultFolders {

    static final String HOME_PROPERTY = "policydoc.home";

    private final Path root;

    DefaultFolders(Path current, Optional<Path> home) {
        boolean useHome = !Files.isDirectory(current.resolve("policies"))
                && home.filter(h -> Files.isDirectory(h.resolve("policies"))).isPresent();
        this.root = useHome ? home.get() : current;
    }

    /** The folders of this process: its working folder and the launcher's home, if any. */
    static DefaultFolders ofProcess() {
        return new DefaultFolders(Path.of(""), Optional.ofNullable(System.getProperty(HOME_PROPERTY)).map(Path::of));
    }

    Path policies() {
        return root.resolve("policies");
    }

    Path site() {
        return root.resolve("site");
    }

    /** The templates the preview reads live, beside {@code policies/} in the repository and the release. */
    Path templates() {
        return root.resolve("templates");
    }
}

package it.policydoc.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The PATH arguments shared by {@code build} and {@code check}; {@code policies/} when none (see {@link DefaultFolders}). */
final class Inputs {

    @Parameters(paramLabel = "${bundle:label.paths:-PATH}", arity = "0..*", descriptionKey = "paths")
    private List<Path> paths;

    List<Path> orDefault() {
        return paths == null || paths.isEmpty() ? List.of(DefaultFolders.ofProcess().policies()) : List.copyOf(paths);
    }
}

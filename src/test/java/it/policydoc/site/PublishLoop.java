package it.policydoc.site;

import it.policydoc.util.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A build that never ends, for {@link PublishKillTest} to kill: publishes two prepared sites
 * into the target in turn, each time written file by file into a new stage and swapped in.
 * Writes {@code ready} beside the target once its JVM is up.
 */
final class PublishLoop {

    private PublishLoop() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        List<Path> sources = List.of(Path.of(args[1]), Path.of(args[2]));
        StagedPublisher publisher = new StagedPublisher();
        Files.writeString(target.resolveSibling("ready"), "");
        for (int i = 1; ; i++) {
            Path source = sources.get(i % 2);
            publisher.publish(target, stage -> {
                copy(source, stage);
                return true;
            });
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Folders.copy(from, to);
    }
}

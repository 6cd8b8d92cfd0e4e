package it.policydoc.pipeline;

import it.policydoc.site.SitePaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The policies a site folder holds, as {@code <comune>/<policy>}: read from the folder itself,
 * not from the build's notes (which are not committed), so that a build can say what it removed
 * whatever made the site before it.
 */
final class PublishedPolicies {

    private PublishedPolicies() {
    }

    static Set<String> in(Path site) {
        Set<String> found = new TreeSet<>();
        for (Path comune : list(site)) {
            String name = comune.getFileName().toString();
            if (!Files.isDirectory(comune) || name.equals(SitePaths.ASSETS) || name.startsWith(".")) {
                continue;
            }
            for (Path policy : list(comune)) {
                if (Files.isRegularFile(policy.resolve(SitePaths.PAGE))) {
                    found.add(name + "/" + policy.getFileName());
                }
            }
        }
        return found;
    }

    private static Set<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            // An unreadable old site only means its removals cannot be listed.
            return Set.of();
        }
    }
}

package it.policydoc.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import it.policydoc.site.BuildManifest;
import it.policydoc.site.HandbookCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed {@code site/} is exactly what the code produces from {@code policies/}, and
 * building twice gives the same bytes.
 */
class SiteUpToDateTest {

    private static final Path COMMITTED = Path.of("site");

    @Test
    void committedSiteMatchesAFreshBuild(@TempDir Path tmp) throws IOException {
        Path fresh = BuiltSite.build(tmp.resolve("site"));
        List<String> problems = differences(COMMITTED, fresh);
        if (!problems.isEmpty()) {
            fail("site/ is out of date; run ./policydoc build and commit site/:\n  " + String.join("\n  ", problems));
        }
    }

    @Test
    void twoBuildsGiveIdenticalBytes(@TempDir Path tmp) throws IOException {
        Path first = BuiltSite.build(tmp.resolve("one"));
        Path second = BuiltSite.build(tmp.resolve("two"));
        assertEquals(List.of(), differences(first, second));
    }

    private static List<String> differences(Path expected, Path actual) throws IOException {
        List<String> expectedFiles = files(expected);
        List<String> actualFiles = files(actual);
        List<String> problems = new ArrayList<>();
        for (String f : expectedFiles) {
            if (!actualFiles.contains(f)) {
                problems.add("no longer produced: " + f);
            } else if (!Arrays.equals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(actual.resolve(f)))) {
                problems.add("differs: " + f);
            }
        }
        for (String f : actualFiles) {
            if (!expectedFiles.contains(f)) {
                problems.add("new, not committed: " + f);
            }
        }
        return problems;
    }

    private static List<String> files(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root)) {
            // The build manifest and the handbook conversions kept for the next build are not part of the site.
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(f -> !f.equals(BuildManifest.FILE) && !f.startsWith(HandbookCache.FOLDER + "/"))
                    .sorted().toList();
        }
    }
}

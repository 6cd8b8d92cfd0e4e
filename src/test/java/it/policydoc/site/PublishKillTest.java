package it.policydoc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import it.policydoc.testing.ChildJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds killed ({@code kill -9}) at random points, over and over: each time the site is one of
 * the two sites published, byte for byte, or hidden mid-swap and put back by the recovery the
 * next build starts with; after it nothing is left beside the site.
 */
class PublishKillTest {

    private static final int KILLS = 24;
    /** Kills land anywhere in a few publish cycles of the child (each takes some tens of ms). */
    private static final int MAX_DELAY_MS = 700;
    private static final long WAIT_SECONDS = 60;
    private static final int REAL_BUILD_KILLS = 3;
    /** A forced build of the bundled policies takes some seconds: kills land in its load, render or swap. */
    private static final int REAL_BUILD_MAX_DELAY_MS = 9000;

    @TempDir
    Path tmp;

    @Test
    void aBuildKilledAnywhereLeavesTheSiteWholeOrRecoverable() throws Exception {
        Path a = site(tmp.resolve("a"), "a", 240);
        Path b = site(tmp.resolve("b"), "b", 260);
        Map<String, String> siteA = contents(a);
        Map<String, String> siteB = contents(b);
        Path parent = Files.createDirectories(tmp.resolve("pubblicazione"));
        Path site = parent.resolve("site");
        StagedPublisher publisher = new StagedPublisher();
        publisher.publish(site, dir -> {
            copyTree(a, dir);
            return true;
        });
        Random random = new Random(20261206L);
        int hidden = 0;
        int cutShort = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            int delay = random.nextInt(MAX_DELAY_MS);
            String when = "kill " + kill + " after " + delay + " ms";
            Path ready = parent.resolve("ready");
            Files.deleteIfExists(ready);
            Process child = ChildJvm.start(PublishLoop.class, List.of(site.toString(), a.toString(), b.toString()),
                    Map.of(), tmp.resolve("child.log"));
            try {
                waitFor(ready, child);
                Thread.sleep(delay);
            } finally {
                child.destroyForcibly();
                assertTrue(child.waitFor(WAIT_SECONDS, TimeUnit.SECONDS), when + ": the child did not die");
            }
            Files.delete(ready);
            if (Files.exists(site)) {
                assertOneOf(contents(site), siteA, siteB, when);
            } else {
                hidden++;
                Path old = leftovers(parent).stream().filter(p -> p.getFileName().toString().startsWith(".site.old-"))
                        .findFirst().orElseThrow(() -> new AssertionError(when + ": no site and nothing to restore"));
                assertOneOf(contents(old), siteA, siteB, when + " (hidden site)");
            }
            if (!leftovers(parent).isEmpty()) {
                cutShort++;
            }
            publisher.recover(site);
            assertOneOf(contents(site), siteA, siteB, when + ", recovered");
            assertTrue(Files.exists(site.resolve(StagedPublisher.MARKER)), when);
            assertEquals(List.of(), leftovers(parent), when + ": recovery leaves nothing beside the site");
        }
        publisher.publish(site, dir -> {
            copyTree(b, dir);
            return true;
        });
        assertEquals(siteB, contents(site));
        assertEquals(List.of(), leftovers(parent));
        System.out.printf("%d kills: %d left a stage or an old site behind, %d the site hidden mid-swap%n", KILLS,
                cutShort, hidden);
        assertTrue(cutShort > 0, "no kill landed while a site was being written: the test proves nothing");
    }

    /**
     * The real thing, fewer times (each build starts JRuby): {@code policydoc build --force} in
     * its own JVM, killed at a random moment of its run, leaves the committed site byte for byte
     * or hidden and recoverable; a forced build of the same policies gives the same bytes, so
     * whichever build finished, the site is the same.
     */
    @Test
    void aRealBuildKilledAtRandomPointsLeavesTheSiteByteIdentical() throws Exception {
        Path policies = tmp.resolve("policies");
        copyTree(Path.of("policies"), policies);
        Path parent = Files.createDirectories(tmp.resolve("pubblicazione"));
        Path site = parent.resolve("site");
        copyTree(Path.of("site"), site);
        Map<String, String> published = withoutManifest(contents(site));
        Random random = new Random(6122026L);
        for (int kill = 1; kill <= REAL_BUILD_KILLS; kill++) {
            int delay = 300 + random.nextInt(REAL_BUILD_MAX_DELAY_MS);
            String when = "build killed after " + delay + " ms";
            Process child = ChildJvm.start(it.policydoc.cli.Main.class, List.of("build", "--force", "--out",
                    site.toString(), policies.toString()), Map.of(), tmp.resolve("build.log"));
            Thread.sleep(delay);
            child.destroyForcibly();
            assertTrue(child.waitFor(WAIT_SECONDS, TimeUnit.SECONDS), when + ": the child did not die");
            Path shown = Files.exists(site) ? site : leftovers(parent).stream()
                    .filter(p -> p.getFileName().toString().startsWith(".site.old-")).findFirst()
                    .orElseThrow(() -> new AssertionError(when + ": no site and nothing to restore"));
            assertEquals(published, withoutManifest(contents(shown)), when);
            new StagedPublisher().recover(site);
            assertEquals(published, withoutManifest(contents(site)), when + ", recovered");
            assertEquals(List.of(), leftovers(parent), when + ": recovery leaves nothing beside the site");
        }
    }

    /** What a build records for the next one, not part of the committed site. */
    private static Map<String, String> withoutManifest(Map<String, String> files) {
        Map<String, String> site = new TreeMap<>(files);
        site.remove(BuildManifest.FILE);
        return site;
    }

    private static void waitFor(Path ready, Process child) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!Files.exists(ready)) {
            if (!child.isAlive() || System.nanoTime() > deadline) {
                fail("the child JVM did not start (exit " + (child.isAlive() ? "none" : child.exitValue()) + ")");
            }
            Thread.sleep(10);
        }
    }

    private static void assertOneOf(Map<String, String> actual, Map<String, String> a, Map<String, String> b,
            String when) {
        assertTrue(actual.equals(a) || actual.equals(b), when + ": the site is neither of the two published, but "
                + actual.size() + " files");
    }

    /** Everything beside the site but the child's signal file. */
    private static List<Path> leftovers(Path parent) throws IOException {
        try (Stream<Path> children = Files.list(parent)) {
            return children.filter(p -> !p.getFileName().toString().equals("site")).sorted().toList();
        }
    }

    /** A site of many small files in a few folders, so that writing it takes a while. */
    private static Path site(Path root, String version, int files) throws IOException {
        for (int i = 0; i < files; i++) {
            Path file = root.resolve("comune-" + (i % 12)).resolve("pagina-" + i + ".html");
            Files.createDirectories(file.getParent());
            char[] body = new char[2048 + i];
            Arrays.fill(body, version.charAt(0));
            Files.writeString(file, version + " " + i + " " + new String(body), StandardCharsets.UTF_8);
        }
        return root;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted().toList()) {
                Path dest = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(file, dest);
                }
            }
        }
    }

    /** Every file's content by its path, without the marker that every site of policydoc has. */
    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(p).toString();
                if (!name.equals(StagedPublisher.MARKER)) {
                    files.put(name, new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
                }
            }
        }
        return files;
    }
}

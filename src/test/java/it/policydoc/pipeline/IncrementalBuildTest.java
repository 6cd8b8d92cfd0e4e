package it.policydoc.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.site.BuildManifest;
import it.policydoc.util.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds render what changed, keep the rest, remove what is gone, and give the same bytes on any number of threads. */
class IncrementalBuildTest {

    private static PolicyBuild build;

    @TempDir
    Path tmp;

    private Path policies;
    private Path out;

    @BeforeAll
    static void shared() {
        build = new PolicyBuild(2);
    }

    @BeforeEach
    void copyBundledPolicies() throws IOException {
        policies = tmp.resolve("policies");
        out = tmp.resolve("site");
        Folders.copy(Path.of("policies"), policies);
    }

    private PolicyBuild.Outcome run() throws IOException {
        PolicyBuild.Outcome outcome = build.build(List.of(policies), out);
        assertFalse(outcome.hasErrors(), outcome.diagnostics()::toString);
        return outcome;
    }

    private Map<String, byte[]> contents(Path site) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = site.relativize(p).toString();
                if (!name.equals(BuildManifest.FILE)) {
                    files.put(name, Files.readAllBytes(p));
                }
            }
        }
        return files;
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = policies.resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), from);
        Files.writeString(path, text.replace(from, to));
    }

    @Test
    void aSecondBuildWithoutChangesWritesNothing() throws IOException {
        assertEquals(2, run().rendered());
        Map<String, byte[]> first = contents(out);
        Object key = Files.readAttributes(out.resolve("index.html"), "unix:ino").get("ino");
        PolicyBuild.Outcome second = run();
        assertEquals(0, second.rendered());
        assertEquals(2, second.policies());
        assertEquals(key, Files.readAttributes(out.resolve("index.html"), "unix:ino").get("ino"), "the site was not replaced");
        assertSameFiles(first, contents(out));
    }

    @Test
    void onlyTheChangedComuneIsRendered() throws IOException {
        run();
        Map<String, byte[]> before = contents(out);
        edit("coccaglio/social-media-policy.yaml", "titolo_breve: Linee guida per i profili social",
                "titolo_breve: Linee guida sui profili social");
        PolicyBuild.Outcome outcome = run();
        assertEquals(1, outcome.rendered());
        Map<String, byte[]> after = contents(out);
        assertArrayEquals(before.get("porto-sant-elpidio/social-media-policy/deliberazione.pdf"),
                after.get("porto-sant-elpidio/social-media-policy/deliberazione.pdf"));
        assertFalse(java.util.Arrays.equals(before.get("coccaglio/social-media-policy/deliberazione.pdf"),
                after.get("coccaglio/social-media-policy/deliberazione.pdf")));
    }

    @Test
    void theSameSiteComesOutOfAFullAndAnIncrementalBuild(@TempDir Path fresh) throws IOException {
        run();
        edit("porto-sant-elpidio/comune.yaml", "provincia: Fermo", "provincia: Fermo ");
        run();
        assertEquals(2, new PolicyBuild(1).build(List.of(policies), fresh).rendered(), "one thread, from scratch");
        assertSameFiles(contents(fresh), contents(out));
    }

    @Test
    void anEditThatKeepsTheSizeAndTheModificationTimeOfASettledFileIsRendered() throws Exception {
        // Inputs older than the racy margin when the build starts: the next build trusts what it recorded of them.
        Thread.sleep(FileHashes.MARGIN.toMillis() + 500);
        run();
        Path file = policies.resolve("coccaglio/social-media-policy.yaml");
        FileTime modified = Files.getLastModifiedTime(file);
        long size = Files.size(file);
        edit("coccaglio/social-media-policy.yaml", "Linee guida per i profili social", "Linee guida per i profili sociaL");
        Files.setLastModifiedTime(file, modified);
        assertEquals(size, Files.size(file));
        assertEquals(1, run().rendered());
        assertEquals(0, run().rendered());
    }

    @Test
    void aRemovedComuneDisappearsFromTheSite() throws IOException {
        run();
        deleteTree(policies.resolve("coccaglio"));
        PolicyBuild.Outcome outcome = run();
        assertEquals(0, outcome.rendered());
        assertEquals(List.of("coccaglio/social-media-policy"), outcome.removed(), "the build says what it removed");
        assertFalse(Files.exists(out.resolve("coccaglio")));
        assertFalse(Files.readString(out.resolve("index.html")).contains("Coccaglio"));
    }

    @Test
    void aBuildThatRemovesNothingSaysSo() throws IOException {
        assertEquals(List.of(), run().removed());
        assertEquals(List.of(), run().removed());
    }

    @Test
    void aChangedBasePolicyRendersTheComuniAgain() throws IOException {
        run();
        Files.createDirectories(policies.resolve("_base"));
        Files.writeString(policies.resolve("_base/social.yaml"), "titolo: T\nstato: bozza\ncontenuto: [Testo.]\n");
        assertEquals(2, run().rendered(), "shared material can change any comune");
    }

    @Test
    void forceRendersEverything() throws IOException {
        run();
        assertEquals(2, build.build(List.of(policies), out, new PolicyBuild.Options(true, BuildProgress.SILENT))
                .rendered());
    }

    @Test
    void aBrokenComuneKeepsThePreviousSite() throws IOException {
        run();
        Map<String, byte[]> before = contents(out);
        edit("coccaglio/social-media-policy.yaml", "stato: bozza", "stato: forse");
        PolicyBuild.Outcome outcome = build.build(List.of(policies), out);
        assertTrue(outcome.hasErrors());
        assertSameFiles(before, contents(out));
    }

    @Test
    void progressIsToldOfEveryComune() throws IOException {
        List<String> told = new ArrayList<>();
        BuildProgress recorder = new BuildProgress() {
            @Override
            public synchronized void start(int comuni) {
                told.add("start " + comuni);
            }

            @Override
            public synchronized void done(String comune, long nanos) {
                told.add(comune);
            }

            @Override
            public synchronized void finish() {
                told.add("finish");
            }
        };
        build.build(List.of(policies), out, new PolicyBuild.Options(false, recorder));
        assertEquals("start 2", told.get(0));
        assertEquals(List.of("coccaglio", "porto-sant-elpidio"), told.subList(1, 3).stream().sorted().toList());
        assertEquals("finish", told.get(3));
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

package it.policydoc.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.site.BuildManifest;
import it.policydoc.site.HandbookCache;
import it.policydoc.util.Folders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build after an edit keeps the outputs made from unchanged sources (PDFs, office annexes,
 * handbook conversions) and still gives exactly the bytes of a forced build, which keeps
 * nothing: after each kind of edit a clerk makes, in one sequence, with a handbook chapter that
 * refers to the policy.
 */
class PerOutputReuseTest {

    private static final String POLICY = "coccaglio/social-media-policy.yaml";
    private static final String CHAPTER = """
            = Come usare i profili del Comune

            Chi amministra i profili è indicato dal policy:amministratori[]; i compiti sono nel
            policy:gestione.6[comma sulle pubblicazioni, con una virgola].
            """;

    @TempDir
    Path tmp;

    private Path policies;
    private Path templates;
    private Path out;
    private int forced;

    @BeforeEach
    void copyBundledPolicies() throws IOException {
        policies = tmp.resolve("policies");
        templates = Files.createDirectories(tmp.resolve("templates"));
        out = tmp.resolve("site");
        Folders.copy(Path.of("policies"), policies);
        Files.createDirectories(policies.resolve("coccaglio/handbook"));
        Files.writeString(policies.resolve("coccaglio/handbook/01-profili.adoc"), CHAPTER, StandardCharsets.UTF_8);
    }

    @Test
    void everyKindOfEditGivesTheBytesOfAForcedBuild() throws IOException {
        PolicyBuild build = new PolicyBuild(2, Optional.of(templates));
        build(build);

        edit(POLICY, "disciplinano la gestione ed il", "disciplinano la gestione, ed il");
        PolicyBuild publicEdit = new PolicyBuild(2, Optional.of(templates));
        Map<String, Object> before = inodes();
        build(publicEdit);
        assertFalse(publicEdit.asciidoctorStarted(), "a comma in a public unit needs no Asciidoctor");
        Map<String, Object> after = inodes();
        String folder = "coccaglio/social-media-policy/";
        assertEquals(before.get(folder + "manuale.pdf"), after.get(folder + "manuale.pdf"), "the handbook is kept");
        assertNotEquals(before.get(folder + "deliberazione.pdf"), after.get(folder + "deliberazione.pdf"));
        assertSameAsForced();

        edit(POLICY, "Sindaco pro-tempore in qualità", "Sindaco pro-tempore, in qualità");
        PolicyBuild staffEdit = new PolicyBuild(2, Optional.of(templates));
        before = inodes();
        build(staffEdit);
        assertFalse(staffEdit.asciidoctorStarted(), "a comma in a staff unit needs no Asciidoctor either");
        assertNotEquals(before.get(folder + "manuale.pdf"), inodes().get(folder + "manuale.pdf"));
        assertSameAsForced();

        // A new first comma renumbers those the chapter refers to: its conversion cannot be reused.
        edit(POLICY, "    destinatari: personale\n    commi:\n", "    destinatari: personale\n    commi:\n"
                + "      - Il presente articolo vale per ogni profilo.\n");
        edit(POLICY, "art.4 comma 3", "art.4 comma 4");
        build(build);
        assertSameAsForced();

        edit("coccaglio/handbook/01-profili.adoc", "Chi amministra", "Chi, di fatto, amministra");
        build(build);
        assertSameAsForced();

        edit("porto-sant-elpidio/comune.yaml", "provincia: Fermo", "provincia: Fermo ");
        build(build);
        assertSameAsForced();

        Files.createDirectories(templates.resolve("handbook"));
        Files.writeString(templates.resolve("handbook/manuale.adoc.ftl"),
                read(Path.of("templates/handbook/manuale.adoc.ftl")).replace("Perché questo manuale", "Perché leggere"),
                StandardCharsets.UTF_8);
        build(build);
        assertSameAsForced();
    }

    @Test
    void anApprovedVersionIsRenderedOnce() throws IOException {
        PolicyBuild build = new PolicyBuild(2);
        Path file = policies.resolve("porto-sant-elpidio/social-media-policy.yaml");
        String old = "porto-sant-elpidio/social-media-policy/versioni/2022-12-15/deliberazione.pdf";
        build(build);
        Object first = inodes().get(old);
        assertTrue(new Amendment(build).start(file).started());
        edit("porto-sant-elpidio/social-media-policy.yaml", "rende necessario", "rende ormai necessario");
        build(build);
        assertTrue(new Approval(build).approve(new Approval.Request(file, "12", LocalDate.of(2023, 3, 1),
                Optional.empty())).version().isPresent());
        build(build);
        assertEquals(first, inodes().get(old), "the PDF of the first version is the one made the first time");
        assertSameAsForced();
    }

    @Test
    void damagedCacheEntriesAreIgnored() throws IOException {
        build(new PolicyBuild(2));
        List<Path> entries = BuildManifest.read(out).orElseThrow().comuni().get("coccaglio").skeletons().stream()
                .map(name -> out.resolve(HandbookCache.FOLDER).resolve(name)).toList();
        assertEquals(2, entries.size(), "one conversion for the web page, one for the PDF");
        byte[] first = Files.readAllBytes(entries.get(0));
        Files.write(entries.get(0), java.util.Arrays.copyOf(first, first.length / 2));
        String second = read(entries.get(1));
        Files.writeString(entries.get(1), second.replace("pd-passthrough", "pd-Passthrough"));
        Files.writeString(out.resolve(HandbookCache.FOLDER).resolve("garbage.json"), "garbage\n{\"body\":\"<script>\"}");
        edit(POLICY, "disciplinano la gestione ed il", "disciplinano la gestione, ed il");
        PolicyBuild afterDamage = new PolicyBuild(2);
        build(afterDamage);
        assertTrue(afterDamage.asciidoctorStarted(), "what could not be trusted was converted again");
        assertSameAsForced();
    }

    private void build(PolicyBuild build) throws IOException {
        PolicyBuild.Outcome outcome = build.build(List.of(policies), out);
        assertFalse(outcome.hasErrors(), outcome.diagnostics()::toString);
    }

    /** The site equals a forced build's, and so does the cache: the entries used, no others. */
    private void assertSameAsForced() throws IOException {
        Path fresh = tmp.resolve("forced-" + forced++);
        PolicyBuild.Outcome outcome = new PolicyBuild(2, Optional.of(templates)).build(List.of(policies), fresh,
                new PolicyBuild.Options(true, BuildProgress.SILENT));
        assertFalse(outcome.hasErrors(), outcome.diagnostics()::toString);
        assertSameFiles(contents(fresh, false), contents(out, false));
        assertSameFiles(contents(fresh.resolve(HandbookCache.FOLDER), true),
                contents(out.resolve(HandbookCache.FOLDER), true));
        Set<String> named = new TreeSet<>();
        BuildManifest.read(out).orElseThrow().comuni().values().forEach(c -> named.addAll(c.skeletons()));
        assertEquals(named, contents(out.resolve(HandbookCache.FOLDER), true).keySet());
    }

    private static Map<String, byte[]> contents(Path site, boolean cache) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = site.relativize(p).toString();
                if (cache || !name.equals(BuildManifest.FILE) && !name.startsWith(HandbookCache.FOLDER + "/")) {
                    files.put(name, Files.readAllBytes(p));
                }
            }
        }
        return files;
    }

    private Map<String, Object> inodes() throws IOException {
        Map<String, Object> inodes = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                inodes.put(out.relativize(p).toString(), Files.readAttributes(p, "unix:ino").get("ino"));
            }
        }
        return inodes;
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = policies.resolve(file);
        String text = read(path);
        assertTrue(text.contains(from), from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}

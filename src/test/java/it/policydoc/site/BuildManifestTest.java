package it.policydoc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.render.view.IndexEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest reads back as written; its summary alone tells a build with nothing to do; a damaged one reads as none. */
class BuildManifestTest {

    @TempDir
    Path site;

    private final BuildManifest manifest = new BuildManifest("tool", new BuildManifest.Inputs(
            Instant.parse("2026-01-02T03:04:05.123456789Z"), Map.of("/p/a%20b.yaml",
                    new BuildManifest.InputFile(12, 34, 56, "1:2", "abc"))),
            Map.of("b", comune("b"), "a", comune("a")));

    private static BuildManifest.Comune comune(String slug) {
        return new BuildManifest.Comune("in-" + slug, new IndexEntry("Comune di " + slug, "Provincia",
                List.of(new IndexEntry.PolicyLink(slug + "/p/index.html", "P\t\"q\"\n", "In vigore", null))),
                List.of(slug + "/p/index.html", slug + "/p/deliberazione.pdf"),
                Map.of(slug + "/p/deliberazione.pdf", "fp"), List.of("k.json"));
    }

    @Test
    void readsBackAsWritten() throws IOException {
        write(manifest, site);
        assertEquals(manifest, BuildManifest.read(site).orElseThrow());
    }

    @Test
    void theSummaryHoldsWhatCarryingOverNeeds() throws IOException {
        write(manifest, site);
        BuildManifest.Summary summary = BuildManifest.summary(site).orElseThrow();
        assertEquals("tool", summary.tool());
        assertEquals(manifest.inputs(), summary.inputs());
        assertEquals(new BuildManifest.Kept("in-a", 1, List.of("a/p/index.html", "a/p/deliberazione.pdf")),
                summary.comuni().get("a"));
        assertEquals(2, summary.comuni().size());
    }

    @Test
    void eachComunesDetailsAreReadWhenAskedAndOnlyIfStillThere() throws IOException {
        write(manifest, site);
        BuildManifest.Details details = BuildManifest.details(site).orElseThrow();
        assertTrue(details.has("a"));
        assertEquals(Optional.of(comune("a")), details.of("a"));
        assertEquals(Optional.empty(), details.of("c"));
        // The lines of "a" and "b" are as long as each other: swapped, each offset finds the other's line.
        Path file = site.resolve(BuildManifest.FILE);
        List<String> lines = Files.readAllLines(file);
        int a = lines.size() - 2;
        Files.write(file, List.of(lines.get(0), lines.get(1), lines.get(2), lines.get(3), lines.get(a + 1),
                lines.get(a)));
        assertEquals(Optional.empty(), details.of("a"), "a line that is no longer the comune's is not taken for it");
    }

    @Test
    void theWriterGivesBackEntriesInTheBuildsOrderAndEachComunesFiles() throws IOException {
        try (BuildManifest.Writer writer = new BuildManifest.Writer(site, List.of("b", "c", "a"))) {
            writer.add(2, comune("a"));
            writer.add(0, comune("b"));
            assertEquals(List.of(comune("b").entry(), comune("a").entry()), writer.entries(), "c was not published");
            assertEquals(comune("a").files(), writer.files(2));
        }
    }

    @Test
    void theSameManifestGivesTheSameBytes(@TempDir Path other) throws IOException {
        write(manifest, site);
        write(new BuildManifest(manifest.tool(), manifest.inputs(), Map.of("a", comune("a"), "b", comune("b"))), other);
        assertEquals(Files.readString(site.resolve(BuildManifest.FILE)), Files.readString(other.resolve(BuildManifest.FILE)));
    }

    @Test
    void aDamagedOrOlderManifestReadsAsNone() throws IOException {
        write(manifest, site);
        Path file = site.resolve(BuildManifest.FILE);
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.length() / 2));
        assertTrue(BuildManifest.read(site).isEmpty(), "cut short");
        Files.writeString(file, "{\n  \"tool\" : \"tool\",\n  \"comuni\" : { }\n}\n");
        assertTrue(BuildManifest.summary(site).isEmpty(), "the format of earlier versions");
        Files.writeString(file, "");
        assertTrue(BuildManifest.summary(site).isEmpty(), "empty");
    }

    /** As a build writes it: the input files, comune by comune, then the rest. */
    private static void write(BuildManifest manifest, Path site) throws IOException {
        List<String> slugs = List.copyOf(manifest.comuni().keySet());
        try (BuildManifest.Writer writer = new BuildManifest.Writer(site, slugs)) {
            writer.inputs(manifest.inputs());
            for (int i = 0; i < slugs.size(); i++) {
                writer.add(i, manifest.comuni().get(slugs.get(i)));
            }
            writer.finish(manifest.tool());
        }
    }
}

package it.policydoc.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.site.BuildManifest;
import it.policydoc.site.HandbookCache;
import it.policydoc.util.Folders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Comuni that adopt the same text share its handbook's conversion: their handbook skeletons are
 * the same (the comune's name is held out of it, like the policy's units), the first comune's
 * conversion serves the others in the same build, and each handbook still names its own comune.
 */
class SharedSkeletonTest {

    @TempDir
    Path tmp;

    @Test
    void twoComuniWithTheSameTextShareOneConversion() throws IOException {
        Path policies = tmp.resolve("policies");
        Folders.copy(Path.of("policies/coccaglio"), policies.resolve("coccaglio"));
        Folders.copy(Path.of("policies/coccaglio"), policies.resolve("rovato"));
        Path comune = policies.resolve("rovato/comune.yaml");
        String yaml = Files.readString(comune, StandardCharsets.UTF_8);
        assertTrue(yaml.contains("nome: Coccaglio"), yaml);
        Files.writeString(comune, yaml.replace("nome: Coccaglio", "nome: Rovato")
                .replace("codice_istat: \"017058\"", "codice_istat: \"017163\""), StandardCharsets.UTF_8);

        Path out = tmp.resolve("site");
        PolicyBuild.Outcome outcome = new PolicyBuild(2).build(List.of(policies), out);
        assertFalse(outcome.hasErrors(), outcome.diagnostics()::toString);

        BuildManifest manifest = BuildManifest.read(out).orElseThrow();
        List<String> coccaglio = manifest.comuni().get("coccaglio").skeletons();
        assertEquals(2, coccaglio.size(), "one skeleton for the web page, one for the PDF");
        assertEquals(coccaglio, manifest.comuni().get("rovato").skeletons());
        try (Stream<Path> entries = Files.list(out.resolve(HandbookCache.FOLDER))) {
            assertEquals(Set.copyOf(coccaglio), Set.copyOf(entries.map(p -> p.getFileName().toString()).toList()));
        }

        String rovato = Jsoup.parse(out.resolve("rovato/social-media-policy/manuale/index.html").toFile())
                .select("main").text();
        // The policy's own words name Coccaglio; the handbook's words name the comune it is for.
        assertTrue(rovato.contains("» del Comune di Rovato vale anche per chi lavora"), rovato);
        assertTrue(rovato.contains("» del Comune di Rovato e si impegna"), rovato);
        assertFalse(rovato.contains("» del Comune di Coccaglio"), rovato);
    }
}

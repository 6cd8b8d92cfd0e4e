package it.policydoc.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.policydoc.model.Unit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five whole regulations of the shared corpus (read from ../shared, never copied), in each
 * of their formats: imported, checked with no errors beside the typed references that name
 * nothing, their structure compared with the hand counts of expected.json, and the in-order word
 * recall of the page measured against the text. Figures go to target/import-figures.tsv.
 */
class ImportCorpusTest {

    static final Path CORPUS = Path.of("../shared/corpus/regolamenti");
    private static final Path FIGURES = Path.of("target/import-figures.tsv");
    private static final List<String> TEXTS = List.of("sangiuseppejato-bilancio-partecipativo", "palermo-urp",
            "cmnapoli-difensore-civico", "cmnapoli-accesso", "piovedisacco-sistema-informatico");
    private static final List<String> FORMATS = List.of("txt", "docx", "odt", "pdf");
    /** The corpus asks ≥ 0.98 of the words in order. */
    private static final double MIN_RECALL = 0.98;

    @TempDir
    Path temp;

    static Stream<Arguments> files() {
        return TEXTS.stream().flatMap(t -> FORMATS.stream().map(f -> Arguments.of(t, f)));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("files")
    void importsWholeRegulation(String text, String format) throws Exception {
        List<String> lines = Files.readAllLines(CORPUS.resolve(text + ".txt"), StandardCharsets.UTF_8);
        // Line 1 of a corpus .txt names where it comes from; it is not part of the text.
        String body = String.join("\n", lines.subList(1, lines.size()));
        Path source = CORPUS.resolve(text + "." + format);
        if (format.equals("txt")) {
            source = temp.resolve(text + ".txt");
            Files.writeString(source, body, StandardCharsets.UTF_8);
        }
        ImportRun run = ImportRun.of(source, temp.resolve("comune"));
        JsonNode expected = new ObjectMapper().readTree(CORPUS.resolve(text + ".expected.json").toFile());

        double recall = WordRecall.inOrder(WordRecall.sourceWords(body), WordRecall.words(run.pageText()));
        String figures = String.join("\t", text, format,
                "articles " + run.count(Unit.Kind.ARTICLE) + "/" + expected.get("articles").asInt(),
                "commi " + commi(run) + "/" + expected.get("commi").asInt(),
                "points " + run.markedPoints() + "/" + expected.get("points").asInt(),
                "sections " + run.count(Unit.Kind.SECTION) + "/" + expected.get("sections").asInt(),
                "bullets " + run.bullets() + "/" + expected.path("bullet_points").asInt(),
                String.format(Locale.ROOT, "recall %.4f", recall),
                "errors " + run.errors().size(), "unresolved " + run.outcome.unresolved().size(),
                "dropped " + run.outcome.dropped().size());
        Files.createDirectories(FIGURES.getParent());
        Files.writeString(FIGURES, figures + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);

        assertEquals(List.of(), run.errorsBesideUnresolvedReferences(), figures);
        assertEquals(expected.get("articles").asInt(), run.count(Unit.Kind.ARTICLE), figures);
        assertEquals(expected.get("sections").asInt(), run.count(Unit.Kind.SECTION), figures);
        assertEquals(expected.get("commi").asInt(), commi(run), figures);
        assertEquals(expected.get("points").asInt(), run.markedPoints(), figures);
        assertTrue(recall >= MIN_RECALL, () -> figures + "\nmissing: "
                + WordRecall.missing(WordRecall.sourceWords(body), WordRecall.words(run.pageText())));
    }

    /** Commi the source numbers: those of articles that print their numbers. */
    private static long commi(ImportRun run) {
        return run.policy.content().stream().mapToLong(ImportCorpusTest::numbered).sum();
    }

    private static long numbered(it.policydoc.model.Block block) {
        if (block instanceof it.policydoc.model.Section s) {
            return s.content().stream().mapToLong(ImportCorpusTest::numbered).sum();
        }
        if (block instanceof it.policydoc.model.Article a && a.numberedCommi()) {
            return a.commi().size();
        }
        return 0;
    }
}

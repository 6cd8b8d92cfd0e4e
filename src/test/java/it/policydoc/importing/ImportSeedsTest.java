package it.policydoc.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.load.LoadResult;
import it.policydoc.load.PolicyLoader;
import it.policydoc.model.Article;
import it.policydoc.model.Block;
import it.policydoc.model.Outline;
import it.policydoc.model.Policy;
import it.policydoc.model.Section;
import it.policydoc.model.Unit;
import it.policydoc.render.LegislationJsonLd;
import it.policydoc.render.PolicyViewBuilder;
import it.policydoc.render.Templates;
import it.policydoc.render.WebPageRenderer;
import it.policydoc.text.InlineMarkdown;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The two seeds, from their .txt and from DOCX, ODT and PDF versions made by {@link SeedFiles}
 * (running header, page numbers, index): the import checks with no errors, has the articles,
 * commi and points of the bundled policy, and its page keeps ≥ 0.99 of the seed's words in order
 * and adds no word the bundled policy's page does not add too.
 */
class ImportSeedsTest {

    private static final Path SEEDS = Path.of("../shared/seeds");
    private static final InlineMarkdown MARKDOWN = new InlineMarkdown();
    private static final WebPageRenderer PAGES = new WebPageRenderer(new Templates(), new PolicyViewBuilder(MARKDOWN),
            new LegislationJsonLd(MARKDOWN));

    @TempDir
    Path temp;

    static Stream<Arguments> seeds() {
        return Stream.of("porto-sant-elpidio:000_02959fa614e5553e", "coccaglio:004_d6551030b09a8c93").flatMap(
                s -> Stream.of("txt", "docx", "odt", "pdf").map(f -> Arguments.of(s.split(":")[0], s.split(":")[1], f)));
    }

    @ParameterizedTest(name = "{0}.{2}")
    @MethodSource("seeds")
    void seedComesInAsTheBundledPolicy(String comune, String seed, String format) throws Exception {
        Path txt = SEEDS.resolve(seed + ".txt");
        List<String> seedLines = Files.readAllLines(txt, StandardCharsets.UTF_8);
        Policy bundled = bundled(comune);
        List<String> index = titles(bundled.content());
        String header = "Comune di " + bundled.comune().name() + " – " + bundled.metadata().title().markdown();
        Path source = switch (format) {
            case "docx" -> SeedFiles.docx(seedLines, index, header, temp.resolve("seed.docx"));
            case "odt" -> SeedFiles.odt(seedLines, index, header, temp.resolve("seed.odt"));
            case "pdf" -> SeedFiles.pdf(seedLines, index, header, temp.resolve("seed.pdf"));
            default -> txt;
        };
        ImportRun run = ImportRun.of(source, temp.resolve("comune"),
                Files.readString(Path.of("policies", comune, "comune.yaml"), StandardCharsets.UTF_8));

        String seedText = String.join("\n", seedLines);
        List<String> pageWords = WordRecall.words(run.pageText());
        double recall = WordRecall.inOrder(WordRecall.sourceWords(seedText), pageWords);
        Set<String> added = WordRecall.added(WordRecall.words(seedText), pageWords);
        added.removeAll(WordRecall.added(WordRecall.words(seedText), WordRecall.words(page(bundled))));
        String figures = String.format(Locale.ROOT, "%s.%s: recall %.4f, articles %d, commi %d, points %d", comune,
                format, recall, run.count(Unit.Kind.ARTICLE), run.count(Unit.Kind.COMMA), run.count(Unit.Kind.POINT));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/import-seed-figures.txt"), figures + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);

        assertEquals(List.of(), run.errors(), figures);
        assertEquals(count(bundled, Unit.Kind.ARTICLE), run.count(Unit.Kind.ARTICLE), figures);
        assertEquals(count(bundled, Unit.Kind.COMMA), run.count(Unit.Kind.COMMA), figures);
        assertEquals(count(bundled, Unit.Kind.POINT), run.count(Unit.Kind.POINT), figures);
        assertTrue(recall >= 0.99, () -> figures + " missing " + WordRecall.missing(WordRecall.sourceWords(seedText), pageWords));
        assertEquals(Set.of(), added, figures);
    }

    private static Policy bundled(String comune) {
        LoadResult loaded = new PolicyLoader().load(List.of(Path.of("policies", comune)));
        return loaded.policies().get(0);
    }

    private static long count(Policy policy, Unit.Kind kind) {
        return Outline.of(policy).units().stream().filter(u -> u.kind() == kind).count();
    }

    private static String page(Policy policy) {
        return Jsoup.parse(PAGES.page(policy, "../..", List.of())).body().text();
    }

    /** Section and article titles, as an index of the text would list them. */
    private static List<String> titles(List<Block> blocks) {
        List<String> titles = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Section s) {
                titles.add(s.title().markdown());
                titles.addAll(titles(s.content()));
            } else if (b instanceof Article a) {
                titles.add("Articolo " + a.number() + " " + a.title().markdown());
            }
        }
        return titles;
    }
}

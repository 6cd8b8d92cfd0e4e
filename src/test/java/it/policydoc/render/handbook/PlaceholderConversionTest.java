package it.policydoc.render.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.model.Policy;
import it.policydoc.render.Templates;
import it.policydoc.testing.SamplePolicy;
import it.policydoc.text.InlineMarkdown;
import it.policydoc.text.PolicyLinks;
import it.policydoc.text.ReferenceLabels;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Converting a handbook's skeleton and putting the passthrough HTML back in place of the
 * placeholders gives exactly what converting the whole document gives, whatever the HTML holds
 * (white space Asciidoctor trims, lines it would read as its own markup), and a kept conversion
 * is reused only while its references resolve the same.
 */
class PlaceholderConversionTest {

    private static final String TEMPLATE = """
            [#_uno]
            == Primo capitolo

            Prima del blocco: policy:esistente[] e policy:inesistente[parole].

            Il ${text(name)} vale ${text(name)}2 volte, «${text(name)}» e ${text("")}.

            <@passthrough>${html?no_esc}</@passthrough>

            ${chapter?no_esc}

            <@passthrough><p>fine</p></@passthrough>
            """;

    private static final String[] HOSTILE = {
        "<p>uno  </p>   \n\t<p>due</p>\r\n  \n\n<p>tre\u000b\f</p>\t",
        "<p>a</p>\n++++\n<p>b</p>",
        "<p>a</p>\ninclude::/etc/passwd[]\nifdef::x[]\n//commento\n////\n:attr: valore\n{doctitle}",
        "pass:[<b>x</b>] +++y+++ <<ancora>> policy:esistente[]",
        "<p>\u0000</p>\n\u0000\n<p>nul\u0000</p>",
        "",
    };

    /** Values that Asciidoctor would read as markup, were they not escaped. */
    private static final String[] NAMES = {
        "Comune di Sant'Elpidio",
        "a]b\\c|d+e +\nf ++++ pass:[<b>x</b>] {doctitle} *g* _h_ `i` -- ... (C) <<j>> policy:esistente[]",
        "pd-passthrough-0- 7",
    };

    @TempDir
    static Path templates;

    private static Templates engine;
    private static AsciiDocConverter converter;
    private static PolicyLinks links;

    @BeforeAll
    static void setUp() throws IOException {
        Files.writeString(templates.resolve("prova.adoc.ftl"), TEMPLATE, StandardCharsets.UTF_8);
        engine = new Templates(Optional.of(templates));
        converter = new AsciiDocConverter();
        Policy policy = SamplePolicy.approved();
        links = new PolicyLinks(policy, new ReferenceLabels(new InlineMarkdown()), "../index.html");
    }

    private static HandbookSource source(String html, String chapter) {
        return source(html, chapter, NAMES[0]);
    }

    private static HandbookSource source(String html, String chapter, String name) {
        return HandbookSource.render(engine, "prova.adoc.ftl", Map.of("html", html, "chapter", chapter, "name", name));
    }

    @Test
    void fillingTheSkeletonGivesTheConversionOfTheWholeDocument() {
        for (String html : HOSTILE) {
            for (AsciiDocConverter.Backend backend : AsciiDocConverter.Backend.values()) {
                assertFilledAsWhole(source(html, "Un capitolo."), backend);
            }
        }
    }

    @Test
    void valuesInRunningTextAreFilledAsTheyWouldBeConverted() {
        for (String name : NAMES) {
            for (AsciiDocConverter.Backend backend : AsciiDocConverter.Backend.values()) {
                assertFilledAsWhole(source("<p>x</p>", "Un capitolo.", name), backend);
            }
        }
    }

    @Test
    void comuniWithTheSameTextShareOneSkeleton() {
        HandbookSource one = source("<p>x</p>", "Un capitolo.", NAMES[0]);
        HandbookSource other = source("<p>x</p>", "Un capitolo.", NAMES[1]);
        assertEquals(one.skeleton(), other.skeleton());
        assertFalse(one.skeleton().contains("Elpidio"), one::skeleton);
        Map<String, ConvertedSkeleton> kept = new HashMap<>();
        converter.convert(one, AsciiDocConverter.Backend.HTML, links, LocalDate.EPOCH, store(kept));
        assertEquals(1, kept.size());
        // Marked, so that a conversion made again for the other comune would show.
        kept.replaceAll((key, skeleton) -> new ConvertedSkeleton(skeleton.body().replace("</p>", "SEGNO</p>"),
                skeleton.chapters(), skeleton.links()));
        AsciiDocConverter.Converted filled = converter.convert(other, AsciiDocConverter.Backend.HTML, links,
                LocalDate.EPOCH, store(kept));
        assertTrue(filled.body().contains("SEGNO"), "the other comune's handbook reused the conversion");
    }

    private static void assertFilledAsWhole(HandbookSource source, AsciiDocConverter.Backend backend) {
        AsciiDocConverter.Converted filled = converter.convert(source, backend, links, LocalDate.EPOCH,
                SkeletonStore.NONE);
        AsciiDocConverter.Converted whole = converter.convert(source.document(), backend, links, LocalDate.EPOCH);
        assertEquals(whole, filled, source::document);
    }

    @Test
    void aChapterThatHidesAPlaceholderFallsBackToTheWholeDocument() {
        // An open comment block swallows everything after it, the last block's placeholder included.
        HandbookSource source = source("<p>x</p>", "////\nnascosto");
        assertTrue(source.fill(source.skeleton()).isPresent());
        Map<String, ConvertedSkeleton> kept = new HashMap<>();
        AsciiDocConverter.Converted filled = converter.convert(source, AsciiDocConverter.Backend.HTML, links,
                LocalDate.EPOCH, store(kept));
        assertEquals(converter.convert(source.document(), AsciiDocConverter.Backend.HTML, links, LocalDate.EPOCH),
                filled);
        assertTrue(kept.isEmpty(), "a skeleton that cannot be filled is not kept");
    }

    @Test
    void aKeptSkeletonServesAnotherTextOfTheUnits() {
        Map<String, ConvertedSkeleton> kept = new HashMap<>();
        converter.convert(source("<p>prima</p>", "Capitolo."), AsciiDocConverter.Backend.HTML, links, LocalDate.EPOCH,
                store(kept));
        assertEquals(1, kept.size());
        ConvertedSkeleton skeleton = kept.values().iterator().next();
        assertTrue(skeleton.links().stream().anyMatch(l -> l.target().equals("inesistente") && !l.found()),
                skeleton.links()::toString);

        HandbookSource edited = source("<p>dopo, con una virgola</p>", "Capitolo.");
        AsciiDocConverter.Converted reused = converter.convert(edited, AsciiDocConverter.Backend.HTML, links,
                LocalDate.EPOCH, store(kept));
        assertTrue(reused.body().contains("dopo, con una virgola"), reused.body());
        assertEquals(converter.convert(edited.document(), AsciiDocConverter.Backend.HTML, links, LocalDate.EPOCH),
                reused);
    }

    @Test
    void aKeptSkeletonWhoseReferencesMovedIsConvertedAgain() {
        Map<String, ConvertedSkeleton> kept = new HashMap<>();
        HandbookSource source = source("<p>x</p>", "Capitolo.");
        converter.convert(source, AsciiDocConverter.Backend.HTML, links, LocalDate.EPOCH, store(kept));
        String key = kept.keySet().iterator().next();
        ConvertedSkeleton stale = kept.get(key);
        // As if an earlier build had found the reference elsewhere, and said so in its body.
        ConvertedSkeleton moved = new ConvertedSkeleton(stale.body().replace("</p>", "VECCHIO</p>"), stale.chapters(),
                stale.links().stream().map(l -> new ConvertedSkeleton.Link(l.target(), true, "#altrove", "altrove",
                        "altrove")).toList());
        kept.put(key, moved);
        AsciiDocConverter.Converted converted = converter.convert(source, AsciiDocConverter.Backend.HTML, links,
                LocalDate.EPOCH, store(kept));
        assertFalse(converted.body().contains("VECCHIO"), converted.body());
        assertEquals(stale, kept.get(key), "the conversion made again replaces the stale one");
    }

    private static SkeletonStore store(Map<String, ConvertedSkeleton> kept) {
        return new SkeletonStore() {
            @Override
            public Optional<ConvertedSkeleton> find(String key) {
                return Optional.ofNullable(kept.get(key));
            }

            @Override
            public void keep(String key, ConvertedSkeleton skeleton) {
                kept.put(key, skeleton);
            }
        };
    }
}

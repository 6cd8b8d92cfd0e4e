package it.policydoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.bench.BenchReport;
import it.policydoc.bench.EditRuns;
import it.policydoc.bench.ExportCost;
import it.policydoc.bench.HeapTenths;
import it.policydoc.bench.ScaleRun;
import it.policydoc.bench.Timings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What bench prints: the four figures of issue 16 in order, each with its goal, in the user's language; and its options. */
class BenchTextTest {

    private static final long MIB = 1024 * 1024;

    @Test
    void italianReportGivesEveryFigureWithItsGoal() {
        String text = String.join("\n", new BenchText(Locale.ITALIAN).lines(fullReport()));
        assertTrue(text.contains("Macchina: 2 processori, 23,5 GiB di memoria; bench stesso ha 1.024 MiB di heap"), text);
        assertTrue(text.contains("100 comuni: 200 PDF in 8,0 s, 25,0 PDF/s (obiettivo ≥ 20 PDF/s: raggiunto)"), text);
        assertTrue(text.contains("1.000 comuni: 2.000 PDF in 100,0 s, 20,0 PDF/s\n"), text);
        assertTrue(text.contains("   350,0 s (obiettivo ≤ 300 s: non raggiunto)"), text);
        assertTrue(text.contains("8.000 comuni: 95 96* – 97 95 96 95 95 96 95"), text);
        assertTrue(text.contains("(coccaglio/social-media-policy.yaml, policy-esterna.1): mediana 1,40 s, min 1,20 s, "
                + "max 1,90 s, 10 build (obiettivo ≤ 1,5 s: raggiunto)"), text);
        assertTrue(text.contains("gestione.1): mediana 2,10 s, min 1,80 s, max 2,50 s, 10 build (obiettivo ≤ 2 s: non raggiunto)"),
                text);
        assertTrue(text.contains("8.000 comuni: mediana 2,50 s, min 2,40 s, max 2,90 s, 3 build (obiettivo ≤ 3 s: raggiunto)"),
                text);
        assertFalse(text.contains("non misurata"), text);
        List<String> goals = text.lines().filter(l -> l.matches("^[1-4]\\. .*")).map(l -> l.substring(0, 1)).toList();
        assertEquals(List.of("1", "2", "3", "4"), goals);
    }

    @Test
    void englishReportSaysWhatWasNotMeasuredAndHow() {
        BenchReport report = new BenchReport(new BenchReport.Machine(2, 8L << 30, 1024 * MIB),
                List.of(scale(100, 4_000, 300)), Optional.empty(), Optional.empty(), exports());
        String text = String.join("\n", new BenchText(Locale.ROOT).lines(report));
        assertTrue(text.contains("100 comuni: 300 PDFs in 4.0 s, 75.0 PDFs/s (goal ≥ 20 PDFs/s: met)"), text);
        assertTrue(text.contains("8,000 comuni: not measured (add them to --scale: ./policydoc bench --scale 100,1000,8000)"),
                text);
        assertTrue(text.contains("not measured (--edits 0)"), text);
        assertTrue(text.contains("not measured (--cold-runs 0)"), text);
        assertTrue(text.contains("100 comuni: median 0.90 s, min 0.90 s, max 0.90 s, 1 build\n"), text);
        assertFalse(text.contains("obiettivo"), text);
    }

    @Test
    void scaleTakesAListAndWriteOnlyWritesTheLargest(@TempDir Path tmp) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path into = tmp.resolve("comuni");
        int code = Main.run(new String[] {"bench", "--lang", "it", "--scale", "3,7", "--write-only", into.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("7 comuni sintetici scritti"), out.toString());
        try (Stream<Path> comuni = Files.list(into)) {
            assertEquals(7, comuni.filter(p -> p.getFileName().toString().startsWith("comune-")).count());
        }
    }

    @Test
    void helpSaysWhichOptionMeasuresWhichGoalInBothLanguages() {
        StringWriter it = new StringWriter();
        Main.run(new String[] {"misura", "--help", "--lang", "it"}, new PrintWriter(it, true), new PrintWriter(new StringWriter()));
        assertTrue(it.toString().contains("Obiettivi 1, 2 e 4"), it.toString());
        assertTrue(it.toString().contains("Obiettivo 3"), it.toString());
        assertTrue(it.toString().contains("--scale 100,1000,8000"), it.toString());
        StringWriter en = new StringWriter();
        Main.run(new String[] {"bench", "--help", "--lang", "en"}, new PrintWriter(en, true), new PrintWriter(new StringWriter()));
        assertTrue(en.toString().contains("Goals 1, 2 and 4"), en.toString());
        assertTrue(en.toString().contains("Goal 3"), en.toString());
    }

    private static BenchReport fullReport() {
        ScaleRun national = new ScaleRun(8_000, 16_000, Duration.ofSeconds(350),
                new Timings(List.of(Duration.ofMillis(2_400), Duration.ofMillis(2_500), Duration.ofMillis(2_900))),
                Optional.of(heap()));
        EditRuns edits = new EditRuns(
                Optional.of(new EditRuns.Case("coccaglio/social-media-policy.yaml", "policy-esterna.1",
                        times(1_200, 1_400, 1_900))),
                Optional.of(new EditRuns.Case("coccaglio/social-media-policy.yaml", "gestione.1", times(1_800, 2_100, 2_500))));
        return new BenchReport(new BenchReport.Machine(2, (long) (23.5 * 1024) * MIB, 1024 * MIB),
                List.of(withHeap(scale(100, 8_000, 200)), withHeap(scale(1_000, 100_000, 2_000)), national), Optional.of(edits),
                Optional.of(new Timings(List.of(Duration.ofSeconds(4)))), exports());
    }

    /** Ten builds, all but the least and most at the median. */
    private static Timings times(long min, long median, long max) {
        List<Duration> runs = new java.util.ArrayList<>(Collections.nCopies(8, Duration.ofMillis(median)));
        runs.add(Duration.ofMillis(min));
        runs.add(Duration.ofMillis(max));
        return new Timings(runs);
    }

    private static HeapTenths heap() {
        List<OptionalLong> least = Stream.of(95L, 96L, null, 97L, 95L, 96L, 95L, 95L, 96L, 95L)
                .map(m -> m == null ? OptionalLong.empty() : OptionalLong.of(m * MIB)).toList();
        List<Boolean> full = List.of(false, true, false, false, false, false, false, false, false, false);
        return new HeapTenths(least, full);
    }

    private static ScaleRun scale(int comuni, long millis, long pdfs) {
        return new ScaleRun(comuni, pdfs, Duration.ofMillis(millis),
                new Timings(List.of(Duration.ofMillis(900))), Optional.empty());
    }

    private static ScaleRun withHeap(ScaleRun s) {
        return new ScaleRun(s.comuni(), s.pdfs(), s.fromScratch(), s.noOp(), Optional.of(heap()));
    }

    private static ExportCost exports() {
        return new ExportCost(Duration.ofMillis(4), Duration.ofMillis(33), Duration.ofMillis(46));
    }
}

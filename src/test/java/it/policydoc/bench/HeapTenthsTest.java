package it.policydoc.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Reading the JVM's GC log, and the heap series per tenth of the comuni built from it. */
class HeapTenthsTest {

    @Test
    void readsTheHeapAfterEachCollectionOfAnyCollector() {
        List<GcLog.Collection> collections = GcLog.parse(List.of(
                "[1796554251127ms] GC(18) Pause Young (Allocation Failure) 40M->30M(61M) 0.802ms",
                "[1796554252947ms] GC(57) Pause Remark 58M->29M(63M) 1.970ms",
                "[1796554252950ms] GC(63) Pause Young (Normal) (G1 Evacuation Pause) 38M->37M(63M) 1.478ms",
                "[1796554252960ms] GC(64) Pause Full (System.gc()) 2G->512K(3G) 9.640ms",
                "[1796554252960ms] GC(57) Concurrent Mark Cycle 26.531ms",
                "[1796554252961ms] Using Serial"));
        assertEquals(List.of(
                new GcLog.Collection(1796554251127L, 30L << 20, false),
                new GcLog.Collection(1796554252947L, 29L << 20, false),
                new GcLog.Collection(1796554252950L, 37L << 20, false),
                new GcLog.Collection(1796554252960L, 512L << 10, true)), collections);
    }

    @Test
    void theLogOptionIsLeftOutWhereThePathWouldBeSplit() {
        assertEquals("-Xlog:gc:file=/tmp/b/gc.log:timemillis", GcLog.option(Path.of("/tmp/b/gc.log")).orElseThrow());
        assertTrue(GcLog.option(Path.of("/tmp/a b/gc.log")).isEmpty());
    }

    @Test
    void eachTenthGetsTheLeastHeapAfterTheCollectionsThatEndedWhileItWasBuilt() {
        // 20 comuni, one every 100 ms from 1000; two collections per tenth, the second one full in the last tenth.
        List<Long> done = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            done.add(1000L + 100L * i);
        }
        List<GcLog.Collection> collections = new ArrayList<>();
        for (int part = 0; part < 10; part++) {
            long start = 1000L + 200L * part;
            collections.add(new GcLog.Collection(start + 50, (100L + part) << 20, false));
            collections.add(new GcLog.Collection(start + 150, (90L + part) << 20, part == 9));
        }
        HeapTenths heap = HeapTenths.of(1000L, done, collections);
        assertEquals(10, heap.leastAfterCollection().size());
        for (int part = 0; part < 10; part++) {
            assertEquals(OptionalLong.of((90L + part) << 20), heap.leastAfterCollection().get(part));
            assertEquals(part == 9, heap.fullCollection().get(part));
        }
    }

    @Test
    void aTenthWithoutCollectionsHasNoFigure() {
        List<Long> done = List.of(1100L, 1200L, 1300L, 1400L, 1500L, 1600L, 1700L, 1800L, 1900L, 2000L);
        HeapTenths heap = HeapTenths.of(1000L, done, List.of(new GcLog.Collection(1950L, 5L << 20, false)));
        assertTrue(heap.leastAfterCollection().subList(0, 9).stream().allMatch(OptionalLong::isEmpty));
        assertEquals(OptionalLong.of(5L << 20), heap.leastAfterCollection().get(9));
    }

    @Test
    void progressLinesAreRecognisedWithTheirNumbersGroupedInAnyLanguage() {
        assertTrue(PolicydocProcess.isProgress("[12/100] comune-00012"));
        assertTrue(PolicydocProcess.isProgress("[1.000/8.000] comune-01000"));
        assertTrue(PolicydocProcess.isProgress("[1,000/8,000] comune-01000"));
        assertFalse(PolicydocProcess.isProgress("policies/comune-00001/comune.yaml:1:1: warning: x"));
    }

    @Test
    void timingsGiveMedianLeastAndMost() {
        Timings t = new Timings(List.of(Duration.ofMillis(300), Duration.ofMillis(100), Duration.ofMillis(200)));
        assertEquals(Duration.ofMillis(200), t.median());
        assertEquals(Duration.ofMillis(100), t.min());
        assertEquals(Duration.ofMillis(300), t.max());
        assertEquals(3, t.count());
    }
}

package it.policydoc.cli;

import it.policydoc.bench.BenchReport;
import it.policydoc.bench.EditRuns;
import it.policydoc.bench.ExportCost;
import it.policydoc.bench.HeapTenths;
import it.policydoc.bench.ScaleRun;
import it.policydoc.bench.SpeedGoals;
import it.policydoc.bench.Timings;
import it.policydoc.diag.DiagnosticFormatter;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The bench report as lines of text in the user's language: the four figures of issue 16 in
 * its order, each with its goal beside it, then the other figures.
 */
final class BenchText {

    private static final long MIB = 1024 * 1024;

    private final DiagnosticFormatter text;
    private final Locale locale;

    BenchText(Locale locale) {
        this.text = new DiagnosticFormatter(locale);
        this.locale = locale;
    }

    List<String> lines(BenchReport report) {
        List<String> lines = new ArrayList<>();
        BenchReport.Machine m = report.machine();
        lines.add(text.text("bench.machine", m.processors(), m.memoryBytes() / (double) (1024 * MIB),
                m.heapBytes() / MIB));
        throughput(report, lines);
        national(report, lines);
        edits(report.edits(), lines);
        noOp(report, lines);
        lines.add(text.text("bench.other"));
        lines.add(report.coldBuilds().map(this::cold).orElseGet(() -> text.text("bench.cold-skipped")));
        ExportCost e = report.exports();
        lines.add(text.text("bench.exports", millis(e.akomaNtoso()), millis(e.editableAnnexes()),
                millis(e.deliberationPdf())));
        return lines;
    }

    private void throughput(BenchReport report, List<String> lines) {
        lines.add(text.text("bench.goal1"));
        report.scales().forEach(s -> lines.add(throughput(s)));
    }

    private void national(BenchReport report, List<String> lines) {
        lines.add(text.text("bench.goal2", SpeedGoals.NATIONAL_COMUNI));
        report.scale(SpeedGoals.NATIONAL_COMUNI).ifPresentOrElse(
                s -> lines.add(text.text("bench.national", seconds(s.fromScratch()),
                        goal(text.text("bench.goal.seconds", seconds(SpeedGoals.NATIONAL_BUILD)),
                                s.fromScratch().compareTo(SpeedGoals.NATIONAL_BUILD) <= 0))),
                () -> lines.add(text.text("bench.national-missing", SpeedGoals.NATIONAL_COMUNI)));
        lines.add(text.text("bench.memory-heading"));
        report.scales().forEach(s -> lines.add(memory(s)));
    }

    private void edits(Optional<EditRuns> edits, List<String> lines) {
        lines.add(text.text("bench.goal3"));
        if (edits.isEmpty()) {
            lines.add(text.text("bench.edit-skipped"));
            return;
        }
        lines.addAll(measured(edits.get()));
    }

    private String edit(Optional<EditRuns.Case> edit, String key, Duration goal) {
        return edit.map(c -> text.text(key, c.policy(), c.anchor(), seconds(c.builds().median()),
                        seconds(c.builds().min()), seconds(c.builds().max()), c.builds().count(),
                        goal(text.text("bench.goal.seconds", seconds(goal)), c.builds().median().compareTo(goal) <= 0)))
                .orElseGet(() -> text.text(key + "-none"));
    }

    private void noOp(BenchReport report, List<String> lines) {
        lines.add(text.text("bench.goal4"));
        report.scales().forEach(s -> lines.add(noOp(s)));
        if (report.scale(SpeedGoals.NATIONAL_COMUNI).isEmpty()) {
            lines.add(text.text("bench.national-missing", SpeedGoals.NATIONAL_COMUNI));
        }
    }

    /** The figures of the edits as soon as they are measured (a long run shows them while it goes on). */
    List<String> measured(EditRuns edits) {
        return List.of(edit(edits.outsideHandbook(), "bench.edit-outside", SpeedGoals.EDIT_OUTSIDE_HANDBOOK),
                edit(edits.insideHandbook(), "bench.edit-inside", SpeedGoals.EDIT_INSIDE_HANDBOOK));
    }

    /** The figures of one build of synthetic comuni as soon as they are measured. */
    List<String> measured(ScaleRun s) {
        return List.of(throughput(s), memory(s), noOp(s));
    }

    String cold(Timings t) {
        return text.text("bench.cold", seconds(t.median()), seconds(t.min()), seconds(t.max()), t.count());
    }

    private String throughput(ScaleRun s) {
        String goal = s.comuni() == SpeedGoals.THROUGHPUT_COMUNI
                ? goal(text.text("bench.goal.pdfs", SpeedGoals.THROUGHPUT_PDFS_PER_SECOND),
                        s.pdfsPerSecond() >= SpeedGoals.THROUGHPUT_PDFS_PER_SECOND)
                : "";
        return text.text("bench.scale", s.comuni(), s.pdfs(), seconds(s.fromScratch()), s.pdfsPerSecond(), goal);
    }

    private String memory(ScaleRun s) {
        return s.heap().map(h -> text.text("bench.memory", s.comuni(), tenths(h)))
                .orElseGet(() -> text.text("bench.memory-missing", s.comuni()));
    }

    private String noOp(ScaleRun s) {
        Timings t = s.noOp();
        String goal = s.comuni() == SpeedGoals.NATIONAL_COMUNI
                ? goal(text.text("bench.goal.seconds", seconds(SpeedGoals.NO_OP_NATIONAL)),
                        t.median().compareTo(SpeedGoals.NO_OP_NATIONAL) <= 0)
                : "";
        return text.text("bench.no-op", s.comuni(), seconds(t.median()), seconds(t.min()), seconds(t.max()), t.count(),
                goal);
    }

    /** " (goal ≤ 300 s: met)", to append to a figure. */
    private String goal(String target, boolean met) {
        return text.text("bench.goal", target, text.text(met ? "bench.goal.met" : "bench.goal.missed"));
    }

    /** "95 102* 98 – …": MiB per tenth, a star where a full collection ended, a dash where none did. */
    private String tenths(HeapTenths heap) {
        NumberFormat integers = NumberFormat.getIntegerInstance(locale);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < heap.leastAfterCollection().size(); i++) {
            OptionalLong least = heap.leastAfterCollection().get(i);
            parts.add(least.isPresent()
                    ? integers.format(least.getAsLong() / MIB) + (heap.fullCollection().get(i) ? "*" : "")
                    : "–");
        }
        return String.join(" ", parts);
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    private static double millis(Duration d) {
        return d.toNanos() / 1e6;
    }
}

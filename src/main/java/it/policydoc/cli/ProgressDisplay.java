package it.policydoc.cli;

import it.policydoc.pipeline.BuildProgress;
import it.policydoc.diag.DiagnosticFormatter;
import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows how a build of many comuni goes: a bar with count and time left on a terminal, one line
 * per comune when the output goes to a file or a CI log. A build of a few comuni is quick and
 * shows nothing.
 */
final class ProgressDisplay implements BuildProgress {

    /** Up to this many comuni a build takes seconds: no progress is shown. */
    static final int QUIET_UP_TO = 5;

    private final PrintWriter err;
    private final DiagnosticFormatter formatter;
    private final boolean terminal;
    private ProgressBar bar;
    private int total;
    private int done;

    ProgressDisplay(PrintWriter err, DiagnosticFormatter formatter, boolean terminal) {
        this.err = err;
        this.formatter = formatter;
        this.terminal = terminal;
    }

    @Override
    public synchronized void start(int comuni) {
        total = comuni;
        done = 0;
        if (terminal && comuni > QUIET_UP_TO) {
            bar = new ProgressBarBuilder()
                    .setTaskName(formatter.text("progress.task"))
                    .setInitialMax(comuni)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .build();
        }
    }

    @Override
    public synchronized void done(String comune, long nanos) {
        done++;
        if (bar != null) {
            bar.step();
        } else if (total > QUIET_UP_TO) {
            err.println(formatter.text("progress.line", done, total, comune));
        }
    }

    @Override
    public synchronized void finish() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
        err.flush();
    }
}

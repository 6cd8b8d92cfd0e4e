package it.policydoc.bench;

import java.time.Duration;

/** The goals of issue 16, which bench prints beside its figures; no test asserts them. */
public final class SpeedGoals {

    /** Ten times asciidoctor-pdf and pandoc + weasyprint (about 1.9 PDFs/s each) on 100 comuni. */
    public static final int THROUGHPUT_COMUNI = 100;
    public static final double THROUGHPUT_PDFS_PER_SECOND = 20;
    /** About as many comuni as Italy has, from scratch, with a 1 GiB heap. */
    public static final int NATIONAL_COMUNI = 8_000;
    public static final Duration NATIONAL_BUILD = Duration.ofSeconds(300);
    /** A cold build after a one-comma edit, median of the runs. */
    public static final Duration EDIT_OUTSIDE_HANDBOOK = Duration.ofMillis(1_500);
    public static final Duration EDIT_INSIDE_HANDBOOK = Duration.ofSeconds(2);
    /** The national site built again with nothing changed. */
    public static final Duration NO_OP_NATIONAL = Duration.ofSeconds(3);

    private SpeedGoals() {
    }
}

package it.policydoc.pipeline;

/**
 * Told how a build goes, comune by comune, so that the command line can show it. Called from
 * the worker threads: implementations must be thread-safe.
 */
public interface BuildProgress {

    /** The build will go through {@code comuni} comuni. */
    void start(int comuni);

    /** One more comune is done (rendered, or kept as it was), after {@code nanos} of work. */
    void done(String comune, long nanos);

    /** Every comune is done. */
    void finish();

    BuildProgress SILENT = new BuildProgress() {
        @Override
        public void start(int comuni) {
        }

        @Override
        public void done(String comune, long nanos) {
        }

        @Override
        public void finish() {
        }
    };
}

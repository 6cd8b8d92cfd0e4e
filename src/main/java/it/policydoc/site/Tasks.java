package it.policydoc.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Runs independent pieces of work (the outputs of one comune), on several threads or one, and
 * hands back their results in the order of the tasks.
 */
public interface Tasks {

    /** One after the other, on the caller's thread. */
    Tasks SEQUENTIAL = new Tasks() {
        @Override
        public <T> List<T> runAll(List<Callable<T>> tasks) {
            List<T> results = new ArrayList<>();
            for (Callable<T> task : tasks) {
                try {
                    results.add(task.call());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return results;
        }
    };

    /** The results, in the order of the tasks; a task's I/O failure comes out as an {@link UncheckedIOException}. */
    <T> List<T> runAll(List<Callable<T>> tasks);
}

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
        public boolean atOnce() {
            return false;
        }

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

    /** Whether tasks run at the same time, on several threads. */
    boolean atOnce();

    /**
     * The results of {@code tasks}, in their order, having run them in the order {@code order}
     * gives (indexes into {@code tasks}).
     */
    default <T> List<T> runAll(List<Callable<T>> tasks, List<Integer> order) {
        List<T> done = runAll(order.stream().map(tasks::get).toList());
        List<T> results = new ArrayList<>(tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            results.add(done.get(order.indexOf(i)));
        }
        return results;
    }
}

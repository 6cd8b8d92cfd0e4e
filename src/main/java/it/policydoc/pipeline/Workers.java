package it.policydoc.pipeline;

import it.policydoc.site.Tasks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a command's tasks (one per comune, or the outputs of one comune) on a fixed number of threads and hands back their
 * results in the order of the tasks, so that what is printed and written never depends on
 * which thread finished first.
 */
final class Workers implements Tasks {

    private final int threads;

    Workers(int threads) {
        this.threads = Math.max(1, threads);
    }

    int threads() {
        return threads;
    }

    @Override
    public boolean atOnce() {
        return threads > 1;
    }

    @Override
    public <T> List<T> runAll(List<Callable<T>> tasks) {
        if (tasks.size() <= 1 || threads == 1) {
            List<T> results = new ArrayList<>();
            for (Callable<T> task : tasks) {
                results.add(call(task));
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()));
        try {
            List<Future<T>> futures = pool.invokeAll(tasks);
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T call(Callable<T> task) {
        try {
            return task.call();
        } catch (Exception e) {
            throw rethrow(e);
        }
    }

    /** A worker's failure as the caller's own: I/O problems stay I/O problems. */
    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof IOException io) {
            return new UncheckedIOException(io);
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}

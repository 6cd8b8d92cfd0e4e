package it.policydoc.util;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A value that is expensive to make in a cold JVM (class loading, parsed fonts and schemas) and
 * that not every run needs: made once, by the first thread that asks for it (which may be a
 * thread of its own, started when a run knows it will be needed: see {@link Meanwhile}). Whoever asks while it is being made
 * waits for it; a failure to make it is thrown to every caller. Thread-safe.
 */
public final class Lazy<T> {

    private final FutureTask<T> task;

    public Lazy(Supplier<T> maker) {
        this.task = new FutureTask<>(maker::get);
    }

    /** The value, made now in this thread unless it is already made or being made. */
    public T get() {
        // Does nothing if another thread has started it: get() then waits for that thread.
        task.run();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + task, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Whether the value has been made (or failed to be). */
    public boolean made() {
        return task.isDone();
    }
}

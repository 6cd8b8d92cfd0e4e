package it.policydoc.util;

/**
 * Work a run will need soon and can start now (a library's cold start), on a daemon thread of
 * its own: it overlaps the run's other work on a spare core and never keeps the JVM alive.
 */
public final class Meanwhile {

    private Meanwhile() {
    }

    public static void start(String threadName, Runnable work) {
        Thread thread = new Thread(work, threadName);
        thread.setDaemon(true);
        thread.start();
    }
}

package it.policydoc.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the policies folders and the templates for saved files, and reports each burst of
 * changes once it has been quiet for a moment: editors save in steps (a temporary file, a
 * rename, a second write), and one rebuild should follow one save. New folders are watched as
 * they appear; symbolic links are not followed. What a change affects is not decided here: the
 * build's input fingerprints tell which comuni changed, a template change included.
 */
final class SourceWatcher implements AutoCloseable {

    interface Listener {
        void changed();
    }

    /**
     * The steps of one save come within a millisecond or two of one another (the JDK's watcher
     * on Linux is told by inotify, without polling); the clerk waits for this pause on every
     * save. A save slower than this gives one more build, never a wrong one: a build that read
     * half a file is followed by the build of the whole.
     */
    private static final long QUIET_MILLIS = 10;

    private final WatchService service;
    private final Map<WatchKey, Path> watched = new ConcurrentHashMap<>();

    SourceWatcher(List<Path> sourceRoots, List<Path> templateRoots) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        for (Path root : sourceRoots) {
            register(root);
        }
        for (Path root : templateRoots) {
            register(root);
        }
    }

    private void register(Path root) throws IOException {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                watched.put(key, dir.toAbsolutePath().normalize());
            }
        }
    }

    /** Waits for changes and reports them until the watcher is closed; runs on the caller's thread. */
    void run(Listener listener) throws InterruptedException {
        try {
            while (true) {
                WatchKey key = service.take();
                // Collect the whole burst: keep draining until nothing happens for a moment.
                while (key != null) {
                    drain(key);
                    key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
                }
                listener.changed();
            }
        } catch (ClosedWatchServiceException e) {
            // Closed: the preview is stopping.
        }
    }

    /** Reads a key's events and watches new folders. */
    private void drain(WatchKey key) {
        Path dir = watched.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (dir == null || !(event.context() instanceof Path name)) {
                continue;
            }
            Path changed = dir.resolve(name);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                    && Files.isDirectory(changed, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    register(changed);
                } catch (IOException e) {
                    // A folder that vanished at once or cannot be read: the build will report it.
                }
            }
        }
        if (!key.reset()) {
            watched.remove(key);
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}

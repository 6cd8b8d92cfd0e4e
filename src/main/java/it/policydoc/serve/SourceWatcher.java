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
 * they appear; symbolic links are not followed.
 */
final class SourceWatcher implements AutoCloseable {

    /** What changed in a burst: a template changes every page, a policy only its comune. */
    record Change(boolean templates) {
    }

    interface Listener {
        void changed(Change change);
    }

    private static final long QUIET_MILLIS = 40;

    private final WatchService service;
    private final Map<WatchKey, Path> watched = new ConcurrentHashMap<>();
    private final List<Path> templateRoots;

    SourceWatcher(List<Path> sourceRoots, List<Path> templateRoots) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.templateRoots = templateRoots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
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
                boolean templates = false;
                // Collect the whole burst: keep draining until nothing happens for a moment.
                while (key != null) {
                    templates |= drain(key);
                    key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
                }
                listener.changed(new Change(templates));
            }
        } catch (ClosedWatchServiceException e) {
            // Closed: the preview is stopping.
        }
    }

    /** Reads a key's events, watches new folders, and tells whether a template changed. */
    private boolean drain(WatchKey key) {
        Path dir = watched.get(key);
        boolean templates = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (dir == null || !(event.context() instanceof Path name)) {
                continue;
            }
            Path changed = dir.resolve(name);
            templates |= templateRoots.stream().anyMatch(changed::startsWith);
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
        return templates;
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}

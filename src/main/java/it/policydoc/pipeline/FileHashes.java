package it.policydoc.pipeline;

import it.policydoc.site.BuildManifest;
import it.policydoc.util.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The SHA-256 of input files, as git's index keeps them: a file is read again only when its size,
 * its modification and change times (full precision) or its identity (device and inode) differ
 * from what the last build recorded. An edit within the same clock tick as the last build's look
 * at the file could keep all of those; so, like git's "racy" entries, a record whose times are
 * not safely older than the moment the recording build started is never trusted, and that file
 * is read again.
 */
final class FileHashes {

    /**
     * How much older than the recording build's start a file's times must be: beyond the
     * coarsest timestamps of common file systems (2 s on FAT) and the lag of the kernel's clock
     * for file times behind the one Java reads.
     */
    static final Duration MARGIN = Duration.ofSeconds(3);

    private final Map<String, BuildManifest.InputFile> previous;
    private final long trustedBefore;
    private final Instant started;
    private final Map<String, BuildManifest.InputFile> recorded = new ConcurrentHashMap<>();

    /**
     * @param previous what the last build recorded, and when it started; empty to read every file
     * @param started when this build started, before it looked at any file
     */
    FileHashes(Optional<BuildManifest.Inputs> previous, Instant started) {
        this.previous = previous.map(BuildManifest.Inputs::files).orElse(Map.of());
        this.trustedBefore = previous.map(p -> nanos(p.started().minus(MARGIN))).orElse(Long.MIN_VALUE);
        this.started = started;
    }

    /**
     * The SHA-256 of a plain file (not a link), in hex; empty if it cannot be read.
     *
     * @param name the file's name in a form that does not depend on the locale, unique on this machine
     */
    Optional<String> sha256(Path file, String name) {
        Optional<BuildManifest.InputFile> stamp = stamp(file);
        BuildManifest.InputFile last = previous.get(name);
        if (stamp.isPresent() && last != null && trusted(last) && sameStamp(last, stamp.get())) {
            recorded.put(name, last);
            return Optional.of(last.sha256());
        }
        Optional<String> hash = read(file);
        // The stamp taken before reading: a write meanwhile changes the times, and the next build reads the file again.
        stamp.ifPresent(s -> hash.ifPresent(h -> recorded.put(name, new BuildManifest.InputFile(s.size(),
                s.modified(), s.changed(), s.key(), h))));
        return hash;
    }

    /**
     * What the next build may trust: every file looked at by this one, and when it started. Handed
     * over once every file is looked at, and forgotten here: a build does not hold a record of
     * every input of the country while it renders.
     */
    BuildManifest.Inputs takeRecorded() {
        BuildManifest.Inputs inputs = new BuildManifest.Inputs(started, new TreeMap<>(recorded));
        recorded.clear();
        return inputs;
    }

    private boolean trusted(BuildManifest.InputFile last) {
        return last.modified() < trustedBefore && last.changed() < trustedBefore;
    }

    private static boolean sameStamp(BuildManifest.InputFile last, BuildManifest.InputFile now) {
        return last.size() == now.size() && last.modified() == now.modified() && last.changed() == now.changed()
                && last.key().equals(now.key());
    }

    /** Size, times and identity; the change time and the inode where the system has them (the "unix" view). */
    private static Optional<BuildManifest.InputFile> stamp(Path file) {
        try {
            Map<String, Object> unix = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,dev,ino",
                    LinkOption.NOFOLLOW_LINKS);
            return Optional.of(new BuildManifest.InputFile((Long) unix.get("size"),
                    nanos((FileTime) unix.get("lastModifiedTime")), nanos((FileTime) unix.get("ctime")),
                    unix.get("dev") + ":" + unix.get("ino"), ""));
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return basicStamp(file);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<BuildManifest.InputFile> basicStamp(Path file) {
        try {
            BasicFileAttributes basic = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            // Without a change time the modification time stands for it.
            long modified = nanos(basic.lastModifiedTime());
            return Optional.of(new BuildManifest.InputFile(basic.size(), modified, modified,
                    String.valueOf(basic.fileKey()), ""));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> read(Path file) {
        MessageDigest digest = Sha256.digest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    private static long nanos(FileTime time) {
        return time.to(TimeUnit.NANOSECONDS);
    }

    private static long nanos(Instant instant) {
        return TimeUnit.SECONDS.toNanos(instant.getEpochSecond()) + instant.getNano();
    }
}

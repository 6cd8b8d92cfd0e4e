package it.policydoc.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.policydoc.render.handbook.ConvertedSkeleton;
import it.policydoc.render.handbook.SkeletonStore;
import it.policydoc.util.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The handbook conversions a site keeps for the next build, in the hidden folder
 * {@value #FOLDER} at its root (beside the build manifest, not part of what is published): one
 * file per converted skeleton, named by a hash of the tool and the skeleton's key. A build
 * reads the current site's folder and writes into the new site exactly the entries its comuni
 * use, so the folder never grows beyond the site.
 *
 * <p>Each file starts with a line holding the SHA-256 of its name and of the rest; a file that
 * does not match (cut short, damaged, renamed, written by hand) or cannot be parsed is ignored,
 * and the handbook is converted again.
 */
public final class HandbookCache {

    public static final String FOLDER = ".policydoc-cache";
    private static final String SUFFIX = ".json";
    /** Far beyond any handbook: a bigger file is not read. */
    private static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Two backends for each of a few texts in turn, as in a batch of comuni from a few models. */
    private static final int RECENT = 16;

    private final Path previous;
    private final Path next;
    private final String tool;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    /**
     * The conversions this build used last, by name: comuni that keep the same text and chapters
     * share a skeleton, which the first of them converts. Bounded, so that memory does not grow
     * with the number of comuni.
     */
    private final Map<String, ConvertedSkeleton> recent = new LinkedHashMap<>(RECENT + 1, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ConvertedSkeleton> eldest) {
            return size() > RECENT;
        }
    };

    /**
     * @param previousSite the current site, whose entries may be reused; empty to reuse none
     * @param newSite the site being written, which receives the entries used
     * @param tool the fingerprint of the code: another policydoc never reads these entries
     */
    public HandbookCache(Optional<Path> previousSite, Path newSite, String tool) {
        this.previous = previousSite.map(p -> p.resolve(FOLDER)).orElse(null);
        this.next = newSite.resolve(FOLDER);
        this.tool = tool;
    }

    /** The entries one comune uses: reads the current site's, writes those used into the new site, notes their names. */
    public final class Use implements SkeletonStore {

        private final Set<String> names = new TreeSet<>();

        @Override
        public Optional<ConvertedSkeleton> find(String key) {
            String name = name(key);
            return recent(name).or(() -> read(name));
        }

        @Override
        public void keep(String key, ConvertedSkeleton skeleton) {
            String name = name(key);
            remember(name, skeleton);
            try {
                write(name, skeleton);
                note(name);
            } catch (IOException e) {
                // Not kept: the next build converts this handbook again.
            }
        }

        private synchronized void note(String name) {
            names.add(name);
        }

        /** The names of the entries used, sorted. */
        public synchronized Set<String> names() {
            return Set.copyOf(names);
        }
    }

    public Use use() {
        return new Use();
    }

    /** Carries the entries of a comune that was not rendered again, those the current site still has. */
    public void carry(Collection<String> names) {
        names.forEach(this::carry);
    }

    private String name(String key) {
        return Sha256.hex((tool + "\n" + key).getBytes(StandardCharsets.UTF_8)) + SUFFIX;
    }

    private Optional<ConvertedSkeleton> recent(String name) {
        synchronized (recent) {
            return Optional.ofNullable(recent.get(name));
        }
    }

    private void remember(String name, ConvertedSkeleton skeleton) {
        synchronized (recent) {
            recent.put(name, skeleton);
        }
    }

    private Optional<ConvertedSkeleton> read(String name) {
        if (previous == null) {
            return Optional.empty();
        }
        Path file = previous.resolve(name);
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
            int newline = indexOf(bytes, (byte) '\n');
            if (newline < 0) {
                return Optional.empty();
            }
            byte[] content = Arrays.copyOfRange(bytes, newline + 1, bytes.length);
            String check = new String(bytes, 0, newline, StandardCharsets.US_ASCII);
            if (!check.equals(checksum(name, content))) {
                return Optional.empty();
            }
            ConvertedSkeleton skeleton = JSON.readValue(content, ConvertedSkeleton.class);
            return complete(skeleton) ? Optional.of(skeleton) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            // Unreadable or not what this policydoc writes: converted again.
            return Optional.empty();
        }
    }

    private static boolean complete(ConvertedSkeleton s) {
        return s.body() != null && s.chapters().stream().allMatch(c -> c != null && c.id() != null && c.title() != null)
                && s.links().stream().allMatch(l -> l != null && l.target() != null && l.href() != null
                        && l.label() != null && l.title() != null);
    }

    private void write(String name, ConvertedSkeleton skeleton) throws IOException {
        if (!written.add(name)) {
            return;
        }
        byte[] content = JSON.writeValueAsBytes(skeleton);
        byte[] head = (checksum(name, content) + "\n").getBytes(StandardCharsets.US_ASCII);
        Files.createDirectories(next);
        Path temporary = Files.createTempFile(next, ".", ".tmp");
        try {
            try (var out = Files.newOutputStream(temporary)) {
                out.write(head);
                out.write(content);
            }
            Files.move(temporary, next.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private void carry(String name) {
        if (previous == null || !written.add(name)) {
            return;
        }
        Path from = previous.resolve(name);
        try {
            if (Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(next);
                HardLinks.linkOrCopy(from, next.resolve(name));
            }
        } catch (FileAlreadyExistsException e) {
            // Another comune with the same handbook skeleton brought it already.
        } catch (IOException e) {
            // Not carried: the next build converts this handbook again.
            written.remove(name);
        }
    }

    /** The SHA-256 of the name, a zero byte and the content: no copy of the content is made to hash it. */
    private static String checksum(String name, byte[] content) {
        MessageDigest digest = Sha256.digest();
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(content);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length && i < 128; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}

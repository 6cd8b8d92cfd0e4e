package it.policydoc.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import it.policydoc.site.BuildManifest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file is read again unless its size, times and identity are as recorded, and the record was
 * made safely after the file's last change (git's "racy" rule).
 */
class FileHashesTest {

    private static final String OLD = "stato: bozza\n";
    private static final String NEW = "stato: bello\n";

    @TempDir
    Path tmp;

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** What a build that started at {@code started} would have recorded of the file as it is now, but with {@code hash}. */
    private static Optional<BuildManifest.Inputs> recorded(Path file, Instant started, String hash) {
        FileHashes hashes = new FileHashes(Optional.empty(), Instant.now());
        assertTrue(hashes.sha256(file, "f").isPresent());
        BuildManifest.InputFile now = hashes.takeRecorded().files().get("f");
        return Optional.of(new BuildManifest.Inputs(started, Map.of("f", new BuildManifest.InputFile(now.size(),
                now.modified(), now.changed(), now.key(), hash))));
    }

    @Test
    void aFileAsRecordedLongAfterItsLastChangeIsNotReadAgain() throws Exception {
        Path file = Files.writeString(tmp.resolve("policy.yaml"), NEW);
        Instant later = Instant.now().plus(Duration.ofHours(1));
        // The recorded hash is not the content's: only a file left unread can give it back.
        FileHashes hashes = new FileHashes(recorded(file, later, sha256(OLD)), Instant.now());
        assertEquals(Optional.of(sha256(OLD)), hashes.sha256(file, "f"));
        assertEquals(sha256(OLD), hashes.takeRecorded().files().get("f").sha256(),
                "the record is kept for the next build");
        assertTrue(hashes.takeRecorded().files().isEmpty(), "handed over once, then forgotten");
    }

    @Test
    void anEditInTheSameTickAsTheRecordIsNeverMissed() throws Exception {
        Path file = Files.writeString(tmp.resolve("policy.yaml"), NEW);
        // Recorded while the file's times were those of the build's start: same size, same times, other content.
        Instant sameTick = Files.getLastModifiedTime(file).toInstant();
        FileHashes hashes = new FileHashes(recorded(file, sameTick, sha256(OLD)), Instant.now());
        assertEquals(Optional.of(sha256(NEW)), hashes.sha256(file, "f"));
        assertEquals(sha256(NEW), hashes.takeRecorded().files().get("f").sha256());
    }

    @Test
    void anEditThatKeepsTheSizeAndPutsBackTheModificationTimeIsSeen() throws Exception {
        Path file = Files.writeString(tmp.resolve("policy.yaml"), OLD);
        FileTime modified = Files.getLastModifiedTime(file);
        Optional<BuildManifest.Inputs> before = recorded(file, Instant.now().plus(Duration.ofHours(1)), sha256(OLD));
        Thread.sleep(20);
        Files.writeString(file, NEW);
        Files.setLastModifiedTime(file, modified);
        assertEquals(Optional.of(sha256(NEW)), new FileHashes(before, Instant.now()).sha256(file, "f"),
                "the change time tells");
    }

    @Test
    void aFileReplacedByAnotherIsReadAgain() throws Exception {
        Path file = Files.writeString(tmp.resolve("policy.yaml"), OLD);
        Optional<BuildManifest.Inputs> before = recorded(file, Instant.now().plus(Duration.ofHours(1)), sha256(OLD));
        Path other = Files.writeString(tmp.resolve("other.yaml"), NEW);
        Files.move(other, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(Optional.of(sha256(NEW)), new FileHashes(before, Instant.now()).sha256(file, "f"));
    }

    @Test
    void anUnreadableFileHasNoHashAndNoRecord() throws IOException {
        Path file = Files.writeString(tmp.resolve("policy.yaml"), OLD);
        assertTrue(file.toFile().setReadable(false));
        assumeFalse(Files.isReadable(file), "as root every file stays readable");
        FileHashes hashes = new FileHashes(Optional.empty(), Instant.now());
        assertEquals(Optional.empty(), hashes.sha256(file, "f"));
        assertFalse(hashes.takeRecorded().files().containsKey("f"));
    }
}

package it.policydoc.load;

import it.policydoc.diag.Diagnostic;
import it.policydoc.model.SourcePos;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * The one door through which policydoc looks at what the clerk gave it. A path is accepted only
 * if it resolves, symbolic links followed, inside its root (the policies folder, or a stricter
 * folder such as the comune's) and is a plain file or folder: a link to a file elsewhere could
 * publish any file of the machine, and a FIFO or a device would make a read wait forever, so
 * both are refused before anything is opened.
 */
public final class InputFiles {

    /** What a path is, as seen from its root. */
    public enum Kind {
        FILE, FOLDER, MISSING, OUTSIDE, SPECIAL, UNREADABLE
    }

    /** A path's kind, and the real path when it is inside the root. */
    public record Status(Kind kind, Optional<Path> real, String problem) {

        static Status of(Kind kind) {
            return new Status(kind, Optional.empty(), "");
        }
    }

    /** The bytes of a file, or why they were not read. */
    public record Bytes(Optional<byte[]> bytes, Optional<Diagnostic> problem) {

        static Bytes failed(Diagnostic problem) {
            return new Bytes(Optional.empty(), Optional.of(problem));
        }
    }

    private InputFiles() {
    }

    /** Where {@code path} leads, without opening it. */
    public static Status status(Path path, Path root) {
        Path real;
        Path realRoot;
        try {
            realRoot = root.toRealPath();
            real = path.toRealPath();
        } catch (NoSuchFileException e) {
            return Files.isSymbolicLink(path) ? new Status(Kind.UNREADABLE, Optional.empty(), "dangling link")
                    : Status.of(Kind.MISSING);
        } catch (IOException e) {
            // A loop of links, a folder without permission on the way.
            return new Status(Kind.UNREADABLE, Optional.empty(), reason(e));
        }
        if (!real.startsWith(realRoot)) {
            return Status.of(Kind.OUTSIDE);
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return new Status(Kind.UNREADABLE, Optional.empty(), reason(e));
        }
        Kind kind = attributes.isRegularFile() ? Kind.FILE : attributes.isDirectory() ? Kind.FOLDER : Kind.SPECIAL;
        return new Status(kind, Optional.of(real), "");
    }

    /**
     * Why a path that should be a file or folder under {@code root} cannot be used, as a
     * diagnostic at the path; empty when it can (or does not exist: the caller says what was
     * expected there).
     */
    public static Optional<Diagnostic> refusal(Path path, Path root) {
        return refusal(path, status(path, root));
    }

    private static Optional<Diagnostic> refusal(Path path, Status status) {
        SourcePos at = SourcePos.start(path);
        return switch (status.kind()) {
            case FILE, FOLDER, MISSING -> Optional.empty();
            case OUTSIDE -> Optional.of(Diagnostic.error("input-outside-root", at, path.toString()));
            case SPECIAL -> Optional.of(Diagnostic.error("input-special-file", at, path.toString()));
            case UNREADABLE -> Optional.of(Diagnostic.error("read-failed", at, status.problem()));
        };
    }

    /**
     * The bytes of a file under {@code root}, at most {@code maxBytes} of them: the size is
     * counted while reading, so a file that grows meanwhile cannot slip past the limit.
     */
    public static Bytes read(Path file, Path root, int maxBytes) {
        SourcePos at = SourcePos.start(file);
        Status status = status(file, root);
        Optional<Diagnostic> refused = refusal(file, status);
        if (refused.isPresent()) {
            return Bytes.failed(refused.get());
        }
        if (status.kind() == Kind.MISSING) {
            return Bytes.failed(Diagnostic.error("input-not-found", at, file.toString()));
        }
        if (status.kind() == Kind.FOLDER) {
            return Bytes.failed(Diagnostic.error("read-failed", at, "is a folder"));
        }
        Path real = status.real().orElseThrow();
        try (SeekableByteChannel channel = Files.newByteChannel(real, StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS); InputStream in = Channels.newInputStream(channel)) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                return Bytes.failed(Diagnostic.error("file-too-large", at, Integer.toString(maxBytes / 1024)));
            }
            return new Bytes(Optional.of(bytes), Optional.empty());
        } catch (IOException e) {
            return Bytes.failed(Diagnostic.error("read-failed", at, reason(e)));
        }
    }

    /** Whether a file under {@code root} can be opened for reading; its diagnostic if not. */
    public static Optional<Diagnostic> readable(Path file, Path root) {
        Status status = status(file, root);
        Optional<Diagnostic> refused = refusal(file, status);
        if (refused.isPresent() || status.kind() != Kind.FILE) {
            return refused;
        }
        try (SeekableByteChannel channel = Files.newByteChannel(status.real().orElseThrow(), StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(Diagnostic.error("read-failed", SourcePos.start(file), reason(e)));
        }
    }

    /** The system's words for a failure, without the path (the diagnostic shows it already). */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return String.valueOf(e.getMessage());
    }
}

package it.policydoc.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps a request path to a file of the preview site, or to nothing: no {@code ..} or {@code .}
 * segment, no encoded slash, backslash or NUL, and no symbolic link that leads outside the site.
 */
final class SafePath {

    private SafePath() {
    }

    /** Whether a raw (still encoded) request path is one the server will consider at all. */
    static boolean acceptable(String rawPath) {
        String lower = rawPath.toLowerCase(Locale.ROOT);
        return rawPath.startsWith("/") && !lower.contains("%2f") && !lower.contains("%5c") && !lower.contains("%00")
                && !rawPath.contains("\\");
    }

    /** The file a decoded path names inside {@code root}, if it is safely there. */
    static Optional<Path> resolve(Path root, String path) {
        String relative = path.substring(1);
        for (String segment : relative.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".") || segment.indexOf('\0') >= 0 || segment.contains("\\")) {
                return Optional.empty();
            }
        }
        Path base = root.toAbsolutePath().normalize();
        Path candidate = base.resolve(relative).normalize();
        if (!candidate.startsWith(base)) {
            return Optional.empty();
        }
        if (!Files.exists(candidate)) {
            return Optional.of(candidate);
        }
        try {
            return candidate.toRealPath().startsWith(base.toRealPath()) ? Optional.of(candidate) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

package it.policydoc.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The collections of a policydoc process, read from the log the JVM writes with
 * {@code -Xlog:gc:file=…:timemillis}: when each ended and how much heap was still in use after
 * it. The line is the same for every collector ("Pause Young (…) 310M->95M(1024M) 12.3ms").
 */
public final class GcLog {

    /** One collection: when it was logged (milliseconds since the epoch) and the heap in use after it. */
    public record Collection(long atMillis, long heapAfterBytes, boolean full) {
    }

    private static final Pattern LINE = Pattern.compile(
            "^\\[(\\d+)ms] GC\\(\\d+\\) Pause (.*?) (\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    private GcLog() {
    }

    /**
     * The JVM option that writes the log into {@code file}; empty when the path holds a space or
     * a colon, which the launcher's options or the {@code -Xlog} syntax would split.
     */
    public static Optional<String> option(Path file) {
        String path = file.toAbsolutePath().toString();
        return path.matches(".*[\\s:\"].*") ? Optional.empty() : Optional.of("-Xlog:gc:file=" + path + ":timemillis");
    }

    public static List<Collection> read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    static List<Collection> parse(List<String> lines) {
        List<Collection> collections = new ArrayList<>();
        for (String line : lines) {
            Matcher m = LINE.matcher(line);
            if (m.find()) {
                collections.add(new Collection(Long.parseLong(m.group(1)), bytes(m.group(5), m.group(6)),
                        m.group(2).startsWith("Full")));
            }
        }
        return collections;
    }

    private static long bytes(String amount, String unit) {
        long value = Long.parseLong(amount);
        return switch (unit) {
            case "K" -> value << 10;
            case "M" -> value << 20;
            default -> value << 30;
        };
    }
}

package it.policydoc.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whole policydoc processes, started as a clerk starts them: through the launcher script, whose
 * JVM flags are the real ones, with a few more JVM options where the benchmark needs them (the
 * heap limit, a GC log) passed the way a user passes them, in {@code POLICYDOC_JAVA_OPTS}.
 *
 * @param command the launcher (or, where there is none, {@code java -jar policydoc.jar})
 * @param script whether {@code command} is the launcher script, which reads {@code POLICYDOC_JAVA_OPTS}
 * @param userJavaOptions the {@code POLICYDOC_JAVA_OPTS} bench was given, kept last so they win
 */
public record PolicydocProcess(List<String> command, boolean script, String userJavaOptions) {

    /** A progress line of a build: "[12/100] comune-00012", "[12/1.000] …" in Italian. */
    private static final Pattern PROGRESS = Pattern.compile("^\\[\\S+/\\S+] ");
    private static final int KEPT_ERROR_LINES = 20;

    public PolicydocProcess {
        command = List.copyOf(command);
    }

    /**
     * What one process took.
     *
     * @param startMillis when it was started, in milliseconds since the epoch
     * @param comuniDoneMillis when each progress line ("[n/N] comune") came, same clock
     */
    public record Run(Duration wall, long startMillis, List<Long> comuniDoneMillis) {

        public Run {
            comuniDoneMillis = List.copyOf(comuniDoneMillis);
        }
    }

    /** Runs policydoc with {@code args} and waits for it; a non-zero exit is an error of the benchmark. */
    public Run run(List<String> args, List<String> javaOptions) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        if (script) {
            line.addAll(command);
        } else {
            line.add(command.get(0));
            line.addAll(javaOptions);
            line.addAll(List.of(userJavaOptions.trim().split("\\s+")).stream().filter(o -> !o.isEmpty()).toList());
            line.addAll(command.subList(1, command.size()));
        }
        line.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(line).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        if (script) {
            builder.environment().put("POLICYDOC_JAVA_OPTS", (String.join(" ", javaOptions) + " " + userJavaOptions).trim());
        }
        List<Long> done = new ArrayList<>();
        Deque<String> lastLines = new ArrayDeque<>();
        long startMillis = System.currentTimeMillis();
        long start = System.nanoTime();
        Process process = builder.start();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String l = err.readLine(); l != null; l = err.readLine()) {
                if (isProgress(l)) {
                    done.add(System.currentTimeMillis());
                } else {
                    lastLines.addLast(l);
                    if (lastLines.size() > KEPT_ERROR_LINES) {
                        lastLines.removeFirst();
                    }
                }
            }
        }
        int code = process.waitFor();
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        if (code != 0) {
            throw new IOException(String.join(" ", line) + " exited with " + code + ":\n" + String.join("\n", lastLines));
        }
        return new Run(wall, startMillis, done);
    }

    static boolean isProgress(String line) {
        return PROGRESS.matcher(line).find();
    }
}

package it.policydoc.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Starts a class's {@code main} in a new JVM with the tests' class path, to kill it or to give it another locale. */
public final class ChildJvm {

    private ChildJvm() {
    }

    /**
     * @param environment variables set (or, with a null value, removed) for the child
     * @param output where the child's standard output and error go
     */
    public static Process start(Class<?> main, List<String> args, Map<String, String> environment, Path output)
            throws IOException {
        return start(main, args, environment, output, Path.of(""));
    }

    /** @param directory the child's working directory */
    public static Process start(Class<?> main, List<String> args, Map<String, String> environment, Path output,
            Path directory) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile()).directory(directory.toAbsolutePath().toFile());
        environment.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        return builder.start();
    }
}

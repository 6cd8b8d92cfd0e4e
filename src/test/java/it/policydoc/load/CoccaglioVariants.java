package it.policydoc.load;

import it.policydoc.diag.Diagnostic;
import it.policydoc.diag.DiagnosticFormatter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The bundled Coccaglio policy with one of a clerk's plausible mistakes in it, written as a
 * comune folder in a temporary directory and loaded.
 */
final class CoccaglioVariants {

    static final Path BUNDLED = Path.of("policies/coccaglio");
    static final String POLICY = read(BUNDLED.resolve("social-media-policy.yaml"));
    static final String COMUNE = read(BUNDLED.resolve("comune.yaml"));
    private static final PolicyLoader LOADER = new PolicyLoader();

    private CoccaglioVariants() {
    }

    /** The policy with the first {@code from} replaced by {@code to}; fails if {@code from} is not in it. */
    static String edit(String from, String to) {
        if (!POLICY.contains(from)) {
            throw new AssertionError("not in the Coccaglio policy: " + from);
        }
        return POLICY.replace(from, to);
    }

    /** The policy with the whole line holding {@code needle} replaced by {@code line}. */
    static String replaceLine(String needle, String line) {
        String[] lines = POLICY.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                lines[i] = line.replace("$0", lines[i]);
                return String.join("\n", lines);
            }
        }
        throw new AssertionError("not in the Coccaglio policy: " + needle);
    }

    /** Writes the comune with this policy text under {@code tmp} and returns its policy file. */
    static Path write(Path tmp, String policy) {
        try {
            Path folder = Files.createDirectories(tmp.resolve("coccaglio"));
            Files.writeString(folder.resolve("comune.yaml"), COMUNE, StandardCharsets.UTF_8);
            return Files.writeString(folder.resolve("social-media-policy.yaml"), policy, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LoadResult load(Path tmp, String policy) {
        write(tmp, policy);
        return LOADER.load(List.of(tmp.resolve("coccaglio")));
    }

    /** 1-based "line:col" of the first {@code needle} in {@code text}, plus {@code shift} columns. */
    static String at(String text, String needle, int shift) {
        int offset = text.indexOf(needle);
        if (offset < 0) {
            throw new AssertionError("not in the text: " + needle);
        }
        String before = text.substring(0, offset);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int lineStart = before.lastIndexOf('\n') + 1;
        return line + ":" + (before.codePointCount(lineStart, before.length()) + 1 + shift);
    }

    static String italian(Diagnostic d) {
        return new DiagnosticFormatter(Locale.ITALIAN).format(d);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

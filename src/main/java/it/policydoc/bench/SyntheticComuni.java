package it.policydoc.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Makes a policies folder of many comuni out of the bundled ones, for measuring: each
 * synthetic comune is a copy of a real one under a new name and ISTAT code, and one in three
 * instead extends a shared base (the first bundled policy), as consortia do.
 */
final class SyntheticComuni {

    static final String BASE_FOLDER = "_base";
    private static final Pattern NAME = Pattern.compile("(?m)^nome:.*$");
    private static final Pattern ISTAT = Pattern.compile("(?m)^codice_istat:.*$");
    private static final int EXTENDS_EVERY = 3;

    private SyntheticComuni() {
    }

    /**
     * @param from a policies folder with at least one comune
     * @return the comuni written into {@code into}
     */
    static int write(Path from, Path into, int count) throws IOException {
        List<Path> templates;
        try (Stream<Path> children = Files.list(from)) {
            templates = children.filter(c -> Files.isRegularFile(c.resolve("comune.yaml"))).sorted().toList();
        }
        if (templates.isEmpty()) {
            throw new IOException("no comune to copy in " + from);
        }
        Path base = Files.createDirectories(into.resolve(BASE_FOLDER));
        Path basePolicy = firstPolicy(templates.get(0));
        Files.copy(basePolicy, base.resolve(basePolicy.getFileName()));
        for (int i = 0; i < count; i++) {
            Path template = templates.get(i % templates.size());
            Path comune = Files.createDirectories(into.resolve(String.format(Locale.ROOT, "comune-%05d", i + 1)));
            String yaml = Files.readString(template.resolve("comune.yaml"), StandardCharsets.UTF_8);
            yaml = NAME.matcher(yaml).replaceFirst(Matcher.quoteReplacement("nome: Comune di prova " + (i + 1)));
            yaml = ISTAT.matcher(yaml).replaceFirst(String.format(Locale.ROOT, "codice_istat: \"%06d\"", i + 1));
            Files.writeString(comune.resolve("comune.yaml"), yaml, StandardCharsets.UTF_8);
            if (i % EXTENDS_EVERY == EXTENDS_EVERY - 1) {
                Files.writeString(comune.resolve(basePolicy.getFileName()), "estende: ../" + BASE_FOLDER + "/"
                        + basePolicy.getFileName() + "\n", StandardCharsets.UTF_8);
            } else {
                copyPolicies(template, comune);
            }
        }
        return count;
    }

    private static Path firstPolicy(Path comune) throws IOException {
        try (Stream<Path> files = Files.list(comune)) {
            return files.filter(SyntheticComuni::isPolicy).sorted().findFirst()
                    .orElseThrow(() -> new IOException("no policy in " + comune));
        }
    }

    private static void copyPolicies(Path template, Path comune) throws IOException {
        try (Stream<Path> files = Files.list(template)) {
            for (Path file : files.filter(SyntheticComuni::isPolicy).sorted().toList()) {
                Files.copy(file, comune.resolve(file.getFileName()));
            }
        }
    }

    private static boolean isPolicy(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && name.endsWith(".yaml") && !name.equals("comune.yaml");
    }
}

package it.policydoc.load;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The names policydoc reads, and the name a clerk's file should have had. Windows hides
 * extensions, so "social-media-policy.yaml" saved by Notepad becomes "social-media-policy.yaml.txt";
 * other editors save ".yml"; names typed by hand have spaces, capitals and accents. Each such
 * file is named in an error with its right name rather than silently left out.
 */
final class FileNames {

    static final String EXTENSION = ".yaml";

    private FileNames() {
    }

    /**
     * Whether a name can go into addresses as it is (folder and file names become URLs):
     * lower-case letters and digits in words joined by single hyphens; checked without a regular
     * expression, whose repeated group java.util.regex would match by recursion.
     */
    static boolean isSlug(String name) {
        return !name.isEmpty() && !name.startsWith("-") && !name.endsWith("-") && !name.contains("--")
                && name.chars().allMatch(c -> c == '-' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9');
    }

    /** Whether policydoc reads this file as YAML: a slug followed by ".yaml". */
    static boolean isReadable(String fileName) {
        return fileName.endsWith(EXTENSION) && isSlug(fileName.substring(0, fileName.length() - EXTENSION.length()));
    }

    /** For a file that is meant as YAML but misnamed, the name it should have; empty otherwise. */
    static Optional<String> expected(String fileName) {
        if (isReadable(fileName)) {
            return Optional.empty();
        }
        // Read from the end, without a regular expression: "name .yaml", "name.yml", "name.yaml.txt".
        String name = fileName.strip();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".txt")) {
            name = name.substring(0, name.length() - ".txt".length()).strip();
            lower = name.toLowerCase(Locale.ROOT);
        }
        int extension = lower.endsWith(".yaml") ? ".yaml".length() : lower.endsWith(".yml") ? ".yml".length() : 0;
        if (extension == 0 || name.length() == extension) {
            return Optional.empty();
        }
        String slug = slug(name.substring(0, name.length() - extension).strip());
        return slug.isEmpty() ? Optional.empty() : Optional.of(slug + EXTENSION);
    }

    /** "Porto Sant'Elpidio" → "porto-sant-elpidio": no accents, capitals, spaces or signs. */
    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}

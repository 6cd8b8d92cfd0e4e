package it.policydoc.history;

import it.policydoc.util.Sha256;
import java.nio.charset.StandardCharsets;

/**
 * The content hash that seals a frozen version: its first line, a YAML comment, holds the
 * SHA-256 of the rest of the file, so a hand edit of a single character is found. Line endings
 * are compared as "\n" so that a checkout on Windows does not break the seal. The editor's hint
 * line ({@code # yaml-language-server: $schema=…}) is left out of the hash: it says where an
 * editor finds the schema, which differs between the repository and the release, and is no part
 * of the approved text.
 */
public final class VersionSeal {

    static final String PREFIX = "# policydoc-impronta: sha256:";

    /** Whether a frozen file is as policydoc wrote it. */
    public enum Verdict { INTACT, EDITED, UNSEALED }

    private VersionSeal() {
    }

    /** The file to write: the seal line, then the version's YAML. */
    public static String seal(String yaml) {
        String body = normalised(yaml);
        return PREFIX + sha256(withoutEditorHint(body)) + "\n" + body;
    }

    public static Verdict verify(String file) {
        String text = normalised(file);
        int end = text.indexOf('\n');
        if (!text.startsWith(PREFIX) || end < 0) {
            return Verdict.UNSEALED;
        }
        String written = text.substring(PREFIX.length(), end).strip();
        return written.equals(sha256(withoutEditorHint(text.substring(end + 1)))) ? Verdict.INTACT : Verdict.EDITED;
    }

    private static String withoutEditorHint(String body) {
        return EDITOR_HINT.matcher(body).replaceAll("");
    }

    private static final java.util.regex.Pattern EDITOR_HINT =
            java.util.regex.Pattern.compile("(?m)^#\\s*yaml-language-server:[^\n]*\n?");

    private static String normalised(String text) {
        return text.replace("\r\n", "\n");
    }

    private static String sha256(String text) {
        return Sha256.hex(text.getBytes(StandardCharsets.UTF_8));
    }
}

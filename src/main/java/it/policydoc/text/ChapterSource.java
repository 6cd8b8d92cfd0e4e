package it.policydoc.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a handbook chapter (AsciiDoc written by the comune) contains that policydoc cares about,
 * found line by line without starting Asciidoctor: its title, its {@code policy:} references
 * ({@code policy:gestione.3[]}, {@code policy:gestione.3[parole scritte]}) and the constructs a
 * chapter may not use (includes, raw HTML passthroughs, images and media, blocks left open).
 * Comments and literal or listing blocks are skipped, as Asciidoctor skips them.
 */
public final class ChapterSource {

    /** The name of the inline macro that references a unit of the policy. */
    public static final String MACRO = "policy";

    /** The same syntax Asciidoctor gives a named inline macro: name, target, then "[…]" up to an unescaped "]". */
    private static final Pattern REFERENCE = Pattern.compile("(\\\\?)" + MACRO + ":(\\S+?)\\[(|.*?[^\\\\])\\]");
    private static final Pattern TITLE = Pattern.compile("^= \\S.*$");
    private static final Pattern ATTRIBUTE_ENTRY = Pattern.compile("^:!?[\\w-]+!?:.*$");
    /** Delimited blocks whose content Asciidoctor takes as it is: comments, listings, literals, passthroughs. */
    private static final Pattern VERBATIM_DELIMITER = Pattern.compile("^(/{4,}|-{4,}|\\.{4,}|\\+{4,})$");
    /** Delimited blocks that hold more AsciiDoc: examples, sidebars, quotes, tables, open blocks. */
    private static final Pattern COMPOUND_DELIMITER = Pattern.compile("^(={4,}|\\*{4,}|_{4,}|\\|={3,}|--)$");

    /** A construct a chapter may not use. */
    public enum Forbidden {
        /** {@code include::} would read another file. */
        INCLUDE(Pattern.compile("^include::")),
        /** A passthrough puts raw HTML into the page, unchecked. */
        PASSTHROUGH(Pattern.compile("pass:[a-z,]*\\[|\\+\\+\\+")),
        /** Images, audio and video would be fetched from wherever they point. */
        MEDIA(Pattern.compile("(?<![\\w\\\\])(?:image|video|audio)::?\\S*\\[")),
        /**
         * A block left open would swallow the rest of the handbook (the contacts, the declaration).
         * Found from the delimiters, not by a pattern of its own.
         */
        UNCLOSED_BLOCK(null);

        private final Pattern pattern;

        Forbidden(Pattern pattern) {
            this.pattern = pattern;
        }
    }

    /**
     * A {@code policy:} reference.
     *
     * @param target the unit's id or path, as after "policy:"
     * @param words the words between the brackets, if any
     * @param line 1-based line of the chapter file
     * @param column 1-based column of "policy:"
     */
    public record Reference(String target, Optional<String> words, int line, int column) {
    }

    /** A forbidden construct and where it starts. */
    public record Problem(Forbidden what, int line, int column) {
    }

    private final List<Reference> references = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private boolean titled;

    private ChapterSource() {
    }

    public static ChapterSource scan(String asciidoc) {
        ChapterSource found = new ChapterSource();
        found.read(asciidoc.split("\\R", -1));
        return found;
    }

    public List<Reference> references() {
        return List.copyOf(references);
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Whether the chapter starts with its title ("= Titolo"), which the handbook shows as a chapter. */
    public boolean titled() {
        return titled;
    }

    private void read(String[] lines) {
        String verbatim = null;
        int verbatimLine = 0;
        Deque<String> open = new ArrayDeque<>();
        Deque<Integer> openLines = new ArrayDeque<>();
        boolean beforeContent = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            String trimmed = line.strip();
            if (verbatim != null) {
                if (trimmed.equals(verbatim)) {
                    verbatim = null;
                }
                continue;
            }
            if (VERBATIM_DELIMITER.matcher(trimmed).matches()) {
                if (trimmed.startsWith("+")) {
                    problems.add(new Problem(Forbidden.PASSTHROUGH, number, 1));
                }
                verbatim = trimmed;
                verbatimLine = number;
                continue;
            }
            if (COMPOUND_DELIMITER.matcher(trimmed).matches()) {
                if (trimmed.equals(open.peek())) {
                    open.pop();
                    openLines.pop();
                } else {
                    open.push(trimmed);
                    openLines.push(number);
                }
                continue;
            }
            if (line.startsWith("//")) {
                continue;
            }
            if (beforeContent && !line.isBlank() && !ATTRIBUTE_ENTRY.matcher(line).matches()) {
                titled = TITLE.matcher(line).matches();
                beforeContent = false;
            }
            scanLine(line, number);
        }
        if (verbatim != null) {
            problems.add(new Problem(Forbidden.UNCLOSED_BLOCK, verbatimLine, 1));
        }
        if (!openLines.isEmpty()) {
            problems.add(new Problem(Forbidden.UNCLOSED_BLOCK, openLines.getLast(), 1));
        }
    }

    private void scanLine(String line, int number) {
        for (Forbidden forbidden : Forbidden.values()) {
            if (forbidden.pattern == null) {
                continue;
            }
            Matcher m = forbidden.pattern.matcher(line);
            if (m.find()) {
                problems.add(new Problem(forbidden, number, m.start() + 1));
            }
        }
        Matcher m = REFERENCE.matcher(line);
        while (m.find()) {
            if (m.group(1).isEmpty()) {
                Optional<String> words = Optional.of(m.group(3).replace("\\]", "]").strip()).filter(w -> !w.isEmpty());
                references.add(new Reference(m.group(2), words, number, m.start(2) - MACRO.length()));
            }
        }
    }
}

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
 * ({@code policy:gestione.3[]}, {@code policy:gestione.3[parole scritte]}), the ids it gives and
 * the cross-references ({@code <<id>>}) it makes, and the constructs a chapter may not use
 * (includes, conditionals, raw HTML passthroughs, images and media, blocks left open, nesting
 * deeper than a handbook needs). Comments and literal or listing blocks are skipped, as
 * Asciidoctor skips them; preprocessor lines are found everywhere, as Asciidoctor reads them
 * everywhere. Every scan runs in time linear in the line's length (no pattern backtracks over
 * what an earlier attempt already read), since a chapter is text from anyone.
 *
 * <p>These rules give good messages; the safety of the published page does not rest on them (the
 * handbook's HTML is sanitised after conversion).
 */
public final class ChapterSource {

    /** The name of the inline macro that references a unit of the policy. */
    public static final String MACRO = "policy";

    private static final String REFERENCE_START = MACRO + ":";
    /** Nested delimited blocks beyond this are no handbook's need; Asciidoctor recurses once per level. */
    public static final int MAX_BLOCK_DEPTH = 16;
    /** Levels of a list (the length of its marker: "*****"), for the same reason. */
    public static final int MAX_LIST_DEPTH = 8;
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(\\*+|\\.+|-)\\s");
    private static final Pattern CONDITIONAL = Pattern.compile("^\\s*(?:ifdef|ifndef|ifeval|endif)::");
    /** Explicit ids: [[id]], [[[id]]], [#id], [quote#id.role], [id=id], anchor:id[]. */
    private static final Pattern ANCHOR = Pattern.compile(
            "\\[\\[\\[?([^\\[\\],\\s]+)|\\[[\\w-]*(?:\\.[\\w-]+)*#([^\\[\\]\\s.%,#\"']+)"
            + "|\\bid=[\"']?([^\\[\\]\\s,\"']+)|\\banchor:([^\\[\\]\\s]+)");
    /** Cross-references: <<id>>, <<id,parole>>, xref:id[]. */
    private static final Pattern CROSS_REFERENCE = Pattern.compile("<<([^,<>\\s]+)(?=,|>>)|\\bxref:([^\\[\\]\\s]+)");
    /** A section title and the words Asciidoctor makes its id from. */
    private static final Pattern SECTION = Pattern.compile("^(?:={1,6}|#{1,6}) +(\\S.*)$");
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
        /** A conditional ({@code ifdef::}) left open would remove the rest of the handbook. */
        CONDITIONAL(null),
        /** A passthrough puts raw HTML into the page, unchecked: pass:[], +++, [pass], [subs=…]. */
        PASSTHROUGH(Pattern.compile("pass:[a-z,]*\\[|\\+\\+\\+|^\\[pass[\\],]|^\\[[^\\]]*\\bsubs *=")),
        /** Images, audio and video would be fetched from wherever they point. */
        MEDIA(Pattern.compile("(?<![\\w\\\\])(?:image|video|audio)::?(?=[^\\s\\[])")),
        /** Blocks or lists nested deeper than {@link #MAX_BLOCK_DEPTH} or {@link #MAX_LIST_DEPTH}. */
        TOO_DEEP(null),
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

    /** An id the chapter writes ({@code anchor}), a cross-reference it makes, or the id of a section title. */
    public record Name(String id, int line, int column) {
    }

    private final List<Reference> references = new ArrayList<>();
    private final List<Name> anchors = new ArrayList<>();
    private final List<Name> crossReferences = new ArrayList<>();
    private final List<Name> sections = new ArrayList<>();
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

    /** The ids the chapter gives explicitly ([[id]], [#id]…). */
    public List<Name> anchors() {
        return List.copyOf(anchors);
    }

    /** The targets of its cross-references ({@code <<id>>}, {@code xref:id[]}), without a leading "#". */
    public List<Name> crossReferences() {
        return List.copyOf(crossReferences);
    }

    /** The ids Asciidoctor gives its section titles (without an explicit id), as {@link #sectionId} makes them. */
    public List<Name> sections() {
        return List.copyOf(sections);
    }

    /**
     * The id Asciidoctor generates for a section title, with the prefix and separator the
     * handbook locks ("_"): lower case, markup and characters other than letters, digits, "_",
     * "-", "." and spaces dropped, runs of spaces and of "_", "-", "." made one "_".
     */
    public static String sectionId(String title) {
        String words = title.toLowerCase(java.util.Locale.ROOT).replaceAll("<[^>]*>|[^\\s\\p{L}\\p{M}\\p{Nd}\\p{Pc}.-]", "");
        String id = ("_" + words).replaceAll("[\\s_.-]+", "_");
        return id.length() > 1 && id.endsWith("_") ? id.substring(0, id.length() - 1) : id;
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
        boolean listTooDeep = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            String trimmed = line.strip();
            if (CONDITIONAL.matcher(line).find()) {
                problems.add(new Problem(Forbidden.CONDITIONAL, number, line.indexOf(trimmed.charAt(0)) + 1));
                continue;
            }
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
                    if (open.size() == MAX_BLOCK_DEPTH + 1) {
                        problems.add(new Problem(Forbidden.TOO_DEEP, number, 1));
                    }
                }
                continue;
            }
            // "//" starts a comment line; "///" does not (Asciidoctor reads it as text).
            if (line.startsWith("//") && !line.startsWith("///")) {
                continue;
            }
            Matcher marker = LIST_MARKER.matcher(line);
            if (marker.find() && marker.group(1).length() > MAX_LIST_DEPTH && !listTooDeep) {
                problems.add(new Problem(Forbidden.TOO_DEEP, number, marker.start(1) + 1));
                listTooDeep = true;
            }
            Matcher section = SECTION.matcher(line);
            if (section.matches() && !(i > 0 && lines[i - 1].startsWith("["))) {
                sections.add(new Name(sectionId(section.group(1).strip()), number, 1));
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
        names(ANCHOR, line, number, anchors);
        names(CROSS_REFERENCE, line, number, crossReferences);
        if (line.contains(REFERENCE_START)) {
            references.addAll(references(line, number));
        }
    }

    private static void names(Pattern pattern, String line, int number, List<Name> found) {
        Matcher m = pattern.matcher(line);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    String id = m.group(g).startsWith("#") ? m.group(g).substring(1) : m.group(g);
                    found.add(new Name(id, number, m.start(g) + 1));
                }
            }
        }
    }

    /**
     * {@code policy:target[words]} as Asciidoctor reads a named inline macro (a target of
     * non-blank characters up to the first "[" after which the line has an unescaped "]"; a
     * "\\" before the name escapes it), found in linear time: a regular expression for it
     * backtracks over the rest of the line at every "policy:" that has no closing bracket.
     * Reads the line only through {@link CharSequence#charAt}, so that a test can count the reads.
     */
    static List<Reference> references(CharSequence line, int number) {
        List<Reference> found = new ArrayList<>();
        int n = line.length();
        // nextClose[i]: the first "]" at or after i not preceded by "\\"; nextStop[i]: the first "[" or blank.
        int[] nextClose = new int[n + 1];
        int[] nextStop = new int[n + 1];
        nextClose[n] = n;
        nextStop[n] = n;
        for (int i = n - 1; i >= 0; i--) {
            char c = line.charAt(i);
            nextStop[i] = c == '[' || Character.isWhitespace(c) ? i : nextStop[i + 1];
            nextClose[i] = c == ']' && (i == 0 || line.charAt(i - 1) != '\\') ? i : nextClose[i + 1];
        }
        int start = indexOf(line, 0);
        while (start >= 0) {
            int targetStart = start + REFERENCE_START.length();
            int open = nextStop[targetStart];
            if (open == targetStart || open == n || line.charAt(open) != '[') {
                start = indexOf(line, start + 1);
                continue;
            }
            int close = open + 1 < n && line.charAt(open + 1) == ']' ? open + 1 : nextClose[Math.min(open + 2, n)];
            if (close == n) {
                break;
            }
            if (start == 0 || line.charAt(start - 1) != '\\') {
                String text = line.subSequence(open + 1, close).toString();
                Optional<String> words = Optional.of(text.replace("\\]", "]").strip()).filter(w -> !w.isEmpty());
                found.add(new Reference(line.subSequence(targetStart, open).toString(), words, number, start + 1));
            }
            start = indexOf(line, close + 1);
        }
        return found;
    }

    /** The next "policy:" at or after {@code from}, or -1. */
    private static int indexOf(CharSequence line, int from) {
        int last = line.length() - REFERENCE_START.length();
        for (int i = from; i <= last; i++) {
            if (line.charAt(i) == REFERENCE_START.charAt(0) && startsWith(line, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(CharSequence line, int at) {
        for (int k = 1; k < REFERENCE_START.length(); k++) {
            if (line.charAt(at + k) != REFERENCE_START.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}

package it.policydoc.text;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every regular expression that scans user text runs in linear time: each pattern constant of the
 * classes that read texts and chapters is run over adversarial lines of 25.6 kB and 256 kB, and
 * the characters it reads are counted (never timed). A backtracking pattern reads ten times the
 * input a hundred times over; a linear one about ten times. The chapter scanner's policy: references,
 * found without a pattern, are measured the same way through their input.
 */
class LinearScanTest {

    /**
     * Packages whose patterns see what the clerk wrote. Not text.refs: its recognisers apply their
     * patterns anchored at the end of a token they have read (lookingAt), never by find() across
     * a line, so this sweep would measure a use they do not make.
     */
    private static final List<String> PACKAGES = List.of("it.policydoc.text", "it.policydoc.check",
            "it.policydoc.load", "it.policydoc.render", "it.policydoc.render.handbook");
    /** Pieces that patterns of these classes start on and then give up: repeated, they make the worst lines. */
    private static final List<String> PIECES = List.of("policy:x[", "policy:", "[[", "[[a|", "<<a", "xref:", "[#a",
            "anchor:", "image:", "pass:", "+++", "art. 1 comma 2 ", "art. ", "articolo ", "comma 1, lettera ",
            "legge ", "legge n. 1 del ", "d.lgs. ", "d.lgs. n. 1/", "n. ", "1/", "1", " ", "a) ", "lett. a",
            "del ", "Regolamento (UE) ", "(UE) 2016/", "direttiva ", "precedente ", "2000/31/", "l. 150 ",
            "\\", "]", "[", "a", "a.", "a-", "*", "_", "`", "<", "&", "http://", "www.", "@", "${", "{", "&#");
    private static final int SMALL = 25_600;
    private static final int LARGE = 256_000;
    /** Linear is about 10; a quadratic pattern gives about 100. */
    private static final double MAX_RATIO = 25;
    private static final long DEEP = -2;

    @Test
    void everyPatternReadsItsInputAboutOnce() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Field field : patternFields()) {
            Pattern pattern = (Pattern) field.get(null);
            for (String piece : PIECES) {
                long small = steps(pattern, line(piece, SMALL), 400L * SMALL);
                long large = steps(pattern, line(piece, LARGE), (long) (MAX_RATIO * Math.max(small, SMALL)));
                if (small < 0 || large < 0) {
                    failures.add(field.getDeclaringClass().getSimpleName() + "." + field.getName() + " on \""
                            + piece + "\"…: " + (small == DEEP || large == DEEP ? "recurses" : "backtracks")
                            + " (" + pattern.pattern() + ")");
                    break;
                }
            }
        }
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
    }

    @Test
    void theChapterScannerIsLinearOnRepeatedOpenReferences() {
        for (String piece : List.of("policy:x[", "policy:", "\\policy:x[", "policy:x[]", "<<a", "[[a", "image:x")) {
            CountingText small = new CountingText(line(piece, SMALL));
            ChapterSource.references(small, 1);
            CountingText large = new CountingText(line(piece, LARGE));
            ChapterSource.references(large, 1);
            assertTrue(large.reads <= MAX_RATIO * small.reads, piece + ": " + small.reads + " then " + large.reads);
        }
    }

    private static String line(String piece, int length) {
        return piece.repeat(length / piece.length() + 1).substring(0, length);
    }

    /** Characters read by every find() over the line, or -1 once more than {@code budget}. */
    private static long steps(Pattern pattern, String line, long budget) {
        CountingText text = new CountingText(line, budget);
        try {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (m.end() == m.start() && m.end() >= line.length()) {
                    break;
                }
            }
            return text.reads;
        } catch (OverBudget e) {
            return -1;
        } catch (StackOverflowError e) {
            // java.util.regex recurses once per repetition of some groups: a long line overflows the stack.
            return DEEP;
        }
    }

    private static List<Field> patternFields() throws IOException, URISyntaxException, ClassNotFoundException {
        List<Field> fields = new ArrayList<>();
        Path classes = Path.of(ChapterSource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        for (String pkg : PACKAGES) {
            Path dir = classes.resolve(pkg.replace('.', '/'));
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                    String name = file.getFileName().toString().replace(".class", "");
                    Class<?> type = Class.forName(pkg + "." + name, false, LinearScanTest.class.getClassLoader());
                    for (Field field : type.getDeclaredFields()) {
                        if (Modifier.isStatic(field.getModifiers()) && field.getType() == Pattern.class) {
                            field.setAccessible(true);
                            fields.add(field);
                        }
                    }
                }
            }
        }
        assertTrue(fields.size() > 10, "the patterns were found: " + fields.size());
        return fields;
    }

    private static final class OverBudget extends RuntimeException {
        OverBudget() {
            super(null, null, false, false);
        }
    }

    /** A text that counts the characters read from it, and gives up past a budget. */
    static final class CountingText implements CharSequence {
        private final String text;
        private final long budget;
        long reads;

        CountingText(String text) {
            this(text, Long.MAX_VALUE);
        }

        CountingText(String text, long budget) {
            this.text = text;
            this.budget = budget;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if (++reads > budget) {
                throw new OverBudget();
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            reads += end - start;
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            reads += text.length();
            return text;
        }
    }
}

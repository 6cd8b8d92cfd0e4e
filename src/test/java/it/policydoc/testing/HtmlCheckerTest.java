package it.policydoc.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import it.policydoc.testing.HtmlChecker.Problem;
import it.policydoc.testing.HtmlChecker.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/** The vnu harness accepts a valid page and reports what is wrong with an invalid one. */
// One instance for all tests, so vnu's schemas are loaded once for the class.
@TestInstance(Lifecycle.PER_CLASS)
class HtmlCheckerTest {

    private final HtmlChecker checker = new HtmlChecker();
    private final Path good = fixture("good.html");
    private final Path bad = fixture("bad.html");

    static Path fixture(String name) {
        try {
            return Path.of(HtmlCheckerTest.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test fixture " + name, e);
        }
    }

    /** The 1-based number of the first line of {@code file} that contains {@code text}. */
    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private static void assertHas(List<Problem> problems, Predicate<Problem> expected, String what) {
        assertTrue(problems.stream().anyMatch(expected), () -> "expected " + what + " in " + problems);
    }

    @Test
    void validPageHasNoMessagesAtAll() {
        // No errors, and no warning either: language detection agrees that the text is
        // Italian, as lang="it" says.
        assertEquals(List.of(), checker.check(good));
    }

    @Test
    void invalidPageReportsErrorsWithTheirPosition() throws IOException {
        List<Problem> errors = checker.errors(bad);
        int duplicateLine = lineOf(bad, "<p id=\"titolo\"");
        assertHas(errors, p -> p.message().equals("Duplicate ID “titolo”.") && p.line() == duplicateLine
                && p.column() > 0, "the duplicate id on line " + duplicateLine);
        int imgLine = lineOf(bad, "<img");
        assertHas(errors, p -> p.message().startsWith("An “img” element must have an “alt” attribute")
                && p.line() == imgLine, "the img without alt on line " + imgLine);
        assertTrue(errors.stream().allMatch(p -> p.type() == Type.ERROR), errors::toString);
    }

    @Test
    void missingLangIsAWarningNotAnError() {
        List<Problem> warnings = checker.warnings(bad);
        assertHas(warnings, p -> p.message().startsWith("Consider adding a “lang” attribute to the “html” start tag"),
                "the missing lang warning");
        assertTrue(checker.errors(bad).stream().noneMatch(p -> p.message().contains("lang")));
    }

    @Test
    void oneCheckerChecksManyFilesWithoutCarryingMessagesOver() {
        List<Problem> first = checker.check(bad);
        assertEquals(List.of(), checker.check(good));
        assertEquals(first, checker.check(bad));
    }

    @Test
    void unreadableFileIsAnErrorOfTheCaller() {
        assertThrows(UncheckedIOException.class, () -> checker.errors(good.resolveSibling("missing.html")));
    }
}

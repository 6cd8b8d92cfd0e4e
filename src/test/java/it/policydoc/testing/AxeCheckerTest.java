package it.policydoc.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import it.policydoc.testing.AxeChecker.Violation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The axe harness passes an accessible page and names the rules an inaccessible one breaks. */
class AxeCheckerTest {

    @Test
    void withoutChromiumBrowserTestsAreSkippedLocallyButFailOnCi() {
        assertThrows(TestAbortedException.class, () -> AxeChecker.assumeAvailable(false, false));
        assertThrows(AssertionFailedError.class, () -> AxeChecker.assumeAvailable(false, true));
        assertDoesNotThrow(() -> AxeChecker.assumeAvailable(true, true));
    }

    /** Needs Chromium; one browser for all of these tests, started once. */
    @Nested
    @TestInstance(Lifecycle.PER_CLASS)
    class InChromium {

        private AxeChecker axe;

        @BeforeAll
        void startBrowser() {
            if (AxeChecker.available()) {
                axe = new AxeChecker(HtmlCheckerTest.fixture("good.html").getParent());
            }
        }

        // Each test, not the class, is skipped (or failed on CI): Surefire does not
        // report a nested class aborted in @BeforeAll at all, message included.
        @BeforeEach
        void needsBrowser() {
            AxeChecker.assumeAvailable();
        }

        @AfterAll
        void stopBrowser() {
            if (axe != null) {
                axe.close();
            }
        }

        @Test
        void accessiblePageHasNoViolations() {
            assertEquals(List.of(), axe.violations(Path.of("good.html")));
        }

        @Test
        void inaccessiblePageBreaksExactlyTheExpectedRules() {
            Map<String, Violation> byRule = axe.violations(Path.of("bad.html")).stream()
                    .collect(Collectors.toMap(Violation::ruleId, Function.identity()));
            assertEquals(
                    List.of("button-name", "color-contrast", "html-has-lang", "image-alt", "link-name"),
                    byRule.keySet().stream().sorted().toList(),
                    byRule::toString);
            assertEquals("critical", byRule.get("image-alt").impact());
            assertEquals(List.of("img"), byRule.get("image-alt").targets());
            // The grey comes from style.css: this fails if the stylesheet was not served.
            assertEquals(List.of("p"), byRule.get("color-contrast").targets());
            assertEquals(List.of("html"), byRule.get("html-has-lang").targets());
        }

        @Test
        void pagesMustBeFilesOfTheServedFolder() {
            assertThrows(IllegalArgumentException.class, () -> axe.violations(Path.of("missing.html")));
            assertThrows(IllegalArgumentException.class, () -> axe.violations(Path.of("../good.html")));
        }
    }
}

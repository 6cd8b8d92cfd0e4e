package it.policydoc.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.testing.AxeChecker;
import it.policydoc.testing.HtmlChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real validators on the real outputs of both seed policies: the Nu HTML Checker on every
 * page, staff handbooks included (and on each CMS fragment, placed in a minimal document),
 * axe-core for WCAG 2.1 A/AA.
 */
@TestInstance(Lifecycle.PER_CLASS)
class GeneratedSiteValidationTest {

    /** The bundled policies: each has a page, a fragment and a staff handbook page. */
    private static final int POLICIES = 2;
    /**
     * The site index, a page and a handbook page per bundled policy, and Porto Sant'Elpidio's
     * versions list and the page of its one approved version.
     */
    private static final int EXPECTED_PAGES = 1 + 2 * POLICIES + 2;

    /** Static: JUnit fills an instance @TempDir only after @BeforeAll has run. */
    @TempDir
    static Path out;

    private final HtmlChecker vnu = new HtmlChecker();

    @BeforeAll
    void build() throws IOException {
        BuiltSite.build(out);
    }

    @Test
    void everyPageIsValidHtml() throws IOException {
        List<Path> pages = files("index.html");
        assertEquals(EXPECTED_PAGES, pages.size(), pages::toString);
        Map<String, List<HtmlChecker.Problem>> errors = new TreeMap<>();
        for (Path page : pages) {
            List<HtmlChecker.Problem> problems = vnu.errors(page);
            if (!problems.isEmpty()) {
                errors.put(out.relativize(page).toString(), problems);
            }
        }
        assertEquals(Map.of(), errors);
    }

    @Test
    void everyFragmentIsValidHtmlInsideAPage(@TempDir Path tmp) throws IOException {
        List<Path> fragments = files("fragment.html");
        assertEquals(POLICIES, fragments.size(), fragments::toString);
        Map<String, List<HtmlChecker.Problem>> errors = new TreeMap<>();
        for (Path fragment : fragments) {
            Path wrapped = tmp.resolve("wrapped.html");
            Files.writeString(wrapped, "<!DOCTYPE html><html lang=\"it\"><head><meta charset=\"utf-8\">"
                    + "<title>CMS</title></head><body><h1>Pagina del CMS</h1>\n" + Files.readString(fragment)
                    + "</body></html>");
            List<HtmlChecker.Problem> problems = vnu.errors(wrapped);
            if (!problems.isEmpty()) {
                errors.put(out.relativize(fragment).toString(), problems);
            }
        }
        assertEquals(Map.of(), errors);
    }

    private List<Path> files(String name) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(p -> p.getFileName().toString().equals(name)).sorted().toList();
        }
    }

    /** One browser for every page; each test, not the class, is skipped without Chromium (fails on CI). */
    @Nested
    @TestInstance(Lifecycle.PER_CLASS)
    class Accessibility {

        private AxeChecker axe;

        @BeforeAll
        void startBrowser() {
            if (AxeChecker.available()) {
                axe = new AxeChecker(out);
            }
        }

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
        void everyPageMeetsWcag21AA() throws IOException {
            List<Path> pages = files("index.html");
            assertTrue(pages.size() >= EXPECTED_PAGES);
            Map<String, List<AxeChecker.Violation>> violations = new TreeMap<>();
            for (Path page : pages) {
                List<AxeChecker.Violation> found = axe.violations(page);
                if (!found.isEmpty()) {
                    violations.put(out.relativize(page).toString(), found);
                }
            }
            assertEquals(Map.of(), violations);
        }
    }
}

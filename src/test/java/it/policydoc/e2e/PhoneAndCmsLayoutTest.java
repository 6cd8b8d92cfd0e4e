package it.policydoc.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.testing.AxeChecker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated pages in headless Chromium at phone widths (no page wider than the screen), and
 * the CMS fragment pasted into a page that loads Bootstrap Italia only, without policydoc's own
 * stylesheet: its numbered lists show their own markers once (no browser numbers on top).
 */
class PhoneAndCmsLayoutTest {

    private static final List<Integer> PHONE_WIDTHS = List.of(360, 375, 390);
    private static final List<String> COMUNI = List.of("coccaglio", "porto-sant-elpidio");

    /** [scrollWidth, viewport width, the first elements that reach past the viewport or whose text overflows them]. */
    private static final String OVERFLOW = """
            const w = document.documentElement.clientWidth;
            const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
            const wide = [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > w + 0.5 || e.scrollWidth > e.clientWidth + 1)
                .slice(0, 8).map(name);
            return [document.documentElement.scrollWidth, w, wide.join(' ')];
            """;

    /** For each numbered list item of the policy: its list-style-type and its own marker's text. */
    private static final String LIST_MARKERS = """
            return [...document.querySelectorAll('ol.pd-commi > li, ol.pd-lettere > li, ol.pd-numeri > li')]
                .map(li => getComputedStyle(li).listStyleType + ' ' + (li.querySelector('.pd-marker') || {}).textContent);
            """;

    @TempDir
    static Path tmp;

    private static Path site;
    private static AxeChecker browser;

    @BeforeAll
    static void buildAndStart() throws IOException {
        AxeChecker.assumeAvailable();
        site = BuiltSite.build(tmp.resolve("site"));
        for (String comune : COMUNI) {
            String fragment = Files.readString(site.resolve(comune + "/social-media-policy/fragment.html"),
                    StandardCharsets.UTF_8);
            Files.writeString(site.resolve("cms-" + comune + ".html"), """
                    <!DOCTYPE html>
                    <html lang="it">
                    <head>
                    <meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>Pagina del CMS</title>
                    <link rel="stylesheet" href="assets/css/bootstrap-italia.min.css">
                    </head>
                    <body><main class="container my-4">
                    %s
                    </main></body>
                    </html>
                    """.formatted(fragment), StandardCharsets.UTF_8);
        }
        browser = new AxeChecker(site);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private static List<Path> pages() {
        List<Path> pages = new ArrayList<>(List.of(Path.of("index.html")));
        for (String comune : COMUNI) {
            pages.add(Path.of(comune, "social-media-policy", "index.html"));
            pages.add(Path.of(comune, "social-media-policy", "manuale", "index.html"));
            pages.add(Path.of("cms-" + comune + ".html"));
        }
        return pages;
    }

    @Test
    void noPageIsWiderThanAPhone() {
        List<String> overflowing = new ArrayList<>();
        for (Path page : pages()) {
            for (int width : PHONE_WIDTHS) {
                List<?> result = (List<?>) browser.evaluateAtWidth(page, width, OVERFLOW);
                long scrollWidth = ((Number) result.get(0)).longValue();
                long viewport = ((Number) result.get(1)).longValue();
                assertEquals(width, viewport, "the emulated phone's width");
                if (scrollWidth > viewport) {
                    overflowing.add(page + " at " + width + " px: " + scrollWidth + " px wide, by " + result.get(2));
                }
            }
        }
        assertEquals(List.of(), overflowing);
    }

    @Test
    void theFragmentInsideBootstrapItaliaAloneShowsEachNumberOnce() {
        for (String comune : COMUNI) {
            List<?> items = (List<?>) browser.evaluateAtWidth(Path.of("cms-" + comune + ".html"), 1280, LIST_MARKERS);
            assertTrue(items.size() > 5, comune + ": " + items);
            for (Object item : items) {
                String[] styleAndMarker = item.toString().split(" ", 2);
                assertEquals("none", styleAndMarker[0], comune + ": the browser adds no number to " + item);
                assertTrue(styleAndMarker[1].matches("\\d+\\.|[a-z]+\\)|\\d+\\)"), comune + ": own marker " + item);
            }
        }
    }
}

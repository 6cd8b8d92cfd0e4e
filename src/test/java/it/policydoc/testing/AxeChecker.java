package it.policydoc.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Node;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Runs axe-core on pages of a folder, in a real headless Chromium.
 *
 * <p>The folder is served by a {@link SiteServer} on 127.0.0.1 so pages load their CSS,
 * fonts and images as on the published site: colour contrast, hidden content and focus
 * depend on them. One instance keeps one browser for many pages (starting Chromium costs
 * far more than checking a page), so open it once per test class, or per run, and close
 * it at the end.
 *
 * <p>Chromium and ChromeDriver are Debian's packages at fixed paths, and the driver path is
 * given to Selenium, so Selenium Manager never runs: nothing may try to download a browser
 * or a driver.
 */
public final class AxeChecker implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** The axe-core rule tags checked: WCAG 2.0 and 2.1, levels A and AA. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * One failed axe rule on a page.
     *
     * @param ruleId axe's rule id, e.g. {@code color-contrast}
     * @param impact minor, moderate, serious or critical
     * @param help one line on what is wrong
     * @param helpUrl Deque's page on the rule
     * @param targets a CSS selector for each failing element (for an element inside a
     *     frame or shadow root, the selectors of the path joined by {@code " >>> "})
     */
    public record Violation(String ruleId, String impact, String help, String helpUrl, List<String> targets) {
        @Override
        public String toString() {
            return ruleId + " (" + impact + "): " + help + " " + targets;
        }
    }

    /**
     * Selenium looks for a CDP (DevTools) binding matching the browser's version at every
     * start and warns that there is none for a Chromium newer than itself. axe does not
     * use CDP, so that warning is noise. The logger is held here because java.util.logging
     * keeps loggers only weakly and would forget the level.
     */
    private static final Logger CDP_VERSION_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private final SiteServer server;
    private final Path userDataDir;
    private final ChromeDriver driver;

    /** True if Chromium and ChromeDriver are installed where this class looks for them. */
    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /**
     * The policy for browser tests, for a {@code @BeforeAll} or a test: without Chromium
     * the caller is skipped (a JUnit assumption), so a developer without it can still run
     * the rest; but when the environment variable {@code CI} is {@code true}, .ci/run was
     * meant to install it, so its absence fails instead of going unnoticed.
     */
    public static void assumeAvailable() {
        assumeAvailable(available(), "true".equals(System.getenv("CI")));
    }

    /** {@link #assumeAvailable()} with its inputs given, so that the policy itself is testable. */
    static void assumeAvailable(boolean available, boolean ci) {
        if (available) {
            return;
        }
        String why = CHROMIUM + " or " + CHROMEDRIVER
                + " is missing (Debian packages chromium and chromium-driver; .ci/run installs them)";
        if (ci) {
            Assertions.fail("CI=true but " + why);
        }
        Assumptions.abort("browser tests skipped: " + why);
    }

    /**
     * Serves {@code siteRoot} and starts headless Chromium (about a second).
     *
     * @throws IllegalStateException if Chromium or ChromeDriver is not installed
     */
    public AxeChecker(Path siteRoot) {
        if (!available()) {
            throw new IllegalStateException(CHROMIUM + " or " + CHROMEDRIVER + " is missing");
        }
        server = new SiteServer(siteRoot);
        try {
            userDataDir = Files.createTempDirectory("policydoc-chromium-");
        } catch (IOException e) {
            server.close();
            throw new UncheckedIOException(e);
        }
        try {
            driver = startChromium(userDataDir);
        } catch (RuntimeException e) {
            server.close();
            deleteTree(userDataDir);
            throw e;
        }
    }

    private static ChromeDriver startChromium(Path userDataDir) {
        CDP_VERSION_LOG.setLevel(Level.SEVERE);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                // CI runs as root, where Chromium's sandbox cannot start.
                "--no-sandbox",
                "--disable-gpu",
                // The machine has no network: without these, Chromium keeps trying to
                // reach Google's services (updates, sync, QUIC probes) at every start.
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                // A fixed, fresh profile and viewport, so results do not depend on
                // earlier runs or on the machine's defaults.
                "--user-data-dir=" + userDataDir,
                "--window-size=1280,1024");
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Opens any address in the browser, as a person would; the page then lives on by itself. */
    public void open(URI address) {
        driver.get(address.toString());
    }

    /** Runs {@code script} in the page open now and returns its result (WebDriver's conversions). */
    public Object evaluate(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /** The server that the pages are loaded from. */
    public SiteServer server() {
        return server;
    }

    /**
     * Loads one page over HTTP and returns axe's violations of the {@link #TAGS} rules,
     * empty when the page passes.
     *
     * @param page an HTML file in the served folder, relative to it or absolute
     */
    public List<Violation> violations(Path page) {
        URI uri = server.uri(page); // rejects a path outside the served folder
        Path file = server.root().resolve(page).normalize();
        if (!Files.isRegularFile(file)) {
            // Chromium would show its own error page, which axe would happily check.
            throw new IllegalArgumentException("no such page: " + file);
        }
        driver.get(uri.toString());
        // The load event does not wait for web fonts; text metrics (and so what axe sees
        // of overlapping or clipped text) do.
        ((JavascriptExecutor) driver).executeAsyncScript(
                "document.fonts.ready.then(() => arguments[arguments.length - 1]())");
        Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed on " + file + ": " + results.getErrorMessage(),
                    results.getError());
        }
        return results.getViolations().stream().map(AxeChecker::violation).toList();
    }

    /**
     * Loads one page and reports every sign that script could run in it: a dialog it opened
     * ({@code alert}, {@code confirm}, {@code prompt}), and in its DOM any script element that is
     * not JSON-LD data, any {@code on*} handler attribute, any {@code javascript:} address. Empty
     * when there is none. Focus handlers fire on load (autofocus), so a dialog would be open.
     */
    public List<String> scriptSigns(Path page) {
        URI uri = server.uri(page);
        driver.get(uri.toString());
        List<String> signs = new java.util.ArrayList<>();
        try {
            org.openqa.selenium.Alert alert = driver.switchTo().alert();
            signs.add("dialog: " + alert.getText());
            alert.dismiss();
        } catch (org.openqa.selenium.NoAlertPresentException e) {
            // No dialog: what the page must give.
        }
        Object found = ((JavascriptExecutor) driver).executeScript("""
                const signs = [];
                for (const s of document.querySelectorAll('script')) {
                  if (s.type !== 'application/ld+json') signs.push('script: ' + s.outerHTML.slice(0, 80));
                }
                for (const e of document.querySelectorAll('*')) {
                  for (const a of e.attributes) {
                    if (/^on/i.test(a.name)) signs.push('handler: ' + e.tagName + ' ' + a.name);
                    if (/^\\s*javascript:/i.test(a.value.replace(/[\\t\\n\\r]/g, ''))) signs.push('address: ' + a.value);
                  }
                }
                return signs;""");
        for (Object sign : (List<?>) found) {
            signs.add(String.valueOf(sign));
        }
        return signs;
    }

    /**
     * Loads one page over HTTP in a phone-sized viewport (touch, device pixel ratio 2), waits for
     * its fonts, and returns what {@code script} returns (WebDriver's JavaScript conversions).
     *
     * @param width the viewport's width in CSS pixels
     */
    public Object evaluateAtWidth(Path page, int width, String script) {
        URI uri = server.uri(page);
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 800, "deviceScaleFactor", 2, "mobile", true));
        try {
            driver.get(uri.toString());
            ((JavascriptExecutor) driver).executeAsyncScript(
                    "document.fonts.ready.then(() => arguments[arguments.length - 1]())");
            return ((JavascriptExecutor) driver).executeScript(script);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static Violation violation(Rule rule) {
        List<String> targets = rule.getNodes().stream().map(Node::getTarget).map(AxeChecker::selector).toList();
        return new Violation(rule.getId(), rule.getImpact(), rule.getHelp(), rule.getHelpUrl(), targets);
    }

    /** axe gives a node's target as a list: one selector per frame (or shadow root) level. */
    private static String selector(Object target) {
        if (target instanceof List<?> parts) {
            return parts.stream().map(AxeChecker::selector).collect(Collectors.joining(" >>> "));
        }
        return String.valueOf(target);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            server.close();
            deleteTree(userDataDir);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A profile left in the temp folder is harmless; the check results are not affected.
        }
    }
}

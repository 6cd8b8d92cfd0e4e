package it.policydoc.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nu.validator.checker.InfoAwareErrorHandler;
import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks HTML files with the Nu HTML Checker (vnu, the W3C validator) in this JVM.
 *
 * <p>Loading vnu's schemas is the expensive part, so an instance does it once and then
 * checks any number of files: create one per test class (or per run) and reuse it.
 * vnu's validator is stateful, hence the {@code synchronized} methods.
 *
 * <p>Files are read as UTF-8 and parsed as {@code text/html}, like a browser would
 * receive a page served by us.
 */
public final class HtmlChecker {

    /** vnu's three kinds of message. */
    public enum Type { ERROR, WARNING, INFO }

    /** One message of vnu; line and column are 1-based, -1 when vnu gives none. */
    public record Problem(Type type, int line, int column, String message) {
        @Override
        public String toString() {
            return line + ":" + column + ": " + type.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
        }
    }

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    /**
     * Loads vnu's HTML schemas (about a second, once).
     *
     * @throws IllegalStateException if vnu cannot load its bundled schemas
     */
    public HtmlChecker() {
        // initializeLog4j=false: otherwise vnu installs its own log4j config that logs
        // at DEBUG to the console; logUrls=false: we only check local files;
        // language detection on: vnu warns when the text is not in the language that
        // lang="it" declares, which is worth knowing on our pages.
        validator = new SimpleDocumentValidator(false, false, true);
        try {
            validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, collector);
            // noStream=true: buffer the document, so that what vnu cannot check in a
            // single pass is reported as an ordinary error instead of stopping the check.
            validator.setUpValidatorAndParsers(collector, true, false);
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the Nu HTML Checker", e);
        }
        if (!collector.problems.isEmpty()) {
            throw new IllegalStateException("the Nu HTML Checker's schema has problems: " + collector.problems);
        }
    }

    /** All of vnu's messages on one file, in document order. */
    public synchronized List<Problem> check(Path html) {
        collector.problems.clear();
        try (InputStream in = Files.newInputStream(html)) {
            InputSource source = new InputSource(in);
            source.setSystemId(html.toUri().toString());
            validator.checkHtmlInputSource(source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + html, e);
        } catch (SAXException e) {
            // Parse errors reach the collector; anything thrown here is vnu failing.
            throw new IllegalStateException("the Nu HTML Checker failed on " + html, e);
        }
        return List.copyOf(collector.problems);
    }

    /** vnu's errors on one file: the page is invalid HTML if this is not empty. */
    public List<Problem> errors(Path html) {
        return only(Type.ERROR, check(html));
    }

    /** vnu's warnings on one file (use {@link #check} to get errors and warnings in one pass). */
    public List<Problem> warnings(Path html) {
        return only(Type.WARNING, check(html));
    }

    private static List<Problem> only(Type type, List<Problem> problems) {
        return problems.stream().filter(p -> p.type() == type).toList();
    }

    /**
     * vnu reports through the SAX error handler given at set-up time, so one collector
     * lives as long as the validator and is emptied before each file.
     */
    private static final class Collector implements InfoAwareErrorHandler {
        final List<Problem> problems = new ArrayList<>();

        private void add(Type type, SAXParseException e) {
            problems.add(new Problem(type, e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        }

        @Override
        public void info(SAXParseException e) {
            add(Type.INFO, e);
        }

        @Override
        public void warning(SAXParseException e) {
            add(Type.WARNING, e);
        }

        @Override
        public void error(SAXParseException e) {
            add(Type.ERROR, e);
        }

        @Override
        public void fatalError(SAXParseException e) {
            add(Type.ERROR, e);
        }
    }
}

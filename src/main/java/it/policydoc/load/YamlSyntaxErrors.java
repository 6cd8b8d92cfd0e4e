package it.policydoc.load;

import it.policydoc.diag.Diagnostic;
import it.policydoc.model.SourcePos;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.exceptions.ComposerException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Words a YAML syntax error for a clerk, at the place of the mistake rather than where the parser
 * gave up: the opening quote of a text that a stray quote closed early, the line without its colon,
 * the line indented wrong, the character a text may not start with. The parser's own (English)
 * words never reach the clerk.
 *
 * <p>The parser often notices a mistake lines after it was made, because it reads ahead. So the
 * file is parsed again, cut after fewer and fewer lines, to find the first line after which it can
 * no longer be valid YAML; the mistake is on that line, or it is a text that swallowed the lines
 * before it (see {@link FoldedLines}).
 */
final class YamlSyntaxErrors {

    /** {@code key:} at the start of a line, after the indentation and an optional list dash. */
    private static final Pattern KEY_AT_LINE_START = Pattern.compile("^\\s*(?:-\\s+)?([\\p{L}_][\\p{L}\\p{N}_]*)\\s*:(?:\\s|$)");
    private static final String CURLY_QUOTES = "“”‘’„«";

    private final Path file;
    private final String source;
    private final String[] lines;
    private final LoadSettings settings;
    private final FoldedLines folded;

    /**
     * @param settings the reader's settings (labelled with the file)
     * @param keys every key of the schemas, to tell a misplaced key from a text with a colon
     */
    YamlSyntaxErrors(Path file, String source, LoadSettings settings, Set<String> keys) {
        this.file = file;
        this.source = source;
        this.lines = source.split("\n", -1);
        this.settings = settings;
        this.folded = new FoldedLines(keys);
    }

    /** The diagnostic for a file that the parser or the composer refused with {@code error}. */
    Diagnostic explain(MarkedYamlEngineException error) {
        String problem = String.valueOf(error.getProblem());
        if (problem.contains("aliases") || problem.contains("exceeds")) {
            return YamlReader.limit(file, source, error);
        }
        if (error instanceof ComposerException) {
            return composer(error);
        }
        Attempt first = earliestFailure().orElseGet(() -> attempt(lines.length));
        MarkedYamlEngineException cause = first.error().orElse(error);
        int failingLine = line(cause.getProblemMark().or(cause::getContextMark));
        Optional<Diagnostic> swallowed = folded.inTextBefore(file, lines, failingLine, settings);
        if (swallowed.isPresent()) {
            return swallowed.get();
        }
        Optional<Diagnostic> hashtag = hashtagLineBefore(failingLine);
        if (hashtag.isPresent()) {
            return hashtag.get();
        }
        return classify(cause, first);
    }

    /** Errors the composer finds once the syntax is fine: aliases and documents. */
    private Diagnostic composer(MarkedYamlEngineException e) {
        String problem = String.valueOf(e.getProblem());
        SourcePos at = pos(e.getProblemMark().or(e::getContextMark));
        if (problem.contains("undefined alias")) {
            return Diagnostic.error("yaml-starts-with-asterisk", at);
        }
        if (problem.contains("another document")) {
            return Diagnostic.error("yaml-several-documents", at);
        }
        return Diagnostic.error("yaml-syntax", at, problem);
    }

    private Diagnostic classify(MarkedYamlEngineException e, Attempt attempt) {
        String problem = String.valueOf(e.getProblem());
        String context = String.valueOf(e.getContext());
        Optional<Mark> problemMark = e.getProblemMark();
        Optional<Mark> contextMark = e.getContextMark();
        SourcePos atProblem = pos(problemMark.or(() -> contextMark));
        SourcePos atContext = pos(contextMark.or(() -> problemMark));
        if (problem.contains("(TAB)")) {
            return Diagnostic.error("yaml-tab", atProblem);
        }
        if (problem.contains("cannot start any token")) {
            return Diagnostic.error("yaml-reserved-start", atProblem, charAt(atProblem));
        }
        if (context.contains("scanning an alias")) {
            return Diagnostic.error("yaml-starts-with-asterisk", atContext);
        }
        if (context.contains("scanning an anchor")) {
            return Diagnostic.error("yaml-starts-with-ampersand", atContext);
        }
        if (context.contains("block scalar")) {
            return Diagnostic.error("yaml-block-indicator", atContext, charAt(atContext));
        }
        if (context.contains("double-quoted scalar") && problem.contains("escape")) {
            return Diagnostic.error("yaml-backslash", backslashBefore(atProblem));
        }
        if (context.contains("quoted scalar")) {
            return Diagnostic.error("yaml-quote-unclosed", atContext, charAt(atContext));
        }
        if (context.contains("simple key")) {
            return Diagnostic.error("yaml-missing-colon", atContext);
        }
        if (context.contains("flow sequence") || context.contains("flow mapping")) {
            return Diagnostic.error("yaml-starts-with-bracket", atContext, charAt(atContext));
        }
        if (problem.contains("mapping values are not allowed")) {
            return colonInText(atProblem);
        }
        if (problem.contains("directive")) {
            return Diagnostic.error("yaml-directive", atProblem);
        }
        if (problem.startsWith("expected") || problem.startsWith("did not find")) {
            return unexpected(problem, atProblem, attempt);
        }
        return Diagnostic.error("yaml-syntax", atProblem, problem);
    }

    /**
     * "expected …, but found …": the parser met something where the structure allows none. What
     * came just before tells why: a quoted text followed by more words, a bracket that opened a
     * list, or a line that is indented wrong or lacks its colon.
     */
    private Diagnostic unexpected(String problem, SourcePos at, Attempt attempt) {
        Optional<ScalarEvent> quoted = attempt.lastScalar()
                .filter(s -> s.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED || s.getScalarStyle() == ScalarStyle.SINGLE_QUOTED)
                .filter(s -> s.getEndMark().map(m -> m.getLine() + 1 == at.line() && m.getColumn() < at.column()).orElse(false));
        if (quoted.isPresent()) {
            SourcePos opening = pos(quoted.get().getStartMark());
            String quote = quoted.get().getScalarStyle() == ScalarStyle.DOUBLE_QUOTED ? "\"" : "'";
            return opening.line() == at.line()
                    ? Diagnostic.error("yaml-text-after-quote", opening, quote)
                    : Diagnostic.error("yaml-quote-spans-lines", opening, quote, Integer.toString(at.line()));
        }
        Optional<Event> flow = attempt.lastClosedFlow().filter(f -> f.getStartMark().map(m -> m.getLine() + 1 == at.line()).orElse(false));
        if (flow.isPresent()) {
            SourcePos bracket = pos(flow.get().getStartMark());
            return Diagnostic.error("yaml-starts-with-bracket", bracket, charAt(bracket));
        }
        if (at.column() == indentation(at.line() - 1) + 1) {
            if (problem.endsWith("'-'") || problem.contains("<block sequence start>")) {
                return misplaced("yaml-misplaced-dash", at);
            }
            if (problem.endsWith("'?'") || problem.contains("<block mapping start>")) {
                return misplaced("yaml-misplaced-key", at);
            }
            if (problem.contains("<scalar>")) {
                return Diagnostic.error("yaml-missing-colon", at);
            }
        }
        return Diagnostic.error("yaml-syntax", at, problem);
    }

    /**
     * A list item or key that does not line up with its neighbours; the message names the
     * column of the closest line above that starts an item or a key, which it probably belongs with.
     */
    private Diagnostic misplaced(String code, SourcePos at) {
        boolean key = code.equals("yaml-misplaced-key");
        for (int i = at.line() - 2; i >= 0; i--) {
            String text = lines[i].strip();
            boolean dash = text.startsWith("- ") || text.equals("-");
            if (dash || KEY_AT_LINE_START.matcher(lines[i]).find()) {
                // A key lines up with the first word after a dash, not with the dash.
                int column = dash && key ? indentation(i) + 1 + text.length() - text.substring(1).stripLeading().length()
                        : indentation(i) + 1;
                return Diagnostic.error(code, at, Integer.toString(at.column()), Integer.toString(i + 1),
                        Integer.toString(column));
            }
        }
        return Diagnostic.error(code, at, Integer.toString(at.column()));
    }

    /**
     * ": " inside a text that is not between quotes. If what precedes it on its line is a key of
     * the policy ("id:", "testo:"), the line is a key in the wrong place; if the text opens with
     * Word's curly quotes, the clerk believed it quoted.
     */
    private Diagnostic colonInText(SourcePos colon) {
        String line = lines[colon.line() - 1];
        Matcher key = KEY_AT_LINE_START.matcher(line);
        int colonOffset = line.offsetByCodePoints(0, Math.min(colon.column() - 1, line.codePointCount(0, line.length())));
        if (key.find() && line.indexOf(':', key.end(1)) == colonOffset && folded.isKey(key.group(1)) && colon.line() > 1) {
            return misplaced("yaml-misplaced-key", new SourcePos(file, colon.line(), line.codePointCount(0, key.start(1)) + 1));
        }
        Optional<SourcePos> curly = curlyQuoteBefore(colon);
        return curly.map(at -> Diagnostic.error("yaml-curly-quotes", at, charAt(at)))
                .orElseGet(() -> Diagnostic.error("yaml-colon-in-text", colon));
    }

    /** The backslash that began the escape the parser refused (it marks a character after it). */
    private SourcePos backslashBefore(SourcePos at) {
        String line = lines[at.line() - 1];
        int end = line.offsetByCodePoints(0, Math.min(at.column() - 1, line.codePointCount(0, line.length())));
        int backslash = line.lastIndexOf('\\', Math.max(0, end - 1));
        return backslash < 0 ? at : new SourcePos(file, at.line(), line.codePointCount(0, backslash) + 1);
    }

    /** A curly quote that opens the text holding {@code at}, on the same line. */
    private Optional<SourcePos> curlyQuoteBefore(SourcePos at) {
        String line = lines[at.line() - 1];
        int end = line.offsetByCodePoints(0, Math.min(at.column() - 1, line.codePointCount(0, line.length())));
        for (int i = 0; i < end; i++) {
            if (CURLY_QUOTES.indexOf(line.charAt(i)) >= 0) {
                return Optional.of(new SourcePos(file, at.line(), line.codePointCount(0, i) + 1));
            }
        }
        return Optional.empty();
    }

    /**
     * A comment line right above the failing line that is really a hashtag ("#Coccaglio"): it
     * ended the text it was written in, and the text's next line no longer fits.
     */
    private Optional<Diagnostic> hashtagLineBefore(int failingLine) {
        for (int i = failingLine - 1; i >= 0; i--) {
            String text = lines[i].strip();
            if (text.isEmpty()) {
                continue;
            }
            if (text.length() > 1 && text.charAt(0) == '#' && !Character.isWhitespace(text.charAt(1)) && text.charAt(1) != '#') {
                return Optional.of(Diagnostic.error("yaml-hashtag", new SourcePos(file, i + 1, indentation(i) + 1)));
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** One parse of the file cut after {@code lineCount} lines: the last events seen and the error, if any. */
    private record Attempt(Optional<MarkedYamlEngineException> error, Optional<ScalarEvent> lastScalar,
            Optional<Event> lastClosedFlow) {
    }

    private Attempt attempt(int lineCount) {
        String prefix = String.join("\n", List.of(lines).subList(0, lineCount)) + "\n";
        Optional<ScalarEvent> lastScalar = Optional.empty();
        Optional<Event> lastClosedFlow = Optional.empty();
        Deque<Event> openCollections = new ArrayDeque<>();
        try {
            for (Event event : new Parse(settings).parseString(prefix)) {
                if (event instanceof ScalarEvent scalar) {
                    lastScalar = Optional.of(scalar);
                } else if (event instanceof SequenceStartEvent || event instanceof MappingStartEvent) {
                    openCollections.push(event);
                } else if (event instanceof CollectionEndEvent && !openCollections.isEmpty()) {
                    Event start = openCollections.pop();
                    if (isFlow(start)) {
                        lastClosedFlow = Optional.of(start);
                    }
                }
            }
        } catch (MarkedYamlEngineException e) {
            return new Attempt(Optional.of(e), lastScalar, lastClosedFlow);
        } catch (YamlEngineException e) {
            return new Attempt(Optional.empty(), lastScalar, lastClosedFlow);
        }
        return new Attempt(Optional.empty(), lastScalar, lastClosedFlow);
    }

    private static boolean isFlow(Event start) {
        return start instanceof SequenceStartEvent s && s.getFlowStyle() == FlowStyle.FLOW
                || start instanceof MappingStartEvent m && m.getFlowStyle() == FlowStyle.FLOW;
    }

    /**
     * The parse of the shortest beginning of the file that already fails for a reason other than
     * being cut short (an open quote or bracket at its end). Failing is taken to persist once it
     * starts, so the cut is found by bisection.
     */
    private Optional<Attempt> earliestFailure() {
        int lo = 1;
        int hi = lines.length;
        Optional<Attempt> found = Optional.empty();
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Attempt a = attempt(mid);
            if (a.error().filter(e -> !cutShort(e, mid)).isPresent()) {
                found = Optional.of(a);
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return found;
    }

    /** The error is only that the text ends there: it is at or after the last line kept. */
    private static boolean cutShort(MarkedYamlEngineException e, int lineCount) {
        return String.valueOf(e.getProblem()).contains("end of stream")
                || e.getProblemMark().map(m -> m.getLine() >= lineCount).orElse(false);
    }

    private int indentation(int lineIndex) {
        String line = lineIndex < lines.length ? lines[lineIndex] : "";
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private String charAt(SourcePos at) {
        String line = at.line() - 1 < lines.length ? lines[at.line() - 1] : "";
        int count = line.codePointCount(0, line.length());
        if (at.column() - 1 >= count) {
            return "";
        }
        int offset = line.offsetByCodePoints(0, at.column() - 1);
        return new String(Character.toChars(line.codePointAt(offset)));
    }

    private static int line(Optional<Mark> mark) {
        return mark.map(Mark::getLine).orElse(0);
    }

    private SourcePos pos(Optional<Mark> mark) {
        return mark.map(m -> YamlPositions.of(file, m)).orElse(SourcePos.start(file));
    }
}

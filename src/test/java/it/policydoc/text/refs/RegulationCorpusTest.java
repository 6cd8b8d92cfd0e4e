package it.policydoc.text.refs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The recognisers on five whole regulations of other enti, paragraph by paragraph: every law
 * reference counted by hand is linked to the act named in {@code refs/corpus-law-links.tsv}
 * (checked by hand), nothing else is linked, every internal reference counted by hand is
 * recognised as internal, and no internal reference is found anywhere else — above all not in a
 * provision of another act.
 */
class RegulationCorpusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    /** "Art. 3 - Titolo", "Art 20. Indennità", "CAPO II - …": headings, which the model holds as structure. */
    private static final Pattern HEADING = Pattern.compile("(?:art\\.?\\s*\\d+(?:\\s*[-–.]|\\s+\\p{Lu})|capo\\s+(?:[ivxl]+|\\d+)"
            + "(?![\\p{L}\\p{N}]))", Pattern.CASE_INSENSITIVE);

    /** The expected link of each law reference phrase, per text, in the order of the hand count. */
    record ExpectedLink(String phrase, Optional<String> url) {
    }

    /** What the recognisers made of one text. */
    record Measure(int lawPhrases, int identifiable, int linkedRight, List<String> wrongOrMissing,
            List<String> linksOutsidePhrases, int internalPhrases, int internalFound, List<String> internalMissed,
            List<String> falseInternal) {

        double recall() {
            return identifiable == 0 ? 1 : (double) linkedRight / identifiable;
        }

        String figures(String name) {
            return String.format(Locale.ROOT, "%s: law refs %d/%d linked right (recall %.1f %%; %d phrases name no"
                    + " identifiable act), %d wrong links, %d links outside the phrases; internal refs %d/%d"
                    + " recognised, %d false internal", name, linkedRight, identifiable, 100 * recall(),
                    lawPhrases - identifiable, wrongOrMissing.size() - (identifiable - linkedRight),
                    linksOutsidePhrases.size(), internalFound, internalPhrases, falseInternal.size());
        }
    }

    static List<String> texts() {
        return List.copyOf(expectedLinks().keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void recognisesTheReferencesCountedByHand(String name) {
        RegulationCorpus.Regulation text = RegulationCorpus.read(name);
        Measure measure = measure(text, expectedLinks().get(name));
        System.out.println(measure.figures(name));
        assertEquals(text.lawRefs(), expectedLinks().get(name).stream().map(ExpectedLink::phrase).toList(),
                "corpus-law-links.tsv lists the law_refs of " + name + " in order");
        assertTrue(measure.recall() >= 0.95, measure.figures(name) + "\n" + measure.wrongOrMissing());
        assertEquals(List.of(), measure.linksOutsidePhrases(), "links where no law is cited");
        assertEquals(List.of(), measure.wrongOrMissing().stream().filter(w -> !w.endsWith("-> []")).toList(),
                "links to the wrong act");
        assertEquals(List.of(), measure.falseInternal(), "internal references that are not");
        assertEquals(List.of(), measure.internalMissed(), "internal references not recognised");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void noProvisionOfAnotherActIsEverTakenAsInternal(String name) {
        RegulationCorpus.Regulation text = RegulationCorpus.read(name);
        Scanned scanned = scan(text);
        List<Span> external = new ArrayList<>(RegulationCorpus.locate(text.text(), text.lawRefs()));
        external.addAll(RegulationCorpus.locate(text.text(), text.otherRefs()));
        List<String> internal = scanned.provisions().stream().map(ProvisionReference::span)
                .filter(s -> external.stream().anyMatch(e -> e.overlaps(s))).map(s -> s.of(text.text())).toList();
        assertEquals(List.of(), internal);
        assertTrue(external.size() >= text.lawRefs().size());
    }

    static Measure measure(RegulationCorpus.Regulation text, List<ExpectedLink> expected) {
        Scanned scanned = scan(text);
        List<Span> lawPhrases = RegulationCorpus.locate(text.text(), text.lawRefs());
        List<Span> internalPhrases = RegulationCorpus.locate(text.text(), text.internalRefs());
        int identifiable = 0;
        int right = 0;
        List<String> wrongOrMissing = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            Span phrase = lawPhrases.get(i);
            List<LawReference.Linked> links = scanned.links().stream().filter(l -> l.span().overlaps(phrase)).toList();
            Optional<String> url = expected.get(i).url();
            if (url.isPresent()) {
                identifiable++;
            }
            List<String> urls = url.map(u -> List.of(u.split(" "))).orElse(List.of());
            boolean ok = urls.stream().allMatch(u -> links.stream().anyMatch(l -> l.url().equals(u)))
                    && links.stream().allMatch(l -> urls.stream().anyMatch(u -> sameAct(l.url(), u)));
            if (ok && url.isPresent()) {
                right++;
            } else if (!ok) {
                wrongOrMissing.add(expected.get(i).phrase() + " -> " + links.stream().map(LawReference.Linked::url).toList());
            }
        }
        List<String> outside = scanned.links().stream()
                .filter(l -> lawPhrases.stream().noneMatch(p -> p.overlaps(l.span())))
                .map(l -> l.span().of(text.text()) + " -> " + l.url()).toList();
        List<Span> internalFound = new ArrayList<>();
        scanned.provisions().forEach(p -> internalFound.add(p.span()));
        scanned.vague().forEach(v -> internalFound.add(v.span()));
        List<String> missed = new ArrayList<>();
        int found = 0;
        for (int i = 0; i < internalPhrases.size(); i++) {
            Span phrase = internalPhrases.get(i);
            if (internalFound.stream().anyMatch(f -> f.overlaps(phrase))) {
                found++;
            } else {
                missed.add(text.internalRefs().get(i));
            }
        }
        List<String> falseInternal = internalFound.stream()
                .filter(f -> internalPhrases.stream().noneMatch(p -> p.overlaps(f)))
                .map(f -> f.of(text.text())).toList();
        return new Measure(expected.size(), identifiable, right, wrongOrMissing, outside, internalPhrases.size(), found,
                missed, falseInternal);
    }

    /** A link to an article of the act expected is a link to that act. */
    private static boolean sameAct(String url, String expected) {
        return url.replaceAll("(:\\d)?~.*$", "").equals(expected.replaceAll("(:\\d)?~.*$", ""));
    }

    /** Everything found, with spans in the whole text. */
    record Scanned(List<LawReference.Linked> links, List<ProvisionReference> provisions, List<VagueReference> vague) {
    }

    /**
     * Each line is one paragraph and is scanned alone. A phrase the hand count shows across a
     * line break (a hard-wrapped source line) is scanned once more with its two lines joined, as
     * an import joins them.
     */
    static Scanned scan(RegulationCorpus.Regulation text) {
        ReferenceScanner scanner = new ReferenceScanner(new LawReferenceRecogniser(TODAY, region(text.name())));
        List<Integer> starts = text.lineStarts();
        List<LawReference.Linked> links = new ArrayList<>();
        List<ProvisionReference> provisions = new ArrayList<>();
        List<VagueReference> vague = new ArrayList<>();
        for (int line = 0; line + 1 < starts.size(); line++) {
            if (HEADING.matcher(text.text()).region(starts.get(line), starts.get(line + 1) - 1).lookingAt()) {
                continue;
            }
            collect(scanner, text.text(), starts.get(line), starts.get(line + 1) - 1, links, provisions, vague);
        }
        List<String> crossing = new ArrayList<>(text.lawRefs());
        crossing.addAll(text.internalRefs());
        for (String phrase : crossing) {
            int at = phrase.contains("\n") ? text.text().indexOf(phrase) : -1;
            if (at >= 0) {
                int from = text.text().lastIndexOf('\n', at) + 1;
                int to = text.text().indexOf('\n', at + phrase.length());
                collect(scanner, text.text().substring(0, to < 0 ? text.text().length() : to).replace('\n', ' '), from,
                        to < 0 ? text.text().length() : to, links, provisions, vague);
            }
        }
        return new Scanned(links, provisions, vague);
    }

    private static void collect(ReferenceScanner scanner, String text, int from, int to,
            List<LawReference.Linked> links, List<ProvisionReference> provisions, List<VagueReference> vague) {
        FoundReferences found = scanner.scan(text.substring(from, to));
        for (LawReference law : found.laws()) {
            if (law instanceof LawReference.Linked linked) {
                Span span = shift(linked.span(), from);
                if (links.stream().noneMatch(l -> l.span().overlaps(span))) {
                    links.add(new LawReference.Linked(span, linked.act(), linked.partition(), linked.url()));
                }
            }
        }
        for (ProvisionReference p : found.provisions()) {
            Span span = shift(p.span(), from);
            if (provisions.stream().noneMatch(q -> q.span().overlaps(span))) {
                provisions.add(new ProvisionReference(span, shift(p.addressSpan(), from), p.direction(), p.addresses()));
            }
        }
        for (VagueReference v : found.vague()) {
            Span span = shift(v.span(), from);
            if (vague.stream().noneMatch(q -> q.span().overlaps(span))) {
                vague.add(new VagueReference(span));
            }
        }
    }

    private static Span shift(Span span, int by) {
        return new Span(span.start() + by, span.end() + by);
    }

    /** The region of each text's ente, as its regional laws' URNs name it. */
    private static Optional<String> region(String name) {
        return Optional.of(name.startsWith("cmnapoli") ? "campania" : name.startsWith("piovedisacco") ? "veneto"
                : "sicilia");
    }

    /** {@code refs/corpus-law-links.tsv}: text, phrase (a line break written \n), URL or "-" for no identifiable act. */
    static Map<String, List<ExpectedLink>> expectedLinks() {
        Map<String, List<ExpectedLink>> links = new LinkedHashMap<>();
        InputStream in = RegulationCorpusTest.class.getResourceAsStream("/refs/corpus-law-links.tsv");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                links.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(new ExpectedLink(cells[1].replace("\\n", "\n"),
                        cells[2].equals("-") ? Optional.empty() : Optional.of(cells[2])));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return links;
    }
}

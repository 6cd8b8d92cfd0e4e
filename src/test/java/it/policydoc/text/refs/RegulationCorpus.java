package it.policydoc.text.refs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole regulations of other enti kept in {@code ../shared/corpus/regolamenti/} (never
 * copied into the project), each with the exact phrases of its references as counted by hand in
 * its {@code expected.json}.
 */
final class RegulationCorpus {

    static final Path DIRECTORY = Path.of("..", "shared", "corpus", "regolamenti");

    /**
     * One text: its lines (one paragraph, item or heading each; the SOURCE line dropped), joined
     * by line breaks, and its reference phrases in the order of the hand count.
     */
    record Regulation(String name, String text, List<String> lawRefs, List<String> internalRefs,
            List<String> otherRefs) {

        /** Where each line starts in {@link #text()}, and one past the end as the last entry. */
        List<Integer> lineStarts() {
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            starts.add(text.length() + 1);
            return starts;
        }
    }

    private RegulationCorpus() {
    }

    static Regulation read(String name) {
        try {
            List<String> lines = Files.readAllLines(DIRECTORY.resolve(name + ".txt"), StandardCharsets.UTF_8);
            String text = String.join("\n", lines.subList(1, lines.size()));
            JsonNode expected = new ObjectMapper().readTree(DIRECTORY.resolve(name + ".expected.json").toFile());
            return new Regulation(name, text, strings(expected.get("law_refs")), strings(expected.get("internal_refs")),
                    strings(expected.get("other_refs")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(node -> values.add(node.asText()));
        }
        return values;
    }

    /**
     * Where each phrase of the list stands in the text: the n-th listing of a phrase is its n-th
     * occurrence that no longer phrase of the same list already covers ("L.R. n. 5/2014" inside
     * "L.R. n. 5/2014, art. 6, comma 1").
     */
    static List<Span> locate(String text, List<String> phrases) {
        List<Span> longer = new ArrayList<>();
        List<Span> located = new ArrayList<>();
        for (String phrase : phrases) {
            for (String other : phrases) {
                if (other.length() > phrase.length() && other.contains(phrase)) {
                    occurrences(text, other).forEach(longer::add);
                }
            }
        }
        for (int i = 0; i < phrases.size(); i++) {
            String phrase = phrases.get(i);
            int earlier = (int) phrases.subList(0, i).stream().filter(phrase::equals).count();
            List<Span> free = occurrences(text, phrase).stream()
                    .filter(o -> longer.stream().noneMatch(l -> l.start() <= o.start() && o.end() <= l.end()
                            && l.length() > o.length()))
                    .toList();
            if (earlier >= free.size()) {
                throw new IllegalStateException("phrase not found " + (earlier + 1) + " times: " + phrase);
            }
            located.add(free.get(earlier));
        }
        return located;
    }

    private static List<Span> occurrences(String text, String phrase) {
        List<Span> found = new ArrayList<>();
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            found.add(new Span(at, at + phrase.length()));
        }
        return found;
    }
}

package it.policydoc.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sentences of an approved seed text, to check that an output carries every one of them in
 * order. Only whitespace and quote styles are normalised; numbers and list markers typed in
 * the seed are dropped, because policydoc computes them (and corrects the seed's mistakes).
 */
public final class SeedText {

    /** "1.", "12.", "-", "a)" at the start of a line: markers that policydoc computes. */
    private static final Pattern LINE_MARKER = Pattern.compile("^\\s*(?:\\d+\\.|-|[a-z]\\))\\s+");
    /** A sentence ends after . ; : ! ? followed by a space. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;:!?])\\s+");

    /**
     * Lines of each seed that the model holds as metadata (the act, the date, the letterhead) and
     * the outputs print in their own words, not as text.
     */
    public static final Map<String, Set<String>> METADATA_LINES = Map.of(
            "porto-sant-elpidio", Set.of(
                    "Ultima modifica 29 dicembre 2022",
                    "Con deliberazione Giunta Comunale n. 260 del 15/12/2022 è stato approvato il Piano di "
                            + "Comunicazione e Social Media Policy del comune di Porto Sant'Elpidio"),
            "coccaglio", Set.of("COMUNE DI COCCAGLIO"));

    private SeedText() {
    }

    /**
     * The seed's sentences, line by line, with list markers removed and the given metadata
     * lines (rendered elsewhere) left out; each normalised.
     */
    public static List<String> fragments(Path seed, Set<String> metadataLines) throws IOException {
        List<String> fragments = new ArrayList<>();
        for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
            String text = normalize(LINE_MARKER.matcher(line).replaceFirst(""));
            if (text.isEmpty() || metadataLines.stream().map(SeedText::normalize).anyMatch(text::equals)) {
                continue;
            }
            for (String sentence : SENTENCE_END.split(text)) {
                if (!sentence.isBlank()) {
                    fragments.add(sentence);
                }
            }
        }
        return fragments;
    }

    /** Collapses every kind of whitespace and makes typographic quotes and apostrophes straight. */
    public static String normalize(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201C', '"').replace('\u201D', '"')
                .replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ")
                .strip();
    }

    /** The index of the first fragment not found after the previous one in {@code text}, or -1. */
    public static int firstMissing(List<String> fragments, String text) {
        String haystack = normalize(text);
        int from = 0;
        for (int i = 0; i < fragments.size(); i++) {
            int at = haystack.indexOf(fragments.get(i), from);
            if (at < 0) {
                return i;
            }
            from = at + fragments.get(i).length();
        }
        return -1;
    }
}

package it.policydoc.importing;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Words of a text and how much of a source a rendered page keeps in order: the longest common
 * subsequence of their words over the source's word count. Words are compared lower-case, so
 * that quote and dash styles and line breaks do not matter.
 */
final class WordRecall {

    private WordRecall() {
    }

    /**
     * Marks at the start of a line that policydoc computes rather than copies ("Art. 4 -",
     * "CAPO II -", "1.", "a)", "-"), as SeedText drops them: the page prints its own numbering.
     */
    private static final java.util.regex.Pattern COMPUTED_MARK = java.util.regex.Pattern.compile(
            "(?im)^\\s*(?:art(?:icolo)?\\.?\\s*\\d+\\s*[.:)]?\\s*[-–—]?|(?:capo|titolo|sezione)\\s+[ivxlc\\d]+\\.?\\s*[-–—]?"
                    + "|\\d{1,3}\\s*[.)-]|[a-z]{1,2}\\)|[a-z]\\.(?=\\s)|[ivx]+\\.(?=\\s)|[a-z]\\d\\.|[-•–—*](?=\\s))");

    /** The words of a source text without the marks policydoc computes. */
    static List<String> sourceWords(String text) {
        return words(COMPUTED_MARK.matcher(text).replaceAll(" "));
    }

    static List<String> words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ITALIAN);
        List<String> words = new ArrayList<>();
        for (String w : plain.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** The share of the source's words found in the page in the same order (a longest common subsequence). */
    static double inOrder(List<String> source, List<String> page) {
        if (source.isEmpty()) {
            return 1.0;
        }
        int lost = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(source, page).getDeltas()) {
            lost += delta.getSource().size();
        }
        return (double) (source.size() - lost) / source.size();
    }

    /** The runs of source words the page lacks, for a failure message. */
    static List<String> missing(List<String> source, List<String> page) {
        List<String> runs = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(source, page).getDeltas()) {
            if (!delta.getSource().getLines().isEmpty()) {
                runs.add(String.join(" ", delta.getSource().getLines()));
            }
        }
        return runs;
    }

    /** The page's words that the source never uses. */
    static Set<String> added(List<String> source, List<String> page) {
        Set<String> known = new HashSet<>(source);
        Set<String> added = new TreeSet<>();
        for (String w : page) {
            if (!known.contains(w)) {
                added.add(w);
            }
        }
        return added;
    }
}

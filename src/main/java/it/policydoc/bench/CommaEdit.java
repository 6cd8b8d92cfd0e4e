package it.policydoc.bench;

import it.policydoc.model.Audience;
import it.policydoc.model.Comma;
import it.policydoc.model.Excerpt;
import it.policydoc.model.Outline;
import it.policydoc.model.Policy;
import it.policydoc.model.SourcePos;
import it.policydoc.model.Text;
import it.policydoc.model.Unit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clerk's smallest edit, for timing: one word of one comma changes case (TUTELA ⇄ tutela), a
 * different word at each edit, in the YAML text itself. Letters for letters of the same length,
 * so the file stays valid YAML whatever the scalar's style, and no other comma moves.
 *
 * @param file the policy file the comma is written in
 * @param anchor the comma's anchor ({@code gestione.2})
 * @param words where each editable word of the comma starts in the file, in reading order
 */
public record CommaEdit(Path file, String anchor, List<Word> words) {

    /** A word of the comma: where it starts in the file's text and its length. */
    public record Word(int offset, int length) {
    }

    /** Words worth editing: letters only, long enough to be a word rather than an article. */
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
    /** Markup whose words are not text: references, link targets, tags, addresses. */
    private static final Pattern MARKUP = Pattern.compile("\\[\\[.*?]]|]\\([^)]*\\)|<[^>]*>|\\S+@\\S+|https?://\\S+");

    public CommaEdit {
        words = List.copyOf(words);
    }

    /**
     * The first comma that the staff handbook does not print, of an article or part for the
     * public only: editing it changes the page and the deliberation but not the handbook.
     */
    public static Optional<CommaEdit> outsideHandbook(Policy policy, String yaml) {
        Set<String> handbook = handbookCommi(policy);
        return first(policy, yaml, c -> c.audience() == Audience.PUBLIC && !handbook.contains(c.anchor()));
    }

    /** The first comma for staff that the handbook prints: editing it changes the handbook too. */
    public static Optional<CommaEdit> insideHandbook(Policy policy, String yaml) {
        Set<String> handbook = handbookCommi(policy);
        return first(policy, yaml, c -> c.audience() == Audience.STAFF && handbook.contains(c.anchor()));
    }

    /** The YAML with the case of word {@code edit} (counted round the comma's words) turned over. */
    public String edited(String yaml, int edit) {
        Word word = words.get(Math.floorMod(edit, words.size()));
        String current = yaml.substring(word.offset(), word.offset() + word.length());
        String upper = current.toUpperCase(Locale.ITALIAN);
        String turned = current.equals(upper) ? current.toLowerCase(Locale.ITALIAN) : upper;
        return yaml.substring(0, word.offset()) + turned + yaml.substring(word.offset() + word.length());
    }

    /** The commi the handbook prints: those of its rules for staff and of its moderation procedure. */
    private static Set<String> handbookCommi(Policy policy) {
        Set<String> anchors = new HashSet<>();
        for (Excerpt excerpt : List.of(Excerpt.forStaff(policy), Excerpt.ofUnits(policy, policy.handbook().moderation()))) {
            Policy part = new Policy(policy.slug(), policy.source(), policy.base(), policy.comune(), policy.metadata(),
                    excerpt.preamble(), excerpt.content(), policy.handbook());
            commi(part).forEach(c -> anchors.add(c.anchor()));
        }
        return anchors;
    }

    private static List<Comma> commi(Policy policy) {
        return Outline.of(policy).units().stream().filter(u -> u.kind() == Unit.Kind.COMMA)
                .map(u -> u.comma().orElseThrow()).toList();
    }

    /** The first comma that qualifies and is written in the policy's own file with a word to edit. */
    private static Optional<CommaEdit> first(Policy policy, String yaml, Predicate<Comma> qualifies) {
        for (Comma comma : commi(policy)) {
            if (!qualifies.test(comma) || !comma.text().pos().file().equals(policy.source())) {
                continue;
            }
            List<Word> words = words(comma.text(), yaml);
            if (!words.isEmpty()) {
                return Optional.of(new CommaEdit(policy.source(), comma.anchor(), words));
            }
        }
        return Optional.empty();
    }

    /**
     * The comma's words found at the place of the file the model says they were written; a word
     * whose place cannot be confirmed (after an escape in a quoted scalar) is left out.
     */
    static List<Word> words(Text text, String yaml) {
        String markdown = text.markdown();
        List<int[]> markup = new ArrayList<>();
        Matcher m = MARKUP.matcher(markdown);
        while (m.find()) {
            markup.add(new int[] {m.start(), m.end()});
        }
        int[] lineStarts = lineStarts(yaml);
        List<Word> words = new ArrayList<>();
        Matcher w = WORD.matcher(markdown);
        while (w.find()) {
            int start = w.start();
            if (markup.stream().anyMatch(r -> start >= r[0] && start < r[1])) {
                continue;
            }
            String word = w.group();
            if (word.toUpperCase(Locale.ITALIAN).length() != word.length()
                    || word.toLowerCase(Locale.ITALIAN).length() != word.length()) {
                continue;
            }
            SourcePos pos = text.positionOf(start);
            if (pos.line() < 1 || pos.line() > lineStarts.length) {
                continue;
            }
            int offset = lineStarts[pos.line() - 1] + pos.column() - 1;
            if (offset >= 0 && yaml.startsWith(word, offset)) {
                words.add(new Word(offset, word.length()));
            }
        }
        return words;
    }

    private static int[] lineStarts(String yaml) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < yaml.length(); i++) {
            if (yaml.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}

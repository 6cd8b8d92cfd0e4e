package it.policydoc.history;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word-level changes between two texts of a unit, as the two sides of a testo a fronte
 * show them: the old text with the words taken out marked, the new text with the words put in
 * marked. Words, spaces and punctuation are the tokens, so "comma" → "commi" is one word
 * changed, not two letters.
 */
public final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}’']+|\\s+|[^\\p{L}\\p{N}\\s]");

    /** A run of text on one side, and whether it is the same on both sides or only on this one. */
    public record Segment(Kind kind, String text) {

        /** SAME on both sides; DELETED only on the old side; INSERTED only on the new side. */
        public enum Kind { SAME, DELETED, INSERTED }
    }

    /** Both sides of the comparison. */
    public record Sides(List<Segment> old, List<Segment> current) {

        public Sides {
            old = List.copyOf(old);
            current = List.copyOf(current);
        }

        public boolean changed() {
            return old.stream().anyMatch(s -> s.kind() != Segment.Kind.SAME)
                    || current.stream().anyMatch(s -> s.kind() != Segment.Kind.SAME);
        }
    }

    private WordDiff() {
    }

    public static Sides of(String oldText, String newText) {
        List<String> a = tokens(oldText);
        List<String> b = tokens(newText);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Segment> old = new ArrayList<>();
        List<Segment> current = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int sourceAt = delta.getSource().getPosition();
            int targetAt = delta.getTarget().getPosition();
            add(old, Segment.Kind.SAME, a.subList(i, sourceAt));
            add(current, Segment.Kind.SAME, b.subList(j, targetAt));
            add(old, Segment.Kind.DELETED, delta.getSource().getLines());
            add(current, Segment.Kind.INSERTED, delta.getTarget().getLines());
            i = sourceAt + delta.getSource().size();
            j = targetAt + delta.getTarget().size();
        }
        add(old, Segment.Kind.SAME, a.subList(i, a.size()));
        add(current, Segment.Kind.SAME, b.subList(j, b.size()));
        return new Sides(old, current);
    }

    /** A text that is only on one side: all of it deleted, or all of it inserted. */
    public static List<Segment> whole(Segment.Kind kind, String text) {
        return text.isEmpty() ? List.of() : List.of(new Segment(kind, text));
    }

    private static void add(List<Segment> side, Segment.Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!side.isEmpty() && side.get(side.size() - 1).kind() == kind) {
            Segment last = side.remove(side.size() - 1);
            side.add(new Segment(kind, last.text() + text));
        } else {
            side.add(new Segment(kind, text));
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}

package it.policydoc.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import it.policydoc.history.WordDiff.Segment;
import it.policydoc.history.WordDiff.Segment.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void marksWholeWordsOnEachSide() {
        WordDiff.Sides sides = WordDiff.of("quali ad esempio telegram.", "quali ad esempio Telegram e WhatsApp.");
        assertEquals(List.of(new Segment(Kind.SAME, "quali ad esempio "), new Segment(Kind.DELETED, "telegram"),
                new Segment(Kind.SAME, ".")), sides.old());
        assertEquals(List.of(new Segment(Kind.SAME, "quali ad esempio "),
                new Segment(Kind.INSERTED, "Telegram e WhatsApp"), new Segment(Kind.SAME, ".")), sides.current());
    }

    @Test
    void theSameTextHasNoChange() {
        assertFalse(WordDiff.of("dell’Ente, nonché", "dell’Ente, nonché").changed());
    }
}

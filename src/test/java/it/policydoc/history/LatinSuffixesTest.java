package it.policydoc.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LatinSuffixesTest {

    @Test
    void insertedUnitsTakeTheNextAdverbThatIsFree() {
        assertEquals("4-bis", LatinSuffixes.after(Optional.of("4"), Set.of("4", "5")::contains));
        assertEquals("4-ter", LatinSuffixes.after(Optional.of("4-bis"), Set.of()::contains));
        assertEquals("4-ter", LatinSuffixes.after(Optional.of("4"), Set.of("4-bis")::contains),
                "a repealed 4-bis is never reused");
        assertEquals("b-bis", LatinSuffixes.after(Optional.of("b"), Set.of()::contains));
        assertEquals("01", LatinSuffixes.after(Optional.empty(), Set.of()::contains));
        assertEquals("02", LatinSuffixes.after(Optional.empty(), Set.of("01")::contains));
    }

    @Test
    void adverbsInOrderThenFigures() {
        assertEquals("7-quater", LatinSuffixes.withSuffix("7", 3));
        assertEquals("7-decies", LatinSuffixes.withSuffix("7", 9));
        assertEquals("7-vicies", LatinSuffixes.withSuffix("7", 19));
        assertEquals("7-21", LatinSuffixes.withSuffix("7", 20));
        assertEquals("7", LatinSuffixes.base("7-quinquies"));
        assertEquals("free-text", LatinSuffixes.base("free-text"));
    }
}

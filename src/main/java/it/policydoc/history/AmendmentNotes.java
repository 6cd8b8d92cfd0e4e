package it.policydoc.history;

import java.util.List;
import java.util.Map;

/**
 * The notes of a testo coordinato: for each unit (by anchor) the amendments that inserted or
 * changed it, and the repealed units that stand before or after a unit (by its anchor, which may
 * be the anchor of another repealed unit). Renderers place them; they know nothing of how the
 * versions were compared.
 */
public record AmendmentNotes(Map<String, List<UnitNote>> notes, Map<String, List<RepealedUnit>> before,
        Map<String, List<RepealedUnit>> after) {

    /** A text never amended. */
    public static final AmendmentNotes NONE = new AmendmentNotes(Map.of(), Map.of(), Map.of());

    public AmendmentNotes {
        notes = Map.copyOf(notes);
        before = Map.copyOf(before);
        after = Map.copyOf(after);
    }

    public List<UnitNote> of(String anchor) {
        return anchor == null ? List.of() : notes.getOrDefault(anchor, List.of());
    }

    public List<RepealedUnit> before(String anchor) {
        return anchor == null ? List.of() : before.getOrDefault(anchor, List.of());
    }

    public List<RepealedUnit> after(String anchor) {
        return anchor == null ? List.of() : after.getOrDefault(anchor, List.of());
    }

    public boolean isEmpty() {
        return notes.isEmpty() && before.isEmpty() && after.isEmpty();
    }
}

package it.policydoc.history;

import java.util.List;

/**
 * A numbered unit an amendment repealed, kept in the testo coordinato where it stood ("Art. 6
 * (abrogato)") so that its number stays visibly taken.
 *
 * @param kind an article, a comma or a point
 * @param label the number it had ("6", "3-bis", "b")
 * @param anchor its old anchor, or empty when a unit of the text now uses it
 * @param notes the amendments that changed it, the last one repealing it
 */
public record RepealedUnit(UnitNode.Kind kind, String label, String anchor, List<UnitNote> notes) {

    public RepealedUnit {
        notes = List.copyOf(notes);
    }
}

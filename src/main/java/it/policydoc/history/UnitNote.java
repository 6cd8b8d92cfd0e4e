package it.policydoc.history;

import it.policydoc.model.Act;

/**
 * What an approved amendment did to a unit of the testo coordinato, for its Normattiva-style note
 * ("comma così modificato dalla deliberazione…"): the change and the act that made it (an act
 * without a number is the amendment still proposed).
 */
public record UnitNote(Change change, Act act) {

    /** The changes Italian drafting names: insertion, amendment and repeal. */
    public enum Change { INSERTED, CHANGED, REPEALED }
}

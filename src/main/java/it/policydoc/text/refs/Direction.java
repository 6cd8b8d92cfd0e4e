package it.policydoc.text.refs;

/** The word that may stand right before an internal reference to say where its target lies. */
public enum Direction {
    NONE,
    /** "precedente articolo 2" */
    PRECEDING,
    /** "successivo art. 5" */
    FOLLOWING
}

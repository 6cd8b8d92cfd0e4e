package it.policydoc.model;

/**
 * What a symbolic reference such as {@code [[gestione.3.b]]} names, once looked up in a policy:
 * a unit, or the reason there is none.
 */
public sealed interface Target {

    /** The reference names this unit. */
    record Found(Unit unit) implements Target {
    }

    /** No unit has the id the reference starts with. */
    record UnknownId(String id) implements Target {
    }

    /**
     * The id exists but the path goes on to something that does not: "gestione.9" when the
     * article has three commi.
     *
     * @param parent the last unit found along the path
     * @param step the part of the path that names nothing ("9")
     */
    record Missing(Unit parent, String step) implements Target {
    }
}

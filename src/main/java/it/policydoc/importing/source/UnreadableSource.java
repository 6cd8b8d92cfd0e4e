package it.policydoc.importing.source;

import java.util.List;

/**
 * A file that cannot be imported, with the message key that tells the clerk why in words (not
 * a stack trace) and the values that fill it.
 */
public final class UnreadableSource extends Exception {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final List<String> args;

    public UnreadableSource(String code, String... args) {
        super(code);
        this.code = code;
        this.args = List.of(args);
    }

    public String code() {
        return code;
    }

    public List<String> args() {
        return args;
    }
}

package it.policydoc.diag;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Turns diagnostics into the lines a user reads:
 * {@code path/to/file.yaml:LINE:COL: errore: CODE messaggio}, in the chosen language (the
 * severity word too; the code stays the same in every language, for looking it up).
 */
public final class DiagnosticFormatter {

    private static final String BUNDLE = "it.policydoc.diag.messages";
    /** Marks a diagnostic argument that names a translatable word of the bundle. */
    public static final String WORD_PREFIX = "@";

    private final ResourceBundle messages;
    private final Locale locale;

    public DiagnosticFormatter(Locale locale) {
        this.locale = locale;
        this.messages = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String format(Diagnostic d) {
        return d.pos() + ": " + messages.getString("severity." + d.severity().label()) + ": " + d.code() + " " + message(d);
    }

    /**
     * The human message alone, without position and code. A code may have a variant for a given
     * number of arguments ({@code unknown-key.2}: with a suggestion); an argument written as
     * {@code @key} is itself a message of the bundle (a type name, a word), so that it is
     * translated too.
     */
    public String message(Diagnostic d) {
        String variant = d.code() + "." + d.args().size();
        String pattern = messages.getString(messages.containsKey(variant) ? variant : d.code());
        Object[] args = d.args().stream().map(this::word).toArray();
        return new MessageFormat(pattern, locale).format(args);
    }

    private String word(String arg) {
        if (arg.startsWith(WORD_PREFIX) && messages.containsKey(arg.substring(1))) {
            return messages.getString(arg.substring(1));
        }
        return arg;
    }

    /** A text from the same bundle that is not a diagnostic (summaries, CLI messages). */
    public String text(String key, Object... args) {
        return new MessageFormat(messages.getString(key), locale).format(args);
    }

    public boolean hasMessage(String code) {
        return messages.containsKey(code);
    }
}

package it.policydoc.diag;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Turns diagnostics into the lines a user reads:
 * {@code path/to/file.yaml:LINE:COL: error: CODE message}, in the chosen language.
 */
public final class DiagnosticFormatter {

    private static final String BUNDLE = "it.policydoc.diag.messages";

    private final ResourceBundle messages;
    private final Locale locale;

    public DiagnosticFormatter(Locale locale) {
        this.locale = locale;
        this.messages = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String format(Diagnostic d) {
        return d.pos() + ": " + d.severity().label() + ": " + d.code() + " " + message(d);
    }

    /** The human message alone, without position and code. */
    public String message(Diagnostic d) {
        String pattern = messages.getString(d.code());
        return new MessageFormat(pattern, locale).format(d.args().toArray());
    }

    /** A text from the same bundle that is not a diagnostic (summaries, CLI messages). */
    public String text(String key, Object... args) {
        return new MessageFormat(messages.getString(key), locale).format(args);
    }

    public boolean hasMessage(String code) {
        return messages.containsKey(code);
    }
}

package it.policydoc.importing.structure;

import java.util.regex.Pattern;

/**
 * Plain words as the inline Markdown of a text field that shows them unchanged: characters that
 * Markdown would read as emphasis, code, links or entities are escaped with a backslash.
 */
final class MarkdownText {

    private static final Pattern ACTIVE = Pattern.compile("([\\\\*_`\\[\\]])|&(?=#?\\w+;)");

    private MarkdownText() {
    }

    static String of(String plain) {
        return ACTIVE.matcher(plain).replaceAll(m -> "\\\\" + m.group().replace("\\", "\\\\"));
    }
}

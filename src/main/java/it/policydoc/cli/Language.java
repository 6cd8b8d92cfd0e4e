package it.policydoc.cli;

import java.util.Locale;

/**
 * The language of messages: {@code --lang it|en} when given, else Italian under an Italian
 * locale and English otherwise. Read before picocli parses, because help texts need it too.
 */
final class Language {

    static final String OPTION = "--lang";

    private Language() {
    }

    static Locale fromArgs(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(OPTION) && i + 1 < args.length) {
                return of(args[i + 1]);
            }
            if (args[i].startsWith(OPTION + "=")) {
                return of(args[i].substring(OPTION.length() + 1));
            }
        }
        return Locale.getDefault().getLanguage().equals("it") ? Locale.ITALIAN : Locale.ENGLISH;
    }

    private static Locale of(String code) {
        return code.equalsIgnoreCase("it") ? Locale.ITALIAN : Locale.ENGLISH;
    }
}

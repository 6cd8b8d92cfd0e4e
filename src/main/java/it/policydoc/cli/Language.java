package it.policydoc.cli;

import java.util.Locale;
import picocli.CommandLine;

/**
 * The language of messages: {@code --lang it|en} when given, else Italian under an Italian
 * locale and English otherwise. Read before picocli parses, because help texts need it too; an
 * unknown value is then refused by picocli as a usage error (messages in the system's language).
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
        return system();
    }

    private static Locale of(String code) {
        return switch (code.toLowerCase(Locale.ROOT)) {
            case "it" -> Locale.ITALIAN;
            case "en" -> Locale.ENGLISH;
            default -> system();
        };
    }

    private static Locale system() {
        return Locale.getDefault().getLanguage().equals("it") ? Locale.ITALIAN : Locale.ENGLISH;
    }

    /** Accepts {@code it} and {@code en} only. */
    static final class Code implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!value.equalsIgnoreCase("it") && !value.equalsIgnoreCase("en")) {
                throw new CommandLine.TypeConversionException(value);
            }
            return value.toLowerCase(Locale.ROOT);
        }
    }
}

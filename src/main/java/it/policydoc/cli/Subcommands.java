package it.policydoc.cli;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The subcommands of {@code policydoc}, in the order its help lists them. Picocli builds the
 * model of every command it is given, options, help texts and all: a tenth of a second of a
 * cold start that a clerk's {@code policydoc build} pays on every run. A run that names its
 * command gets that command alone; help, a mistyped name and no name get them all, to list
 * them or suggest one.
 */
final class Subcommands {

    private static final List<Class<?>> ALL = List.of(BuildCommand.class, CheckCommand.class, ServeCommand.class,
            ImportCommand.class, ApproveCommand.class, AmendCommand.class, DiffCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class);

    private Subcommands() {
    }

    /** The subcommands a run with these arguments needs. */
    static List<Class<?>> neededBy(String[] args) {
        return firstWord(args).flatMap(Subcommands::named).map(List::<Class<?>>of).orElse(ALL);
    }

    /** Every subcommand. */
    static List<Class<?>> all() {
        return ALL;
    }

    /**
     * The word in the command's place: the first argument, after the language option the top
     * command shares with every command. Anything else first (--help, --version, a mistake) is
     * the top command's and may need every subcommand.
     */
    private static Optional<String> firstWord(String[] args) {
        int i = 0;
        while (i < args.length && (args[i].equals(Language.OPTION) || args[i].startsWith(Language.OPTION + "="))) {
            i += args[i].equals(Language.OPTION) ? 2 : 1;
        }
        return i < args.length && !args[i].startsWith("-") ? Optional.of(args[i]) : Optional.empty();
    }

    /** The subcommand called {@code word} in English or Italian; help is never alone, it shows the others. */
    private static Optional<Class<?>> named(String word) {
        return ALL.stream().filter(c -> c != CommandLine.HelpCommand.class)
                .filter(c -> names(c.getAnnotation(Command.class)).anyMatch(word::equals))
                .findFirst();
    }

    private static Stream<String> names(Command command) {
        return Stream.concat(Stream.concat(Stream.of(command.name()), Stream.of(command.aliases())),
                CommandNames.italian(command.name()).stream());
    }
}

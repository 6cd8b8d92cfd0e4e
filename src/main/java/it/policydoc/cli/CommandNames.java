package it.policydoc.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The Italian name of every command, which works beside its English one ({@code controlla} and
 * {@code check}). The names live in one place, the resource {@code it/policydoc/cli/commands.properties}
 * ({@code check = controlla}); a command is declared with its English name only, so that the keys of
 * its help texts ({@code policydoc.check.usage.description} in {@code help*.properties}) stay the same.
 */
final class CommandNames {

    static final String BUNDLE = "it.policydoc.cli.commands";

    private CommandNames() {
    }

    /** Gives every subcommand of {@code top} its Italian name as an alias, keeping their order. */
    static void addItalianNames(CommandLine top) {
        ResourceBundle names = ResourceBundle.getBundle(BUNDLE);
        Map<String, CommandLine> commands = new LinkedHashMap<>();
        top.getSubcommands().forEach((name, command) -> {
            if (name.equals(command.getCommandName())) {
                commands.put(name, command);
            }
        });
        commands.keySet().forEach(top.getCommandSpec()::removeSubcommand);
        commands.forEach((name, command) -> {
            List<String> aliases = new ArrayList<>(List.of(command.getCommandSpec().aliases()));
            italian(names, name).filter(a -> !aliases.contains(a)).ifPresent(aliases::add);
            command.getCommandSpec().aliases(aliases.toArray(String[]::new));
            // Adding a subcommand gives it the parent's inherited options (--lang) again.
            command.getCommandSpec().options().stream().filter(ArgSpec::inherited).toList()
                    .forEach(command.getCommandSpec()::remove);
            top.getCommandSpec().addSubcommand(name, command);
        });
    }

    /**
     * Picocli's own {@code help} command labels its argument COMMAND in its annotation; the label
     * is taken from the help bundle's {@code usage.synopsisSubcommandLabel} instead.
     */
    static void labelHelpArgument(CommandLine top, ResourceBundle help) {
        CommandLine command = top.getSubcommands().get("help");
        if (command == null || command.getCommandSpec().positionalParameters().isEmpty()) {
            return;
        }
        CommandSpec spec = command.getCommandSpec();
        PositionalParamSpec argument = spec.positionalParameters().get(0);
        String label = help.getString("usage.synopsisSubcommandLabel").replaceAll("[\\[\\]]", "");
        spec.remove(argument);
        spec.addPositional(argument.toBuilder().paramLabel(label).build());
    }

    /** The Italian name of an English command name, if the bundle has one. */
    static Optional<String> italian(String english) {
        return italian(ResourceBundle.getBundle(BUNDLE), english);
    }

    private static Optional<String> italian(ResourceBundle names, String english) {
        return names.containsKey(english) ? Optional.of(names.getString(english)) : Optional.empty();
    }
}

package it.policydoc.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command has an Italian name and its help in both languages: a new command that forgets
 * its line in commands.properties or its description in help*.properties fails here.
 */
class CommandNamesTest {

    @Test
    void everyCommandHasAnItalianNameAndHelpInBothLanguages() {
        CommandLine top = new CommandLine(new PolicydocCommand(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), Locale.ITALIAN));
        Subcommands.all().forEach(top::addSubcommand);
        CommandNames.addItalianNames(top);
        ResourceBundle italian = ResourceBundle.getBundle("it.policydoc.cli.help", Locale.ITALIAN);
        ResourceBundle english = ResourceBundle.getBundle("it.policydoc.cli.help", Locale.ROOT);
        List<String> missing = new ArrayList<>();
        for (CommandLine command : top.getSubcommands().values().stream().distinct().toList()) {
            String name = command.getCommandName();
            if (CommandNames.italian(name).isEmpty()) {
                missing.add(name + ": no line in commands.properties");
            } else if (!List.of(command.getCommandSpec().aliases()).contains(CommandNames.italian(name).get())) {
                missing.add(name + ": Italian name not registered");
            }
            String key = "policydoc." + name + ".usage.description";
            if (!italian.containsKey(key) || !english.containsKey(key)) {
                missing.add(name + ": no " + key + " in help.properties and help_it.properties");
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }
}

package it.policydoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run that names its command makes that command alone, and behaves as if it had made them all. */
class SubcommandsTest {

    @Test
    void aNamedCommandComesAloneInEitherLanguage() {
        assertEquals(List.of(BuildCommand.class), Subcommands.neededBy(new String[] {"build", "policies"}));
        assertEquals(List.of(BuildCommand.class), Subcommands.neededBy(new String[] {"--lang", "it", "pubblica"}));
        assertEquals(List.of(CheckCommand.class), Subcommands.neededBy(new String[] {"--lang=en", "controlla"}));
        assertEquals(List.of(AmendCommand.class), Subcommands.neededBy(new String[] {"modifica", "--help"}));
    }

    @Test
    void helpAMistakeOrNoCommandGetEveryCommand() {
        for (String[] args : List.of(new String[] {}, new String[] {"--help"}, new String[] {"help", "build"},
                new String[] {"aiuto"}, new String[] {"bild"}, new String[] {"--version"}, new String[] {"--lang", "it"},
                new String[] {"-x", "build"})) {
            assertEquals(Subcommands.all(), Subcommands.neededBy(args), String.join(" ", args));
        }
    }

    @Test
    void aCommandsHelpIsTheSameAloneAsAmongAllTheOthers() {
        for (String lang : List.of("it", "en")) {
            for (String[] command : List.of(new String[] {"build"}, new String[] {"controlla"}, new String[] {"diff"})) {
                String alone = run("--lang", lang, command[0], "--help");
                String amongAll = run("--lang", lang, "help", command[0]);
                assertTrue(alone.contains("--help"), alone);
                assertEquals(amongAll, alone);
            }
        }
    }

    @Test
    void aMistypedCommandIsStillMatchedAgainstEveryName() {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"--lang", "it", "bild"}, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        assertEquals(2, code);
        assertTrue(err.toString().contains("build"), err.toString());
        assertTrue(err.toString().contains("controlla"), err.toString());
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        Main.run(args, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        return out.toString();
    }
}

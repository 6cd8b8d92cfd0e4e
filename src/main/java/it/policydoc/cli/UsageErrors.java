package it.policydoc.cli;

import it.policydoc.diag.DiagnosticFormatter;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Picocli's complaints about the command line (unknown option, missing value, unknown command…),
 * which it words in English, said again in the user's language from the message bundle, with
 * the way to the command's help. The exit code stays 2.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    static final int EXIT_CODE = 2;

    private final PrintWriter err;
    private final DiagnosticFormatter text;

    UsageErrors(PrintWriter err, Locale locale) {
        this.err = err;
        this.text = new DiagnosticFormatter(locale);
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        err.println(message(ex, command));
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            err.println(text.text("cli.did-you-mean", String.join(", ", unmatched.getSuggestions())));
        }
        err.println(text.text("cli.usage-hint", command.getCommandSpec().qualifiedName(" ")));
        err.flush();
        return EXIT_CODE;
    }

    private String message(ParameterException ex, CommandLine command) {
        if (ex instanceof UsageError) {
            return ex.getMessage();
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> words = unmatched.getUnmatched();
            String first = words.isEmpty() ? "" : words.get(0);
            if (unmatched.isUnknownOption()) {
                return text.text("cli.unknown-option", String.join(" ", words));
            }
            if (!command.getSubcommands().isEmpty() && !first.isEmpty()) {
                return text.text("cli.unknown-command", first, commandNames(command));
            }
            return text.text("cli.unexpected-argument", String.join(" ", words));
        }
        if (ex instanceof CommandLine.MissingParameterException missing) {
            return text.text("cli.missing-value", missing.getMissing().stream().map(UsageErrors::name)
                    .collect(Collectors.joining(", ")));
        }
        if (ex instanceof CommandLine.OverwrittenOptionException overwritten) {
            return text.text("cli.repeated-option", name(overwritten.getOverwritten()));
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg instanceof OptionSpec option && option.longestName().equals(Language.OPTION)) {
            return text.text("cli.invalid-lang", String.valueOf(ex.getValue()));
        }
        if (arg != null && ex.getValue() != null) {
            return text.text("cli.invalid-value", name(arg), ex.getValue());
        }
        String english = String.valueOf(ex.getMessage());
        if (english.startsWith("Unknown subcommand")) {
            return text.text("cli.unknown-command", english.replaceAll("^[^']*'|'\\.?$", ""), commandNames(command.getParent() == null ? command : command.getParent()));
        }
        return text.text("cli.usage-error", english);
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /** "build (pubblica), check (controlla), …": every command with its Italian name. */
    private static String commandNames(CommandLine command) {
        return command.getSubcommands().values().stream().distinct()
                .map(c -> c.getCommandName() + CommandNames.italian(c.getCommandName()).map(i -> " (" + i + ")").orElse(""))
                .collect(Collectors.joining(", "));
    }
}

package it.policydoc.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine;

/** Entry point: the only place that exits the process. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        quietLibraryLogs();
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /**
     * Apache POI brings the Log4j API, which commons-logging (PDFBox's log) would then prefer,
     * printing "could not find a logging provider" on every build: keep it on java.util.logging.
     */
    static void quietLibraryLogs() {
        System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
        System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.Jdk14Logger");
    }

    /** Runs a command line and returns the exit code (0 ok, 1 input errors, 2 usage, 3 internal error). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Locale locale = Language.fromArgs(args);
        CommandLine commandLine = new CommandLine(new PolicydocCommand(out, err, locale));
        Subcommands.neededBy(args).forEach(commandLine::addSubcommand);
        ResourceBundle help = ResourceBundle.getBundle("it.policydoc.cli.help", locale);
        CommandNames.addItalianNames(commandLine);
        CommandNames.labelHelpArgument(commandLine, help);
        commandLine.setResourceBundle(help);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(new UsageErrors(err, locale));
        commandLine.setExecutionExceptionHandler(new CrashReporter(err, locale));
        return commandLine.execute(args);
    }
}

package it.policydoc.cli;

import it.policydoc.diag.DiagnosticFormatter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code policydoc}: the top command, holding the options every subcommand shares (its subcommands: {@link Subcommands}). */
@Command(name = "policydoc",
        mixinStandardHelpOptions = true,
        versionProvider = PolicydocCommand.Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true)
public final class PolicydocCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    /** Parsed earlier by {@link Language}; declared here so that picocli accepts and documents it. */
    @Option(names = Language.OPTION, paramLabel = "it|en", descriptionKey = "lang", scope = CommandLine.ScopeType.INHERIT,
            converter = Language.Code.class)
    private String lang;

    private final PrintWriter out;
    private final PrintWriter err;
    private final Locale locale;

    PolicydocCommand(PrintWriter out, PrintWriter err, Locale locale) {
        this.out = out;
        this.err = err;
        this.locale = locale;
    }

    @Override
    public void run() {
        throw new UsageError(spec.commandLine(), new DiagnosticFormatter(locale).text("cli.missing-command"));
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    Locale locale() {
        return locale;
    }

    /** The version comes from the Maven build, so it cannot drift from the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            try (InputStream in = Version.class.getResourceAsStream("/policydoc-version.properties")) {
                Properties p = new Properties();
                if (in != null) {
                    p.load(in);
                }
                return new String[] {"policydoc " + p.getProperty("version", "(sviluppo)")};
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

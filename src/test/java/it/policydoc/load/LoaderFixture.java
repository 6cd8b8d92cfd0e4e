package it.policydoc.load;

import it.policydoc.diag.Diagnostic;
import it.policydoc.diag.DiagnosticFormatter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A comune folder written in a temporary directory, and the loader run on it. */
final class LoaderFixture {

    static final String COMUNE = """
            nome: Borgo d'Esempio
            provincia: Ancona
            sigla_provincia: AN
            codice_istat: "042999"
            """;

    static final String POLICY = """
            titolo: Policy di prova
            stato: bozza
            contenuto:
              - articolo: Oggetto
                id: oggetto
                commi:
                  - La presente policy disciplina i profili social.
            """;

    private static final PolicyLoader LOADER = new PolicyLoader();

    final Path folder;

    LoaderFixture(Path tmp) throws IOException {
        this.folder = Files.createDirectories(tmp.resolve("borgo"));
        write("comune.yaml", COMUNE);
    }

    Path write(String name, String yaml) throws IOException {
        return Files.writeString(folder.resolve(name), yaml, StandardCharsets.UTF_8);
    }

    Path policy(String yaml) throws IOException {
        return write("prova.yaml", yaml);
    }

    LoadResult load() {
        return LOADER.load(List.of(folder));
    }

    static LoadResult load(Path... inputs) {
        return LOADER.load(List.of(inputs));
    }

    /** "code@line:col" of every diagnostic, the compact form tests compare. */
    static List<String> where(LoadResult result) {
        return result.diagnostics().stream()
                .map(d -> d.code() + "@" + d.pos().line() + ":" + d.pos().column())
                .toList();
    }

    static String printed(LoadResult result, Locale locale) {
        DiagnosticFormatter formatter = new DiagnosticFormatter(locale);
        return result.diagnostics().stream().map(formatter::format).collect(Collectors.joining("\n"));
    }

    static Diagnostic only(LoadResult result) {
        if (result.diagnostics().size() != 1) {
            throw new AssertionError("expected one diagnostic, got:\n" + printed(result, Locale.ENGLISH));
        }
        return result.diagnostics().get(0);
    }
}

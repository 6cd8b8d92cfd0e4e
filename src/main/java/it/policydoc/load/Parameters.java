package it.policydoc.load;

import it.policydoc.diag.Diagnostic;
import it.policydoc.model.Comune;
import it.policydoc.model.Text;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameters a shared base policy writes in place of a comune's own data, named as the
 * keys of {@code comune.yaml}: {@code ${comune.nome}}, {@code ${comune.provincia}},
 * {@code ${comune.sigla_provincia}}, {@code ${comune.codice_istat}}.
 */
final class Parameters {

    private static final Pattern PARAMETER = Pattern.compile("\\$\\{\\s*([^}\\s${]*)\\s*}");

    private final Map<String, String> values;

    Parameters(Comune comune) {
        this.values = Map.of(
                "comune.nome", comune.name(),
                "comune.provincia", comune.province(),
                "comune.sigla_provincia", comune.provinceCode(),
                "comune.codice_istat", comune.istatCode());
    }

    Text fill(Text text, List<Diagnostic> diagnostics) {
        Matcher m = PARAMETER.matcher(text.markdown());
        Text filled = text;
        int shift = 0;
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                diagnostics.add(Diagnostic.error("unknown-parameter", text.positionOf(m.start()), m.group(),
                        String.join(", ", values.keySet().stream().sorted().map(k -> "${" + k + "}").toList())));
                continue;
            }
            filled = filled.replaced(m.start() + shift, m.end() + shift, value);
            shift += value.length() - (m.end() - m.start());
        }
        return filled;
    }
}

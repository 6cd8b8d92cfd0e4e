package it.policydoc.check;

import it.policydoc.diag.Diagnostic;
import it.policydoc.diag.Suggestions;
import it.policydoc.model.SourcePos;
import it.policydoc.model.Target;
import it.policydoc.text.ReferenceLabels;
import java.util.List;
import java.util.Optional;

/**
 * The diagnostic for a name of a unit that names nothing, wherever it was written (a reference
 * in the text, a list in the YAML, a macro in a handbook chapter): {@code <prefix>-unknown-id},
 * with the closest id as a suggestion, or {@code <prefix>-missing-unit} when the id exists but
 * the comma or point after it does not.
 */
final class TargetReport {

    private TargetReport() {
    }

    static Optional<Diagnostic> of(Target target, String path, SourcePos at, String prefix, List<String> ids,
            ReferenceLabels labels) {
        if (target instanceof Target.UnknownId unknown) {
            String code = prefix + "-unknown-id";
            return Optional.of(Suggestions.closest(unknown.id(), ids)
                    .map(s -> Diagnostic.error(code, at, unknown.id(), s))
                    .orElseGet(() -> Diagnostic.error(code, at, unknown.id())));
        }
        if (target instanceof Target.Missing missing) {
            return Optional.of(Diagnostic.error(prefix + "-missing-unit", at, path,
                    labels.label(missing.parent(), Optional.empty()), missing.step()));
        }
        return Optional.empty();
    }
}

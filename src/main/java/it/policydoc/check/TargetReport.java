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
 * in the text, a list in the YAML, a macro in a handbook chapter): an unknown id (with the
 * closest id as a suggestion), or an id that exists followed by a comma or point that does not.
 */
final class TargetReport {

    private TargetReport() {
    }

    /** The codes of the two diagnostics, as the place where the name was written words them. */
    record Codes(String unknownId, String missingUnit) {
    }

    static Optional<Diagnostic> of(Target target, String path, SourcePos at, Codes codes, List<String> ids,
            ReferenceLabels labels) {
        if (target instanceof Target.UnknownId unknown) {
            String code = codes.unknownId();
            return Optional.of(Suggestions.closest(unknown.id(), ids)
                    .map(s -> Diagnostic.error(code, at, unknown.id(), s))
                    .orElseGet(() -> Diagnostic.error(code, at, unknown.id())));
        }
        if (target instanceof Target.Missing missing) {
            return Optional.of(Diagnostic.error(codes.missingUnit(), at, path,
                    labels.label(missing.parent(), Optional.empty()), missing.step()));
        }
        return Optional.empty();
    }
}

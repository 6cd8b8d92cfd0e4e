package it.policydoc.load;

import it.policydoc.diag.Diagnostic;
import it.policydoc.model.Policy;
import java.util.List;

/**
 * What loading gave: every policy that could be read completely, and every problem found on the
 * way. A file with errors yields no policy, but its problems are all reported.
 */
public record LoadResult(List<Policy> policies, List<Diagnostic> diagnostics) {

    public LoadResult {
        policies = List.copyOf(policies);
        diagnostics = List.copyOf(diagnostics);
    }
}

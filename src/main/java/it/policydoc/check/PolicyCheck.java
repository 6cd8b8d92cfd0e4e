package it.policydoc.check;

import it.policydoc.diag.Diagnostic;
import it.policydoc.model.Outline;
import it.policydoc.model.Policy;
import java.util.List;

/** One concern checked on one policy; reads the model, writes nothing. */
public interface PolicyCheck {

    /** @param outline the policy's units, flattened once for every check */
    List<Diagnostic> check(Policy policy, Outline outline);
}

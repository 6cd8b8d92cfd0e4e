package it.policydoc.pipeline;

import it.policydoc.diag.Diagnostic;
import it.policydoc.history.PolicyHistory;
import it.policydoc.model.Act;
import it.policydoc.model.ActRole;
import it.policydoc.model.PolicyStatus;
import it.policydoc.model.SourcePos;
import it.policydoc.render.yaml.PolicyFileEdits;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code amend}: turns an approved policy, whose text is frozen, into the draft of its next
 * amendment, in the same file: {@code stato: bozza} and a new act with role {@code modifica} and
 * no number yet. From then on the numbers of the text in force are frozen.
 */
public final class Amendment {

    /** What happened: the problems that refused it, if any. */
    public record Outcome(boolean started, List<Diagnostic> diagnostics) {

        public Outcome {
            diagnostics = diagnostics.stream().sorted(Diagnostic.BY_POSITION).toList();
        }
    }

    private final PolicyBuild build;

    public Amendment(PolicyBuild build) {
        this.build = build;
    }

    public Outcome start(Path file) throws IOException {
        PolicyBuild.Checked checked = build.loadAndCheck(file);
        List<Diagnostic> diagnostics = new ArrayList<>(checked.diagnostics());
        Optional<PolicyHistory> history = checked.histories().stream()
                .filter(h -> h.current().source().equals(file)).findFirst();
        if (Diagnostic.anyError(diagnostics) || history.isEmpty()) {
            return new Outcome(false, diagnostics);
        }
        SourcePos at = SourcePos.start(file);
        if (history.get().current().metadata().status() != PolicyStatus.APPROVED) {
            diagnostics.add(Diagnostic.error("amend-not-approved", at));
            return new Outcome(false, diagnostics);
        }
        if (history.get().inForce().isEmpty()) {
            diagnostics.add(Diagnostic.error("amend-not-frozen", at));
            return new Outcome(false, diagnostics);
        }
        String organ = history.get().current().metadata().acts().stream()
                .filter(a -> a.role() == ActRole.ADOPTION).findFirst()
                .or(() -> history.get().current().metadata().acts().stream().findFirst())
                .map(Act::organ).orElse("Giunta Comunale");
        PolicyFileWriter.write(file, PolicyFileEdits.amend(PolicyFileWriter.read(file), organ));
        return new Outcome(true, diagnostics);
    }
}

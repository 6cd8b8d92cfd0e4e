package it.policydoc.pipeline;

import it.policydoc.diag.Diagnostic;
import it.policydoc.history.PolicyHistory;
import it.policydoc.history.Version;
import it.policydoc.history.VersionSeal;
import it.policydoc.load.VersionFiles;
import it.policydoc.model.PolicyStatus;
import it.policydoc.model.SourcePos;
import it.policydoc.render.yaml.PolicyFileEdits;
import it.policydoc.render.yaml.YamlDocumentWriter;
import it.policydoc.text.ItalianDates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * {@code approve}: after every check passes, records the approving act in the clerk's file (an
 * edit that keeps the file as written), sets it approved, and freezes the approved text, sealed,
 * as {@code versioni/<policy>/<AAAA-MM-GG>.yaml}, with the base it extends merged in so that
 * the version stands alone. If the result does not check, both files are put back as they were.
 */
public final class Approval {

    /**
     * What the clerk asked: which file, and the act's number, date and (if not the Giunta's) organ.
     *
     * @param renumber whether the act approves a whole new text in place of the one in force,
     *     numbered afresh ({@code ruolo: sostituzione}); meaningless for a first approval
     */
    public record Request(Path policyFile, String number, LocalDate date, Optional<String> organ, boolean renumber) {

        public Request(Path policyFile, String number, LocalDate date, Optional<String> organ) {
            this(policyFile, number, date, organ, false);
        }
    }

    /**
     * What happened.
     *
     * @param version the frozen file, empty if the approval was refused
     * @param diagnostics the problems that refused it, and the warnings
     */
    public record Outcome(Optional<Path> version, List<Diagnostic> diagnostics) {

        public Outcome {
            diagnostics = diagnostics.stream().sorted(Diagnostic.BY_POSITION).toList();
        }

        static Outcome refused(List<Diagnostic> diagnostics) {
            return new Outcome(Optional.empty(), diagnostics);
        }
    }

    private final PolicyBuild build;

    public Approval(PolicyBuild build) {
        this.build = build;
    }

    public Outcome approve(Request request) throws IOException {
        Path file = request.policyFile();
        PolicyBuild.Checked checked = build.loadAndCheck(file);
        List<Diagnostic> diagnostics = new ArrayList<>(checked.diagnostics());
        Optional<PolicyHistory> history = checked.histories().stream()
                .filter(h -> h.current().source().equals(file)).findFirst();
        if (Diagnostic.anyError(diagnostics) || history.isEmpty()) {
            return Outcome.refused(diagnostics);
        }
        SourcePos at = SourcePos.start(file);
        Path versionFile = VersionFiles.fileOf(file, request.date());
        if (Files.exists(versionFile)) {
            diagnostics.add(Diagnostic.error("approve-same-date", at, ItalianDates.format(request.date()), versionFile.toString()));
            return Outcome.refused(diagnostics);
        }
        Optional<LocalDate> latest = history.get().inForce().map(Version::date);
        if (latest.filter(d -> d.isAfter(request.date())).isPresent()) {
            diagnostics.add(Diagnostic.error("approve-before-latest", at, ItalianDates.format(request.date()),
                    ItalianDates.format(latest.get())));
            return Outcome.refused(diagnostics);
        }
        if (history.get().inForce().isPresent() && history.get().current().metadata().status() == PolicyStatus.APPROVED) {
            diagnostics.add(Diagnostic.error("approve-without-amendment", at, ItalianDates.format(latest.get())));
            return Outcome.refused(diagnostics);
        }
        String original = PolicyFileWriter.read(file);
        String edited = PolicyFileEdits.approve(original, request.number(), request.date(), request.organ(),
                request.renumber() && history.get().inForce().isPresent());
        PolicyFileWriter.write(file, edited);
        List<Diagnostic> frozen = new ArrayList<>();
        Optional<Node> standalone = build.loader().standalone(file, frozen);
        if (standalone.isPresent()) {
            String yaml = VersionFiles.schemaFromVersion(history.get().current().base().isPresent()
                    ? YamlDocumentWriter.write(standalone.get()) : edited);
            PolicyFileWriter.write(versionFile, VersionSeal.seal(yaml));
            PolicyBuild.Checked after = build.loadAndCheck(file);
            frozen.addAll(after.diagnostics());
        }
        if (standalone.isEmpty() || Diagnostic.anyError(frozen)) {
            PolicyFileWriter.write(file, original);
            Files.deleteIfExists(versionFile);
            return Outcome.refused(frozen);
        }
        return new Outcome(Optional.of(versionFile), frozen);
    }
}

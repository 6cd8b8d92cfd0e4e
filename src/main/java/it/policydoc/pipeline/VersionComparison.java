package it.policydoc.pipeline;

import it.policydoc.diag.Diagnostic;
import it.policydoc.history.Comparer;
import it.policydoc.history.Comparison;
import it.policydoc.history.PolicyHistory;
import it.policydoc.history.Version;
import it.policydoc.load.VersionFiles;
import it.policydoc.model.Policy;
import it.policydoc.model.SourcePos;
import it.policydoc.render.diff.SideBySideRenderer;
import it.policydoc.render.diff.SideBySideView;
import it.policydoc.render.diff.SideBySideViewBuilder;
import it.policydoc.text.InlineMarkdown;
import it.policydoc.text.ItalianDates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code diff}: two texts of one policy compared — two frozen versions, or a version and the
 * clerk's current file (by default the text in force and the file) — as a summary of changes
 * and, where asked, the testo a fronte as a web page and a PDF.
 */
public final class VersionComparison {

    static final String PAGE = "testo-a-fronte.html";
    static final String PDF = "testo-a-fronte.pdf";

    /** One of the two texts: the current file of a policy, or one of its versions. */
    private record Side(Path policyFile, Optional<LocalDate> version) {
    }

    /** A text found, with the words that name it in the testo a fronte's column heading. */
    private record Text(Policy policy, String heading, LocalDate date, Optional<LocalDate> version) {
    }

    /**
     * What was compared.
     *
     * @param written the files of the testo a fronte, if asked for
     */
    public record Outcome(Optional<Comparison> comparison, List<Path> written,
            List<Diagnostic> diagnostics) {

        public Outcome {
            written = List.copyOf(written);
            diagnostics = diagnostics.stream().sorted(Diagnostic.BY_POSITION).toList();
        }

        static Outcome failed(List<Diagnostic> diagnostics) {
            return new Outcome(Optional.empty(), List.of(), diagnostics);
        }
    }

    private final PolicyBuild build;
    private final Comparer comparer;
    private final SideBySideRenderer renderer;
    private final InlineMarkdown markdown;

    public VersionComparison(PolicyBuild build) {
        this.build = build;
        this.comparer = build.comparer();
        this.renderer = build.sideBySide();
        this.markdown = build.markdown();
    }

    /**
     * @param older a policy file or a version file; a policy file alone means its text in force
     * @param newer a policy file or a version file; empty means the policy's current file
     * @param out where to write the testo a fronte, if anywhere
     */
    public Outcome compare(Path older, Optional<Path> newer, Optional<Path> out) throws IOException {
        Side a = side(older);
        Side b = newer.map(VersionComparison::side).orElse(new Side(a.policyFile(), Optional.empty()));
        boolean inForceVsCurrent = newer.isEmpty() && a.version().isEmpty();
        PolicyBuild.Checked checked = build.loadAndCheck(a.policyFile());
        List<Diagnostic> diagnostics = new ArrayList<>(checked.diagnostics());
        Optional<PolicyHistory> history = checked.histories().stream()
                .filter(h -> sameFile(h.current().source(), a.policyFile())).findFirst();
        if (Diagnostic.anyError(diagnostics) || history.isEmpty()) {
            return Outcome.failed(diagnostics);
        }
        if (!sameFile(a.policyFile(), b.policyFile())) {
            diagnostics.add(Diagnostic.error("diff-different-policies", SourcePos.start(b.policyFile()),
                    a.policyFile().toString()));
            return Outcome.failed(diagnostics);
        }
        Optional<Text> left = inForceVsCurrent
                ? history.get().inForce().map(VersionComparison::versionText)
                : text(history.get(), a, older, diagnostics);
        Optional<Text> right = text(history.get(), b, newer.orElse(b.policyFile()), diagnostics);
        if (inForceVsCurrent && left.isEmpty()) {
            diagnostics.add(Diagnostic.error("diff-no-version", SourcePos.start(a.policyFile())));
        }
        if (left.isEmpty() || right.isEmpty()) {
            return Outcome.failed(diagnostics);
        }
        Comparison comparison = comparer.compare(left.get().policy(), right.get().policy());
        List<Path> written = new ArrayList<>();
        if (out.isPresent()) {
            Policy policy = right.get().policy();
            boolean proposal = right.get().version().isEmpty() && history.get().amending();
            SideBySideView view = new SideBySideViewBuilder().build(policy, comparison,
                    "Testo a fronte", left.get().heading(), right.get().heading(), proposal,
                    markdown.toPlainText(policy.metadata().title().markdown()));
            Files.createDirectories(out.get());
            Path page = out.get().resolve(PAGE);
            Path pdf = out.get().resolve(PDF);
            Files.writeString(page, renderer.page(view, ".", "index.html", PDF));
            Files.write(pdf, renderer.pdf(view, right.get().date()));
            written.add(page);
            written.add(pdf);
        }
        return new Outcome(Optional.of(comparison), written, diagnostics);
    }

    private Optional<Text> text(PolicyHistory history, Side side, Path named, List<Diagnostic> diagnostics) {
        if (side.version().isEmpty()) {
            Policy current = history.current();
            String heading = history.amending() ? "Testo modificato (proposta)" : "Testo attuale";
            return Optional.of(new Text(current, heading, current.metadata().referenceDate().orElse(LocalDate.EPOCH),
                    Optional.empty()));
        }
        Optional<Version> version = history.versions().stream()
                .filter(v -> v.date().equals(side.version().get())).findFirst();
        if (version.isEmpty()) {
            diagnostics.add(Diagnostic.error("diff-version-not-found", SourcePos.start(named), named.toString()));
        }
        return version.map(VersionComparison::versionText);
    }

    private static Text versionText(Version v) {
        return new Text(v.policy(), "Testo approvato il " + ItalianDates.format(v.date()), v.date(), Optional.of(v.date()));
    }

    /** {@code <comune>/versioni/<policy>/<date>.yaml} names a version; any other file is a policy's file. */
    private static Side side(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        Path versions = folder == null ? null : folder.getParent();
        if (versions != null && versions.getFileName() != null
                && versions.getFileName().toString().equals(VersionFiles.FOLDER)) {
            String name = file.getFileName().toString();
            Path policy = versions.getParent().resolve(folder.getFileName() + ".yaml");
            try {
                return new Side(policy, Optional.of(LocalDate.parse(name.substring(0, name.lastIndexOf('.')))));
            } catch (DateTimeException | StringIndexOutOfBoundsException e) {
                return new Side(policy, Optional.of(LocalDate.EPOCH));
            }
        }
        return new Side(file, Optional.empty());
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}

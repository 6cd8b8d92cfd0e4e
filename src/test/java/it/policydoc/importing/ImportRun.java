package it.policydoc.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.policydoc.diag.Diagnostic;
import it.policydoc.load.LoadResult;
import it.policydoc.load.PolicyLoader;
import it.policydoc.model.Article;
import it.policydoc.model.Block;
import it.policydoc.model.Outline;
import it.policydoc.model.PointList;
import it.policydoc.model.Section;
import it.policydoc.model.Policy;
import it.policydoc.model.Point;
import it.policydoc.model.ListStyle;
import it.policydoc.model.Unit;
import it.policydoc.pipeline.PolicyImport;
import it.policydoc.check.PolicyChecker;
import it.policydoc.render.LegislationJsonLd;
import it.policydoc.render.PolicyViewBuilder;
import it.policydoc.render.Templates;
import it.policydoc.render.WebPageRenderer;
import it.policydoc.text.InlineMarkdown;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;

/**
 * One import as the tests see it: the file imported into a comune folder whose comune.yaml the
 * clerk has completed, the written YAML loaded and checked as {@code policydoc check} does, and
 * the policy's page fragment rendered (what the built page shows of the text).
 */
final class ImportRun {

    private static final InlineMarkdown MARKDOWN = new InlineMarkdown();
    private static final PolicyChecker CHECKER = PolicyChecker.standard(MARKDOWN);
    private static final WebPageRenderer PAGES = new WebPageRenderer(new Templates(), new PolicyViewBuilder(MARKDOWN),
            new LegislationJsonLd(MARKDOWN));
    static final String COMUNE_YAML = """
            nome: Prova
            provincia: Brescia
            sigla_provincia: BS
            codice_istat: "017058"
            """;

    final PolicyImport.Outcome outcome;
    final Policy policy;
    final List<Diagnostic> diagnostics;
    final String yaml;

    private ImportRun(PolicyImport.Outcome outcome, Policy policy, List<Diagnostic> diagnostics, String yaml) {
        this.outcome = outcome;
        this.policy = policy;
        this.diagnostics = diagnostics;
        this.yaml = yaml;
    }

    static ImportRun of(Path source, Path comuneFolder) throws IOException, PolicyImport.Refused {
        return of(source, comuneFolder, COMUNE_YAML);
    }

    /** @param comuneYaml the comune.yaml as the clerk completed it */
    static ImportRun of(Path source, Path comuneFolder, String comuneYaml) throws IOException, PolicyImport.Refused {
        Files.createDirectories(comuneFolder);
        Files.writeString(comuneFolder.resolve("comune.yaml"), comuneYaml, StandardCharsets.UTF_8);
        PolicyImport.Outcome outcome = new PolicyImport().run(new PolicyImport.Request(source,
                Optional.of(comuneFolder), Optional.of("importata"), false));
        LoadResult loaded = new PolicyLoader().load(List.of(comuneFolder));
        List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
        assertEquals(1, loaded.policies().size(), () -> loaded.diagnostics().toString());
        diagnostics.addAll(CHECKER.check(loaded.policies()));
        return new ImportRun(outcome, loaded.policies().get(0), diagnostics,
                Files.readString(outcome.policyFile(), StandardCharsets.UTF_8));
    }

    List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    /** Errors apart from hand-typed references that name nothing (the import lists them; they stay as written). */
    List<Diagnostic> errorsBesideUnresolvedReferences() {
        return errors().stream().filter(d -> !d.code().equals("textual-reference-broken")).toList();
    }

    /** The words of the policy's public page, header and metadata included. */
    String pageText() {
        return Jsoup.parse(PAGES.page(policy, "../..", List.of())).body().text();
    }

    long count(Unit.Kind kind) {
        return Outline.of(policy).units().stream().filter(u -> u.kind() == kind).count();
    }

    /** Lettered and numbered points (bullets are counted apart, as the corpus does). */
    long markedPoints() {
        return styles().stream().filter(s -> s != ListStyle.BULLETS).count();
    }

    long bullets() {
        return styles().stream().filter(s -> s == ListStyle.BULLETS).count();
    }

    /** The list style of every point, in reading order. */
    private List<ListStyle> styles() {
        List<ListStyle> styles = new ArrayList<>();
        blocks(policy.content(), styles);
        return styles;
    }

    private static void blocks(List<Block> blocks, List<ListStyle> styles) {
        for (Block b : blocks) {
            if (b instanceof Section s) {
                blocks(s.content(), styles);
            } else if (b instanceof Article a) {
                a.commi().forEach(c -> c.points().ifPresent(l -> list(l, styles)));
            } else if (b instanceof PointList l) {
                list(l, styles);
            }
        }
    }

    private static void list(PointList list, List<ListStyle> styles) {
        for (Point p : list.points()) {
            styles.add(list.style());
            p.subpoints().ifPresent(sub -> list(sub, styles));
        }
    }
}

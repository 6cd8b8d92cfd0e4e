package it.policydoc.pipeline;

import it.policydoc.diag.Diagnostic;
import it.policydoc.load.PolicySources;
import it.policydoc.render.view.IndexEntry;
import it.policydoc.site.BuildManifest;
import it.policydoc.site.HandbookCache;
import it.policydoc.site.HardLinks;
import it.policydoc.site.PublishedComune;
import it.policydoc.site.ReusableOutputs;
import it.policydoc.site.SitePaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the site of the last build lets this one keep: a comune whose inputs have the same
 * fingerprint (under the same policydoc) and whose files are all still there is carried over as
 * it is, handbook conversions included; a comune whose inputs changed may still keep each
 * expensive output made from the same thing as last time. The new manifest records what this
 * build published. Whether anything changed at all is told from the manifest's summary alone;
 * its details are read only when something did.
 */
final class PreviousSite {

    /**
     * A comune to publish: its folder, its inputs' fingerprint, whether the last build left it
     * as it would come out now (same inputs, every file still there), and once the details are
     * read, what the last build left of it if still valid as a whole, and what the last build
     * published of it in any case.
     */
    record Plan(PolicySources.ComuneFolder folder, String slug, String inputs, boolean same,
            Optional<BuildManifest.Comune> kept, Optional<BuildManifest.Comune> last) {
    }

    /**
     * What happened to one comune, as far as the rest of the build needs it: its home page entry
     * if published (rendered or carried over), whether it was carried over, the pages it wrote
     * (whose links are checked), and its problems. The rest of what it published went to the
     * manifest when it was done.
     */
    record Result(Optional<IndexEntry> entry, boolean carried, List<String> pages, List<Diagnostic> diagnostics) {

        Result {
            pages = List.copyOf(pages);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** A comune published: its entry goes to the manifest now, the home page entry and the pages written stay. */
    static Result published(Plan plan, PublishedComune published, boolean carried, List<Diagnostic> diagnostics,
            BuildManifest.Writer manifest) throws IOException {
        manifest.add(published.slug(), new BuildManifest.Comune(plan.inputs(), published.entry(), published.files(),
                published.outputs(), List.copyOf(published.skeletons())));
        List<String> pages = carried ? List.of() : published.files().stream().filter(f -> f.endsWith(".html")).toList();
        return new Result(Optional.of(published.entry()), carried, pages, diagnostics);
    }

    /** A comune not published: its problems, or no policy yet. */
    static Result notPublished(List<Diagnostic> diagnostics) {
        return new Result(Optional.empty(), false, List.of(), diagnostics);
    }

    private final Path out;
    private final String tool;
    private final Optional<BuildManifest.Summary> summary;

    /**
     * @param tool the fingerprint of this policydoc (and of the site's address)
     * @param summary the summary of the last build's manifest, if any (see {@link #summary})
     */
    PreviousSite(Path out, String tool, Optional<BuildManifest.Summary> summary) {
        this.out = out;
        this.tool = tool;
        this.summary = summary.filter(s -> s.tool().equals(tool));
    }

    /** The summary of the last build's manifest; none if {@code force}: every comune is rendered again. */
    static Optional<BuildManifest.Summary> summary(Path out, boolean force) {
        return force ? Optional.empty() : BuildManifest.summary(out);
    }

    Plan plan(PolicySources.ComuneFolder folder, String inputs) {
        String slug = folder.slug();
        boolean same = kept(slug)
                .filter(c -> c.inputs().equals(inputs))
                .filter(c -> c.files().stream().allMatch(f -> Files.isRegularFile(out.resolve(f))))
                .isPresent();
        return new Plan(folder, slug, inputs, same, Optional.empty(), Optional.empty());
    }

    private Optional<BuildManifest.Kept> kept(String slug) {
        return summary.flatMap(s -> Optional.ofNullable(s.comuni().get(slug)));
    }

    /**
     * The plans with what the last build left of each comune: read from the manifest's details,
     * which a build with something to do needs. A comune the details lack is rendered again.
     */
    List<Plan> detailed(List<Plan> plans) {
        Map<String, BuildManifest.Comune> comuni = summary.flatMap(s -> BuildManifest.read(out))
                .filter(m -> m.tool().equals(tool)).map(BuildManifest::comuni).orElse(Map.of());
        return plans.stream().map(p -> {
            Optional<BuildManifest.Comune> last = Optional.ofNullable(comuni.get(p.slug()));
            return new Plan(p.folder(), p.slug(), p.inputs(), p.same(), last.filter(c -> p.same()), last);
        }).toList();
    }

    /** Whether the last build left nothing this one may keep: no site, another policydoc, or a forced build. */
    boolean empty() {
        return summary.isEmpty();
    }

    /** The outputs of a comune to render again that the last build left, by what they were made from. */
    ReusableOutputs outputs(Plan plan) {
        return plan.last().map(c -> new ReusableOutputs(out, c.outputs())).orElseGet(ReusableOutputs::none);
    }

    /** Every comune is as last published, and none was added or removed: nothing to write. */
    boolean unchanged(List<Plan> plans) {
        if (!plans.stream().allMatch(Plan::same) || !Files.isRegularFile(out.resolve(SitePaths.INDEX))) {
            return false;
        }
        Set<String> now = plans.stream().map(Plan::slug).collect(Collectors.toSet());
        return summary.map(s -> s.comuni().keySet().equals(now)).orElse(false);
    }

    /** How many policies the comuni planned had when last published. */
    int policies(List<Plan> plans) {
        return plans.stream().mapToInt(p -> kept(p.slug()).map(BuildManifest.Kept::policies).orElse(0)).sum();
    }

    /**
     * The files of an unchanged comune, and its handbook conversions, linked (not copied) from
     * the current site into the new one.
     */
    Result carryOver(Plan plan, Path stage, HandbookCache cache, BuildManifest.Writer manifest) throws IOException {
        BuildManifest.Comune kept = plan.kept().orElseThrow();
        for (String file : kept.files()) {
            Path target = stage.resolve(file);
            Files.createDirectories(target.getParent());
            HardLinks.linkOrCopy(out.resolve(file), target);
        }
        cache.carry(kept.skeletons());
        return published(plan, new PublishedComune(plan.slug(), kept.entry(), kept.files(), kept.outputs(),
                Set.copyOf(kept.skeletons())), true, List.of(), manifest);
    }
}

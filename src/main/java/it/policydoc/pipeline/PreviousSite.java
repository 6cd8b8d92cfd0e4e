package it.policydoc.pipeline;

import it.policydoc.diag.Diagnostic;
import it.policydoc.load.PolicySources;
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
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the site of the last build lets this one keep: a comune whose inputs have the same
 * fingerprint (under the same policydoc) and whose files are all still there is carried over as
 * it is, handbook conversions included; a comune whose inputs changed may still keep each
 * expensive output made from the same thing as last time. The new manifest records what this
 * build published. Whether anything changed at all is told from the manifest's summary alone;
 * its details are indexed only when something did, and each comune's read when the build comes
 * to that comune.
 */
final class PreviousSite {

    /**
     * A comune to publish: its place in the build's order, its folder, its inputs' fingerprint,
     * and whether the last build left it as it would come out now (same inputs, every file still
     * there).
     */
    record Plan(int position, PolicySources.ComuneFolder folder, String slug, String inputs, boolean same) {
    }

    /**
     * What happened to one comune, as far as the rest of the build needs to hold it: how many
     * policies it published (none if it was not published), whether it was carried over, and its
     * problems. What it published went to the manifest's part file when it was done, where the
     * home page and the link check read it back: nothing else of a comune stays in memory.
     */
    record Result(int policies, boolean carried, List<Diagnostic> diagnostics) {

        Result {
            diagnostics = List.copyOf(diagnostics);
        }

        /** Whether this build wrote the comune's pages (their links are checked). */
        boolean rendered() {
            return policies > 0 && !carried;
        }
    }

    /** A comune published: its entry goes to the manifest now, only its counts and problems stay. */
    static Result published(Plan plan, PublishedComune published, boolean carried, List<Diagnostic> diagnostics,
            BuildManifest.Writer manifest) throws IOException {
        manifest.add(plan.position(), new BuildManifest.Comune(plan.inputs(), published.entry(), published.files(),
                published.outputs(), List.copyOf(published.skeletons())));
        return new Result(published.entry().policies().size(), carried, diagnostics);
    }

    /** A comune not published: its problems, or no policy yet. */
    static Result notPublished(List<Diagnostic> diagnostics) {
        return new Result(0, false, diagnostics);
    }

    private final Path out;
    private final String tool;
    private final Optional<BuildManifest.Summary> summary;
    /** Where the last build's details of each comune are, once indexed ({@link #withDetails}); none before. */
    private final Optional<BuildManifest.Details> details;

    /**
     * @param tool the fingerprint of this policydoc (and of the site's address)
     * @param summary the summary of the last build's manifest, if any (see {@link #summary})
     */
    PreviousSite(Path out, String tool, Optional<BuildManifest.Summary> summary) {
        this(out, tool, summary.filter(s -> s.tool().equals(tool)), Optional.empty());
    }

    private PreviousSite(Path out, String tool, Optional<BuildManifest.Summary> summary,
            Optional<BuildManifest.Details> details) {
        this.out = out;
        this.tool = tool;
        this.summary = summary;
        this.details = details;
    }

    /** The summary of the last build's manifest; none if {@code force}: every comune is rendered again. */
    static Optional<BuildManifest.Summary> summary(Path out, boolean force) {
        return force ? Optional.empty() : BuildManifest.summary(out);
    }

    Plan plan(int position, PolicySources.ComuneFolder folder, String inputs) {
        String slug = folder.slug();
        boolean same = lastKept(slug)
                .filter(c -> c.inputs().equals(inputs))
                .filter(c -> c.files().stream().allMatch(f -> Files.isRegularFile(out.resolve(f))))
                .isPresent();
        return new Plan(position, folder, slug, inputs, same);
    }

    private Optional<BuildManifest.Kept> lastKept(String slug) {
        return summary.flatMap(s -> Optional.ofNullable(s.comuni().get(slug)));
    }

    /**
     * This site with the index of the manifest's details, which a build with something to do
     * needs: each comune's are read when the build comes to it ({@link #last}). A comune the
     * details lack is rendered again.
     */
    PreviousSite withDetails() {
        Optional<BuildManifest.Details> indexed = summary.flatMap(s -> BuildManifest.details(out))
                .filter(d -> d.tool().equals(tool));
        return new PreviousSite(out, tool, summary, indexed);
    }

    /** Whether the comune is likely carried over as it is: unchanged, and its details are in the manifest. */
    boolean keeps(Plan plan) {
        return plan.same() && details.map(d -> d.has(plan.slug())).orElse(false);
    }

    /** What the last build published of a comune, valid or not: read from the manifest, once per comune. */
    Optional<BuildManifest.Comune> last(Plan plan) {
        return details.flatMap(d -> d.of(plan.slug()));
    }

    /** Whether the last build left nothing this one may keep: no site, another policydoc, or a forced build. */
    boolean empty() {
        return summary.isEmpty();
    }

    /**
     * The outputs of a comune to render again that the last build left, by what they were made from.
     *
     * @param last what the last build published of the comune ({@link #last})
     */
    ReusableOutputs outputs(Optional<BuildManifest.Comune> last) {
        return last.map(c -> new ReusableOutputs(out, c.outputs())).orElseGet(ReusableOutputs::none);
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
        return plans.stream().mapToInt(p -> lastKept(p.slug()).map(BuildManifest.Kept::policies).orElse(0)).sum();
    }

    /**
     * The files of an unchanged comune, and its handbook conversions, linked (not copied) from
     * the current site into the new one.
     */
    Result carryOver(Plan plan, BuildManifest.Comune kept, Path stage, HandbookCache cache,
            BuildManifest.Writer manifest) throws IOException {
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

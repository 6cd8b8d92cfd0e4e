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
import java.util.HashMap;
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
 * build published.
 */
final class PreviousSite {

    /**
     * A comune to publish: its folder, its inputs' fingerprint, what the last build left of it
     * if still valid as a whole, and what the last build published of it in any case.
     */
    record Plan(PolicySources.ComuneFolder folder, String slug, String inputs, Optional<BuildManifest.Comune> kept,
            Optional<BuildManifest.Comune> last) {
    }

    /** What happened to one comune: published (rendered or carried over), or its problems. */
    record Result(Optional<PublishedComune> published, boolean carried, String inputs, List<Diagnostic> diagnostics) {

        Result {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private final Path out;
    private final Optional<BuildManifest> manifest;

    /** @param force whether to keep nothing: every comune is rendered again */
    PreviousSite(Path out, String tool, boolean force) {
        this.out = out;
        this.manifest = force ? Optional.empty() : BuildManifest.read(out).filter(m -> m.tool().equals(tool));
    }

    Plan plan(PolicySources.ComuneFolder folder, String inputs) {
        String slug = folder.slug();
        Optional<BuildManifest.Comune> last = manifest.flatMap(m -> Optional.ofNullable(m.comuni().get(slug)));
        Optional<BuildManifest.Comune> kept = last
                .filter(c -> c.inputs().equals(inputs))
                .filter(c -> c.files().stream().allMatch(f -> Files.isRegularFile(out.resolve(f))));
        return new Plan(folder, slug, inputs, kept, last);
    }

    /** Whether the last build left nothing this one may keep: no site, another policydoc, or a forced build. */
    boolean empty() {
        return manifest.isEmpty();
    }

    /** The outputs of a comune to render again that the last build left, by what they were made from. */
    ReusableOutputs outputs(Plan plan) {
        return plan.last().map(c -> new ReusableOutputs(out, c.outputs())).orElseGet(ReusableOutputs::none);
    }

    /** Every comune is as last published, and none was added or removed: nothing to write. */
    boolean unchanged(List<Plan> plans) {
        if (!plans.stream().allMatch(p -> p.kept().isPresent()) || !Files.isRegularFile(out.resolve(SitePaths.INDEX))) {
            return false;
        }
        Set<String> now = plans.stream().map(Plan::slug).collect(Collectors.toSet());
        return manifest.map(m -> m.comuni().keySet().equals(now)).orElse(false);
    }

    /**
     * The files of an unchanged comune, and its handbook conversions, linked (not copied) from
     * the current site into the new one.
     */
    Result carryOver(Plan plan, Path stage, HandbookCache cache) throws IOException {
        BuildManifest.Comune kept = plan.kept().orElseThrow();
        for (String file : kept.files()) {
            Path target = stage.resolve(file);
            Files.createDirectories(target.getParent());
            HardLinks.linkOrCopy(out.resolve(file), target);
        }
        cache.carry(kept.skeletons());
        return new Result(Optional.of(new PublishedComune(plan.slug(), kept.entry(), kept.files(), kept.outputs(),
                Set.copyOf(kept.skeletons()))), true, plan.inputs(), List.of());
    }

    /** What the next build will compare with. */
    static BuildManifest manifest(String tool, List<Result> results) {
        Map<String, BuildManifest.Comune> comuni = new HashMap<>();
        for (Result r : results) {
            r.published().ifPresent(p -> comuni.put(p.slug(), new BuildManifest.Comune(r.inputs(), p.entry(), p.files(),
                    p.outputs(), List.copyOf(p.skeletons()))));
        }
        return new BuildManifest(tool, comuni);
    }
}

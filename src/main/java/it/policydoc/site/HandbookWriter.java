package it.policydoc.site;

import it.policydoc.model.Policy;
import it.policydoc.render.handbook.HandbookRenderer;
import it.policydoc.render.handbook.SkeletonStore;
import it.policydoc.render.view.DownloadView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a policy's staff handbook into its folder: {@code manuale/index.html} and {@code manuale.pdf}. */
public final class HandbookWriter {

    private static final HandbookRenderer.Placement PLACEMENT = new HandbookRenderer.Placement(
            SitePaths.pageFromHandbook(), SitePaths.PAGE, SitePaths.rootFromHandbook());

    private final HandbookRenderer handbooks;

    public HandbookWriter(HandbookRenderer handbooks) {
        this.handbooks = handbooks;
    }

    /**
     * Writes both outputs (the PDF only if the last build did not print the same document);
     * returns the links to them for the policy's page.
     *
     * @param folder the policy's folder, from the site's root
     */
    public List<DownloadView> write(Policy policy, Path siteDir, String folder, ReusableOutputs outputs,
            SkeletonStore skeletons) throws IOException {
        HandbookRenderer.Prepared handbook = handbooks.prepare(policy, PLACEMENT, skeletons);
        Path policyDir = siteDir.resolve(folder);
        Files.createDirectories(policyDir.resolve(SitePaths.HANDBOOK_DIR));
        Files.writeString(policyDir.resolve(SitePaths.HANDBOOK_PAGE), handbook.page(), StandardCharsets.UTF_8);
        long pdfBytes = outputs.pdf(siteDir, folder + "/" + SitePaths.HANDBOOK_PDF, handbook.print(),
                document -> handbooks.pdf(handbook));
        return handbooks.downloads(SitePaths.HANDBOOK_PAGE, SitePaths.HANDBOOK_PDF, pdfBytes);
    }
}

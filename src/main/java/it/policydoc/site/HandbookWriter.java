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
     * Writes the handbook's PDF (only if the last build did not print the same document);
     * returns the links to both outputs for the policy's page. Independent of {@link #writePage},
     * which may run at the same time.
     *
     * @param folder the policy's folder, from the site's root
     */
    public List<DownloadView> writePdf(Policy policy, Path siteDir, String folder, ReusableOutputs outputs,
            SkeletonStore skeletons) throws IOException {
        long pdfBytes = outputs.pdf(siteDir, folder + "/" + SitePaths.HANDBOOK_PDF,
                handbooks.print(policy, PLACEMENT, skeletons), handbooks::pdf);
        return handbooks.downloads(SitePaths.HANDBOOK_PAGE, SitePaths.HANDBOOK_PDF, pdfBytes);
    }

    /** Writes the handbook's web page. */
    public void writePage(Policy policy, Path siteDir, String folder, SkeletonStore skeletons) throws IOException {
        Path page = siteDir.resolve(folder).resolve(SitePaths.HANDBOOK_PAGE);
        Files.createDirectories(page.getParent());
        Files.writeString(page, handbooks.page(policy, PLACEMENT, skeletons), StandardCharsets.UTF_8);
    }
}

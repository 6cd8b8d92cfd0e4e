package it.policydoc.site;

import it.policydoc.model.Policy;
import it.policydoc.render.DeliberationPdfRenderer;
import it.policydoc.render.SiteIndexRenderer;
import it.policydoc.render.WebPageRenderer;
import it.policydoc.render.view.DownloadView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes every output of every policy, the index and the assets into one folder. */
public final class SiteWriter {

    private final WebPageRenderer pages;
    private final DeliberationPdfRenderer deliberation;
    private final SiteIndexRenderer index;
    private final AssetPublisher assets;
    private final HandbookWriter handbooks;

    public SiteWriter(WebPageRenderer pages, DeliberationPdfRenderer deliberation, SiteIndexRenderer index,
            AssetPublisher assets, HandbookWriter handbooks) {
        this.pages = pages;
        this.deliberation = deliberation;
        this.index = index;
        this.assets = assets;
        this.handbooks = handbooks;
    }

    public void write(List<Policy> policies, Path siteDir) throws IOException {
        assets.publish(siteDir);
        for (Policy policy : policies) {
            Path dir = Files.createDirectories(siteDir.resolve(SitePaths.policyDir(policy)));
            // The PDFs first: the page links them with their sizes.
            byte[] pdf = deliberation.render(policy);
            Files.write(dir.resolve(SitePaths.DELIBERATION), pdf);
            List<DownloadView> downloads = new ArrayList<>();
            downloads.add(deliberation.download(policy, SitePaths.DELIBERATION, pdf.length));
            downloads.addAll(handbooks.write(policy, dir));
            writeText(dir.resolve(SitePaths.PAGE), pages.page(policy, SitePaths.rootFromPolicy(), downloads));
            writeText(dir.resolve(SitePaths.FRAGMENT), pages.fragment(policy, downloads));
        }
        writeText(siteDir.resolve(SitePaths.INDEX), index.index(policies, SitePaths::pageHref));
    }

    private static void writeText(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}

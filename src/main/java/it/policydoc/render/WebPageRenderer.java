package it.policydoc.render;

import it.policydoc.history.AmendmentNotes;
import it.policydoc.model.Policy;
import it.policydoc.render.view.DownloadView;
import it.policydoc.text.ItalianFileSizes;
import java.util.List;
import java.util.Map;

/**
 * The public web page of a policy, standalone ({@code index.html}) and as a bare fragment
 * ({@code fragment.html}) to paste into the comune's CMS.
 */
public final class WebPageRenderer {

    private static final int PAGE_TITLE_LEVEL = 1;
    /** In a CMS the page already has its own h1. */
    private static final int FRAGMENT_TITLE_LEVEL = 2;

    private final Templates templates;
    private final PolicyViewBuilder views;
    private final LegislationJsonLd jsonLd;

    public WebPageRenderer(Templates templates, PolicyViewBuilder views, LegislationJsonLd jsonLd) {
        this.templates = templates;
        this.views = views;
        this.jsonLd = jsonLd;
    }

    /**
     * @param siteRoot relative path from the page to the site root, e.g. "../.."
     */
    /** A page that offers no Akoma Ntoso document. */
    public String page(Policy policy, String siteRoot, List<DownloadView> downloads) {
        return page(policy, siteRoot, downloads, "");
    }

    /** @param akomaNtosoHref the policy's Akoma Ntoso document, linked as an alternate form of the page */
    public String page(Policy policy, String siteRoot, List<DownloadView> downloads, String akomaNtosoHref) {
        return page(policy, siteRoot, downloads, akomaNtosoHref, AmendmentNotes.NONE, LegislationJsonLd.Versions.NONE);
    }

    /** The testo coordinato of an amended policy: the page with the notes of the acts that changed it. */
    public String page(Policy policy, String siteRoot, List<DownloadView> downloads, String akomaNtosoHref,
            AmendmentNotes notes, LegislationJsonLd.Versions versions) {
        return templates.render("web/page.ftlh", Map.of(
                "p", views.build(policy, PAGE_TITLE_LEVEL, downloads, notes),
                "jsonLd", jsonLd.toJson(policy, versions),
                "akn", akomaNtosoHref,
                "root", siteRoot));
    }

    /** The Akoma Ntoso document among the page's downloads: what it is for, its format and size. */
    public DownloadView aknDownload(String href, long bytes) {
        return new DownloadView(href, "Testo in formato Akoma Ntoso (per programmi e banche dati)",
                "XML, " + ItalianFileSizes.format(bytes));
    }

    public String fragment(Policy policy, List<DownloadView> downloads) {
        return templates.render("web/fragment.ftlh", Map.of(
                "p", views.build(policy, FRAGMENT_TITLE_LEVEL, downloads)));
    }
}

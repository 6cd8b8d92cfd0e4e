package it.policydoc.render;

import it.policydoc.model.Act;
import it.policydoc.model.Comune;
import it.policydoc.model.Policy;
import it.policydoc.model.PolicyStatus;
import it.policydoc.render.view.IndexEntry;
import it.policydoc.text.EnteLabels;
import it.policydoc.text.InlineMarkdown;
import it.policydoc.text.ItalianDates;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The site's home page: every comune and its policies, linked. */
public final class SiteIndexRenderer {

    private final Templates templates;
    private final InlineMarkdown markdown;

    public SiteIndexRenderer(Templates templates, InlineMarkdown markdown) {
        this.templates = templates;
        this.markdown = markdown;
    }

    /** The home page listing the comuni in order, each with its published policies. */
    public String index(List<IndexEntry> comuni) {
        return templates.render("web/index.ftlh", Map.of("comuni", comuni));
    }

    /** A comune's heading on the home page. */
    public static IndexEntry comune(Comune comune, List<IndexEntry.PolicyLink> policies) {
        return new IndexEntry("Comune di " + comune.name(), EnteLabels.province(comune), policies);
    }

    /**
     * A policy's line on the home page.
     *
     * @param href where the policy's page is, relative to the site root
     */
    public IndexEntry.PolicyLink link(Policy policy, String href) {
        var meta = policy.metadata();
        String title = markdown.toPlainText(meta.title().markdown());
        if (meta.status() == PolicyStatus.APPROVED) {
            // The date of the act that put the text in force, never the clerk's last edit.
            String act = meta.acts().stream().filter(a -> a.date().isPresent())
                    .max(Comparator.comparing((Act a) -> a.date().get()))
                    .map(a -> a.type() + " del " + ItalianDates.format(a.date().get())).orElse(null);
            return new IndexEntry.PolicyLink(href, title, "In vigore", act);
        }
        String edited = meta.lastModified().map(d -> "ultima modifica del " + ItalianDates.format(d)).orElse(null);
        return new IndexEntry.PolicyLink(href, title, "Bozza", edited);
    }
}

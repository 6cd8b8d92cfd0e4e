package it.policydoc.render;

import it.policydoc.model.Comune;
import it.policydoc.model.Policy;
import it.policydoc.model.PolicyStatus;
import it.policydoc.render.view.IndexEntry;
import it.policydoc.text.InlineMarkdown;
import it.policydoc.text.ItalianDates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The site's home page: every comune and its policies, linked. */
public final class SiteIndexRenderer {

    private final Templates templates;
    private final InlineMarkdown markdown;

    public SiteIndexRenderer(Templates templates, InlineMarkdown markdown) {
        this.templates = templates;
        this.markdown = markdown;
    }

    /**
     * @param pageHref where each policy's page is, relative to the site root
     */
    public String index(List<Policy> policies, Function<Policy, String> pageHref) {
        Map<Comune, List<IndexEntry.PolicyLink>> byComune = new LinkedHashMap<>();
        for (Policy policy : policies) {
            byComune.computeIfAbsent(policy.comune(), c -> new ArrayList<>()).add(link(policy, pageHref.apply(policy)));
        }
        List<IndexEntry> entries = byComune.entrySet().stream()
                .map(e -> new IndexEntry("Comune di " + e.getKey().name(), "Provincia di " + e.getKey().province(),
                        e.getValue()))
                .toList();
        return templates.render("web/index.ftlh", Map.of("comuni", entries));
    }

    private IndexEntry.PolicyLink link(Policy policy, String href) {
        var meta = policy.metadata();
        String date = meta.referenceDate().map(ItalianDates::format).orElse(null);
        return new IndexEntry.PolicyLink(href, markdown.toPlainText(meta.title().markdown()),
                meta.status() == PolicyStatus.APPROVED ? "Approvata" : "Bozza", date);
    }
}

package it.policydoc.render;

import it.policydoc.model.Act;
import it.policydoc.model.ActRole;
import it.policydoc.model.Article;
import it.policydoc.model.Block;
import it.policydoc.model.Comma;
import it.policydoc.model.Definition;
import it.policydoc.model.DefinitionList;
import it.policydoc.model.Excerpt;
import it.policydoc.model.ListStyle;
import it.policydoc.model.Paragraph;
import it.policydoc.model.Point;
import it.policydoc.model.PointList;
import it.policydoc.model.Policy;
import it.policydoc.model.PolicyStatus;
import it.policydoc.model.Section;
import it.policydoc.model.SectionNumber;
import it.policydoc.render.view.ActView;
import it.policydoc.render.view.ArticleView;
import it.policydoc.render.view.BlockView;
import it.policydoc.render.view.CommaView;
import it.policydoc.render.view.DefinitionListView;
import it.policydoc.render.view.DefinitionView;
import it.policydoc.render.view.DownloadView;
import it.policydoc.render.view.ExcerptView;
import it.policydoc.render.view.ListView;
import it.policydoc.render.view.ParagraphView;
import it.policydoc.render.view.PointView;
import it.policydoc.render.view.PolicyView;
import it.policydoc.render.view.SectionView;
import it.policydoc.render.view.TocEntry;
import it.policydoc.text.EnteLabels;
import it.policydoc.text.InlineMarkdown;
import it.policydoc.text.ItalianDates;
import it.policydoc.text.ItalianGrammar;
import it.policydoc.text.PolicyLinks;
import it.policydoc.text.ReferenceLabels;
import it.policydoc.text.TextLinks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a policy into the view the web templates draw: texts rendered to safe HTML, markers
 * and headings worded as Italian drafting writes them, heading levels assigned.
 */
public final class PolicyViewBuilder {

    private static final int DEEPEST_HEADING = 6;

    private final InlineMarkdown markdown;
    private final ReferenceLabels labels;

    public PolicyViewBuilder(InlineMarkdown markdown) {
        this.markdown = markdown;
        this.labels = new ReferenceLabels(markdown);
    }

    /**
     * @param titleLevel 1 for a standalone page; 2 for a fragment placed under the CMS's own title
     */
    public PolicyView build(Policy policy, int titleLevel, List<DownloadView> downloads) {
        var meta = policy.metadata();
        var comune = policy.comune();
        TextLinks links = new PolicyLinks(policy, labels, "");
        return new PolicyView(
                comune.name(),
                "Comune di " + comune.name(),
                EnteLabels.province(comune),
                markdown.toHtml(meta.title()),
                markdown.toPlainText(meta.title().markdown()),
                titleLevel,
                meta.status() == PolicyStatus.APPROVED ? "Approvata" : "Bozza",
                meta.status() == PolicyStatus.DRAFT,
                meta.acts().stream().map(this::act).toList(),
                meta.lastModified().map(ItalianDates::format).orElse(null),
                meta.channels(),
                toc(policy.content()),
                policy.preamble().stream().map(p -> paragraph(p, links)).toList(),
                blocks(policy.content(), titleLevel + 1, links),
                downloads);
    }

    /**
     * Part of a policy, drawn as the page draws it, with headings from {@code level} down and
     * references leading to the units on the policy's page at {@code pageHref}.
     */
    public ExcerptView excerpt(Policy policy, Excerpt excerpt, int level, String pageHref) {
        TextLinks links = new PolicyLinks(policy, labels, pageHref);
        return new ExcerptView(
                excerpt.preamble().stream().map(p -> paragraph(p, links)).toList(),
                blocks(excerpt.content(), level, links),
                toc(excerpt.content()));
    }

    public ActView act(Act act) {
        String description = actName(act)
                + " n. " + act.number().orElse("…")
                + " del " + actDate(act).orElse("…");
        return new ActView(
                act.role() == ActRole.ADOPTION ? "Approvazione" : "Modifica",
                description,
                act.subject().orElse(null));
    }

    /** When the act was adopted, as printed: "15 dicembre 2022", or "2016" for an act known only by its year. */
    public static Optional<String> actDate(Act act) {
        return act.date().map(ItalianDates::format).or(() -> act.year().map(String::valueOf));
    }

    /** What the act is, without its number and date: "deliberazione della Giunta Comunale". */
    public static String actName(Act act) {
        return act.type() + " " + ItalianGrammar.di(act.organ());
    }

    private List<TocEntry> toc(List<Block> blocks) {
        List<TocEntry> entries = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Section s) {
                String title = markdown.toPlainText(s.title().markdown());
                String label = s.number().map(n -> n.heading() + " – " + title).orElse(title);
                entries.add(new TocEntry(s.anchor(), label, toc(s.content())));
            } else if (block instanceof Article a) {
                entries.add(new TocEntry(a.anchor(),
                        "Art. " + a.label() + " – " + markdown.toPlainText(a.title().markdown()), List.of()));
            }
        }
        return entries;
    }

    private List<BlockView> blocks(List<Block> blocks, int level, TextLinks links) {
        return blocks.stream().map(block -> block(block, level, links)).toList();
    }

    private BlockView block(Block block, int level, TextLinks links) {
        int heading = Math.min(level, DEEPEST_HEADING);
        if (block instanceof Section s) {
            return new SectionView(s.anchor(), s.number().map(SectionNumber::heading).orElse(null),
                    s.level().map(l -> l.yamlName()).orElse(null), markdown.toHtml(s.title()), heading,
                    blocks(s.content(), level + 1, links));
        }
        if (block instanceof Article a) {
            return new ArticleView(a.anchor(), "Articolo " + a.label(), markdown.toHtml(a.title()), heading,
                    a.commi().stream().map(c -> comma(c, a.numberedCommi(), links)).toList(), a.numberedCommi());
        }
        if (block instanceof Paragraph p) {
            return paragraph(p, links);
        }
        if (block instanceof DefinitionList d) {
            return definitions(d, links);
        }
        return list((PointList) block, links);
    }

    private CommaView comma(Comma comma, boolean numbered, TextLinks links) {
        return new CommaView(
                comma.anchor(),
                numbered ? comma.label() + "." : null,
                markdown.toHtml(comma.text(), links),
                comma.points().map(l -> list(l, links)).orElse(null),
                comma.definitions().map(d -> definitions(d, links)).orElse(null),
                comma.continuation().stream().map(p -> paragraph(p, links)).toList());
    }

    private DefinitionListView definitions(DefinitionList list, TextLinks links) {
        return new DefinitionListView(list.id().orElse(null),
                list.definitions().stream().map(d -> definition(d, links)).toList());
    }

    private DefinitionView definition(Definition d, TextLinks links) {
        return new DefinitionView(d.anchor(), markdown.toHtml(d.term()), markdown.toHtml(d.definition(), links));
    }

    private ListView list(PointList list, TextLinks links) {
        return new ListView(
                list.id().orElse(null),
                list.style() != ListStyle.BULLETS,
                list.style().yamlName(),
                list.points().stream().map(p -> point(p, list.style(), links)).toList());
    }

    private PointView point(Point point, ListStyle style, TextLinks links) {
        return new PointView(
                point.anchor(),
                marker(style, point.label()),
                point.title().map(markdown::toHtml).orElse(null),
                markdown.toHtml(point.text(), links),
                point.subpoints().map(l -> list(l, links)).orElse(null));
    }

    /** "a)" for letters, "1." for numbers, none for bullets. */
    private static String marker(ListStyle style, String label) {
        return switch (style) {
            case LETTERS -> label + ")";
            case NUMBERS -> label + ".";
            case BULLETS -> null;
        };
    }

    private ParagraphView paragraph(Paragraph paragraph, TextLinks links) {
        return new ParagraphView(
                paragraph.id().orElse(null),
                paragraph.title().map(markdown::toHtml).orElse(null),
                markdown.toHtml(paragraph.text(), links));
    }
}

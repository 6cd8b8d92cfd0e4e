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
import it.policydoc.model.Text;
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
import it.policydoc.text.PolicyTexts;
import it.policydoc.text.RecentPolicyTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a policy into the view the web templates draw: texts rendered to safe HTML, markers
 * and headings worded as Italian drafting writes them, heading levels assigned.
 */
public final class PolicyViewBuilder {

    private static final int DEEPEST_HEADING = 6;

    private final RecentPolicyTexts recent;

    public PolicyViewBuilder(InlineMarkdown markdown) {
        this(new RecentPolicyTexts(markdown));
    }

    /** @param recent shared with the other writers of the same policies */
    public PolicyViewBuilder(RecentPolicyTexts recent) {
        this.recent = recent;
    }

    /**
     * @param titleLevel 1 for a standalone page; 2 for a fragment placed under the CMS's own title
     */
    public PolicyView build(Policy policy, int titleLevel, List<DownloadView> downloads) {
        var meta = policy.metadata();
        var comune = policy.comune();
        // The page, the fragment and the deliberation draw the same texts: rendered once.
        PageTexts texts = new PageTexts(recent.of(policy), "");
        return new PolicyView(
                comune.name(),
                "Comune di " + comune.name(),
                EnteLabels.province(comune),
                texts.bare(meta.title()),
                texts.plain(meta.title().markdown()),
                titleLevel,
                meta.status() == PolicyStatus.APPROVED ? "Approvata" : "Bozza",
                meta.status() == PolicyStatus.DRAFT,
                meta.acts().stream().map(this::act).toList(),
                meta.lastModified().map(ItalianDates::format).orElse(null),
                meta.channels(),
                toc(policy.content(), texts),
                policy.preamble().stream().map(p -> paragraph(p, texts)).toList(),
                blocks(policy.content(), titleLevel + 1, texts),
                downloads);
    }

    /**
     * Part of a policy, drawn as the page draws it, with headings from {@code level} down and
     * references leading to the units on the policy's page at {@code pageHref}.
     */
    public ExcerptView excerpt(Policy policy, Excerpt excerpt, int level, String pageHref) {
        PageTexts texts = new PageTexts(recent.of(policy), pageHref);
        return new ExcerptView(
                excerpt.preamble().stream().map(p -> paragraph(p, texts)).toList(),
                blocks(excerpt.content(), level, texts),
                toc(excerpt.content(), texts));
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

    private List<TocEntry> toc(List<Block> blocks, PageTexts texts) {
        List<TocEntry> entries = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Section s) {
                String title = texts.plain(s.title().markdown());
                String label = s.number().map(n -> n.heading() + " – " + title).orElse(title);
                entries.add(new TocEntry(s.anchor(), label, toc(s.content(), texts)));
            } else if (block instanceof Article a) {
                entries.add(new TocEntry(a.anchor(),
                        "Art. " + a.label() + " – " + texts.plain(a.title().markdown()), List.of()));
            }
        }
        return entries;
    }

    private List<BlockView> blocks(List<Block> blocks, int level, PageTexts texts) {
        return blocks.stream().map(block -> block(block, level, texts)).toList();
    }

    private BlockView block(Block block, int level, PageTexts texts) {
        int heading = Math.min(level, DEEPEST_HEADING);
        if (block instanceof Section s) {
            return new SectionView(s.anchor(), s.number().map(SectionNumber::heading).orElse(null),
                    s.level().map(l -> l.yamlName()).orElse(null), texts.bare(s.title()), heading,
                    blocks(s.content(), level + 1, texts));
        }
        if (block instanceof Article a) {
            return new ArticleView(a.anchor(), "Articolo " + a.label(), texts.bare(a.title()), heading,
                    a.commi().stream().map(c -> comma(c, a.numberedCommi(), texts)).toList(), a.numberedCommi());
        }
        if (block instanceof Paragraph p) {
            return paragraph(p, texts);
        }
        if (block instanceof DefinitionList d) {
            return definitions(d, texts);
        }
        return list((PointList) block, texts);
    }

    private CommaView comma(Comma comma, boolean numbered, PageTexts texts) {
        return new CommaView(
                comma.anchor(),
                numbered ? comma.label() + "." : null,
                texts.linked(comma.text()),
                comma.points().map(l -> list(l, texts)).orElse(null),
                comma.definitions().map(d -> definitions(d, texts)).orElse(null),
                comma.continuation().stream().map(p -> paragraph(p, texts)).toList());
    }

    private DefinitionListView definitions(DefinitionList list, PageTexts texts) {
        return new DefinitionListView(list.id().orElse(null),
                list.definitions().stream().map(d -> definition(d, texts)).toList());
    }

    private DefinitionView definition(Definition d, PageTexts texts) {
        return new DefinitionView(d.anchor(), texts.bare(d.term()), texts.linked(d.definition()));
    }

    private ListView list(PointList list, PageTexts texts) {
        return new ListView(
                list.id().orElse(null),
                list.style() != ListStyle.BULLETS,
                list.style().yamlName(),
                list.points().stream().map(p -> point(p, list.style(), texts)).toList());
    }

    private PointView point(Point point, ListStyle style, PageTexts texts) {
        return new PointView(
                point.anchor(),
                marker(style, point.label()),
                point.title().map(texts::bare).orElse(null),
                texts.linked(point.text()),
                point.subpoints().map(l -> list(l, texts)).orElse(null));
    }

    /** "a)" for letters, "1." for numbers, none for bullets. */
    private static String marker(ListStyle style, String label) {
        return switch (style) {
            case LETTERS -> label + ")";
            case NUMBERS -> label + ".";
            case BULLETS -> null;
        };
    }

    private ParagraphView paragraph(Paragraph paragraph, PageTexts texts) {
        return new ParagraphView(
                paragraph.id().orElse(null),
                paragraph.title().map(texts::bare).orElse(null),
                texts.linked(paragraph.text()));
    }

    /** A policy's texts as drawn where their links lead to its page at {@code pageHref}. */
    private record PageTexts(PolicyTexts policy, String pageHref) {
        String linked(Text text) {
            return policy.html(text, pageHref);
        }

        String bare(Text text) {
            return policy.html(text);
        }

        String plain(String markdown) {
            return policy.plainText(markdown);
        }
    }
}

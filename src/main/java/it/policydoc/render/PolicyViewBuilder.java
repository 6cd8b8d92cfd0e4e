package it.policydoc.render;

import it.policydoc.history.AmendmentNotes;
import it.policydoc.history.RepealedUnit;
import it.policydoc.history.UnitNode;
import it.policydoc.history.UnitNote;
import it.policydoc.model.Act;
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
import it.policydoc.render.AmendmentNoteWording.Noun;
import it.policydoc.text.EnteLabels;
import it.policydoc.text.InlineMarkdown;
import it.policydoc.text.ItalianDates;
import it.policydoc.text.ItalianGrammar;
import it.policydoc.text.PolicyTexts;
import it.policydoc.text.RecentPolicyTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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
        return build(policy, titleLevel, downloads, AmendmentNotes.NONE);
    }

    /**
     * The testo coordinato of an amended policy: each unit followed by the notes of the acts that
     * changed it, each repealed unit in its place as "(abrogato)" with its notes.
     */
    public PolicyView build(Policy policy, int titleLevel, List<DownloadView> downloads, AmendmentNotes notes) {
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
                policy.preamble().stream().map(p -> paragraph(p, texts, AmendmentNotes.NONE)).toList(),
                blocks(policy.content(), titleLevel + 1, texts, notes),
                downloads);
    }

    /**
     * Part of a policy, drawn as the page draws it, with headings from {@code level} down and
     * references leading to the units on the policy's page at {@code pageHref}.
     */
    public ExcerptView excerpt(Policy policy, Excerpt excerpt, int level, String pageHref) {
        PageTexts texts = new PageTexts(recent.of(policy), pageHref);
        return new ExcerptView(
                excerpt.preamble().stream().map(p -> paragraph(p, texts, AmendmentNotes.NONE)).toList(),
                blocks(excerpt.content(), level, texts, AmendmentNotes.NONE),
                toc(excerpt.content(), texts));
    }

    public ActView act(Act act) {
        String description = actName(act)
                + " n. " + act.number().orElse("…")
                + " del " + actDate(act).orElse("…");
        return new ActView(
                act.role().heading(),
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

    /** Blocks in order, with the articles repealed among them standing where they stood. */
    private List<BlockView> blocks(List<Block> blocks, int level, PageTexts texts, AmendmentNotes notes) {
        int heading = Math.min(level, DEEPEST_HEADING);
        List<BlockView> views = new ArrayList<>();
        for (Block block : blocks) {
            String anchor = anchorOf(block);
            repealed(notes.before(anchor), UnitNode.Kind.ARTICLE, notes, views,
                    unit -> repealedArticle(unit, heading));
            views.add(block(block, level, texts, notes));
            repealed(notes.after(anchor), UnitNode.Kind.ARTICLE, notes, views,
                    unit -> repealedArticle(unit, heading));
        }
        return views;
    }

    private static String anchorOf(Block block) {
        if (block instanceof Section s) {
            return s.anchor();
        }
        if (block instanceof Article a) {
            return a.anchor();
        }
        if (block instanceof Paragraph p) {
            return p.id().orElse(null);
        }
        if (block instanceof DefinitionList d) {
            return d.id().orElse(null);
        }
        return ((PointList) block).id().orElse(null);
    }

    /** Repealed units of one kind, each followed by those standing after it. */
    private static <V> void repealed(List<RepealedUnit> units, UnitNode.Kind kind, AmendmentNotes notes, List<V> out,
            Function<RepealedUnit, V> view) {
        for (RepealedUnit unit : units) {
            if (unit.kind() != kind) {
                continue;
            }
            String anchor = unit.anchor().isEmpty() ? null : unit.anchor();
            repealed(notes.before(anchor), kind, notes, out, view);
            out.add(view.apply(unit));
            repealed(notes.after(anchor), kind, notes, out, view);
        }
    }

    private ArticleView repealedArticle(RepealedUnit unit, int heading) {
        Noun noun = Noun.ARTICLE;
        return new ArticleView(repealedAnchor(unit, "art"), "Articolo " + unit.label(),
                AmendmentNoteWording.repealed(noun), heading, List.of(), true, wording(unit.notes(), noun));
    }

    /** A repealed unit whose anchor a unit of the text now has takes one no unit can have. */
    private static String repealedAnchor(RepealedUnit unit, String around) {
        return unit.anchor().isEmpty() ? around + "-abrogato-" + unit.label() : unit.anchor();
    }

    private static List<String> wording(List<UnitNote> notes, Noun noun) {
        return notes.stream().map(n -> AmendmentNoteWording.note(n, noun)).toList();
    }

    private BlockView block(Block block, int level, PageTexts texts, AmendmentNotes notes) {
        int heading = Math.min(level, DEEPEST_HEADING);
        if (block instanceof Section s) {
            String levelName = s.level().map(l -> l.yamlName()).orElse(null);
            return new SectionView(s.anchor(), s.number().map(SectionNumber::heading).orElse(null),
                    levelName, texts.bare(s.title()), heading,
                    blocks(s.content(), level + 1, texts, notes),
                    wording(notes.of(s.anchor()), Noun.section(levelName)));
        }
        if (block instanceof Article a) {
            List<CommaView> commi = new ArrayList<>();
            for (Comma c : a.commi()) {
                repealed(notes.before(c.anchor()), UnitNode.Kind.COMMA, notes, commi,
                        unit -> repealedComma(unit, a, commi.size()));
                commi.add(comma(c, a.numberedCommi(), texts, notes));
                repealed(notes.after(c.anchor()), UnitNode.Kind.COMMA, notes, commi,
                        unit -> repealedComma(unit, a, commi.size()));
            }
            return new ArticleView(a.anchor(), "Articolo " + a.label(), texts.bare(a.title()), heading,
                    commi, a.numberedCommi(), wording(notes.of(a.anchor()), Noun.ARTICLE));
        }
        if (block instanceof Paragraph p) {
            return paragraph(p, texts, notes);
        }
        if (block instanceof DefinitionList d) {
            return definitions(d, texts);
        }
        return list((PointList) block, texts, notes);
    }

    private CommaView comma(Comma comma, boolean numbered, PageTexts texts, AmendmentNotes notes) {
        return new CommaView(
                comma.anchor(),
                numbered ? comma.label() + "." : null,
                texts.linked(comma.text()),
                comma.points().map(l -> list(l, texts, notes)).orElse(null),
                comma.definitions().map(d -> definitions(d, texts)).orElse(null),
                comma.continuation().stream().map(p -> paragraph(p, texts, notes)).toList(),
                wording(notes.of(comma.anchor()), Noun.COMMA));
    }

    private CommaView repealedComma(RepealedUnit unit, Article article, int position) {
        Noun noun = Noun.COMMA;
        return new CommaView(repealedAnchor(unit, article.anchor() + "-" + position),
                article.numberedCommi() ? unit.label() + "." : null, AmendmentNoteWording.repealed(noun), null, null,
                List.of(), wording(unit.notes(), noun));
    }

    private DefinitionListView definitions(DefinitionList list, PageTexts texts) {
        return new DefinitionListView(list.id().orElse(null),
                list.definitions().stream().map(d -> definition(d, texts)).toList());
    }

    private DefinitionView definition(Definition d, PageTexts texts) {
        return new DefinitionView(d.anchor(), texts.bare(d.term()), texts.linked(d.definition()));
    }

    private ListView list(PointList list, PageTexts texts, AmendmentNotes notes) {
        List<PointView> points = new ArrayList<>();
        for (Point p : list.points()) {
            repealed(notes.before(p.anchor()), UnitNode.Kind.POINT, notes, points,
                    unit -> repealedPoint(unit, list.style(), p.anchor()));
            points.add(point(p, list.style(), texts, notes));
            repealed(notes.after(p.anchor()), UnitNode.Kind.POINT, notes, points,
                    unit -> repealedPoint(unit, list.style(), p.anchor()));
        }
        return new ListView(
                list.id().orElse(null),
                list.style() != ListStyle.BULLETS,
                list.style().yamlName(),
                points);
    }

    private PointView point(Point point, ListStyle style, PageTexts texts, AmendmentNotes notes) {
        String marker = marker(style, point.label());
        return new PointView(
                point.anchor(),
                marker,
                point.title().map(texts::bare).orElse(null),
                texts.linked(point.text()),
                point.subpoints().map(l -> list(l, texts, notes)).orElse(null),
                wording(notes.of(point.anchor()), Noun.point(marker)));
    }

    private static PointView repealedPoint(RepealedUnit unit, ListStyle style, String beside) {
        String marker = marker(style, unit.label());
        Noun noun = Noun.point(marker);
        return new PointView(repealedAnchor(unit, beside), marker, null, AmendmentNoteWording.repealed(noun), null,
                wording(unit.notes(), noun));
    }

    /** "a)" for letters, "1." for numbers, none for bullets. */
    private static String marker(ListStyle style, String label) {
        return switch (style) {
            case LETTERS -> label + ")";
            case NUMBERS -> label + ".";
            case BULLETS -> null;
        };
    }

    private ParagraphView paragraph(Paragraph paragraph, PageTexts texts, AmendmentNotes notes) {
        return new ParagraphView(
                paragraph.id().orElse(null),
                paragraph.title().map(texts::bare).orElse(null),
                texts.linked(paragraph.text()),
                wording(notes.of(paragraph.id().orElse(null)), Noun.PARAGRAPH));
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

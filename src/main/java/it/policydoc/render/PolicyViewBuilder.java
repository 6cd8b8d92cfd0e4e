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
import it.policydoc.text.PolicyLinks;
import it.policydoc.text.ReferenceLabels;
import it.policydoc.text.TextLinks;
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
        return build(policy, titleLevel, downloads, AmendmentNotes.NONE);
    }

    /**
     * The testo coordinato of an amended policy: each unit followed by the notes of the acts that
     * changed it, each repealed unit in its place as "(abrogato)" with its notes.
     */
    public PolicyView build(Policy policy, int titleLevel, List<DownloadView> downloads, AmendmentNotes notes) {
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
                policy.preamble().stream().map(p -> paragraph(p, links, AmendmentNotes.NONE)).toList(),
                blocks(policy.content(), titleLevel + 1, links, notes),
                downloads);
    }

    /**
     * Part of a policy, drawn as the page draws it, with headings from {@code level} down and
     * references leading to the units on the policy's page at {@code pageHref}.
     */
    public ExcerptView excerpt(Policy policy, Excerpt excerpt, int level, String pageHref) {
        TextLinks links = new PolicyLinks(policy, labels, pageHref);
        return new ExcerptView(
                excerpt.preamble().stream().map(p -> paragraph(p, links, AmendmentNotes.NONE)).toList(),
                blocks(excerpt.content(), level, links, AmendmentNotes.NONE),
                toc(excerpt.content()));
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

    /** Blocks in order, with the articles repealed among them standing where they stood. */
    private List<BlockView> blocks(List<Block> blocks, int level, TextLinks links, AmendmentNotes notes) {
        int heading = Math.min(level, DEEPEST_HEADING);
        List<BlockView> views = new ArrayList<>();
        for (Block block : blocks) {
            String anchor = anchorOf(block);
            repealed(notes.before(anchor), UnitNode.Kind.ARTICLE, notes, views,
                    unit -> repealedArticle(unit, heading));
            views.add(block(block, level, links, notes));
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

    private BlockView block(Block block, int level, TextLinks links, AmendmentNotes notes) {
        int heading = Math.min(level, DEEPEST_HEADING);
        if (block instanceof Section s) {
            String levelName = s.level().map(l -> l.yamlName()).orElse(null);
            return new SectionView(s.anchor(), s.number().map(SectionNumber::heading).orElse(null),
                    levelName, markdown.toHtml(s.title()), heading,
                    blocks(s.content(), level + 1, links, notes),
                    wording(notes.of(s.anchor()), Noun.section(levelName)));
        }
        if (block instanceof Article a) {
            List<CommaView> commi = new ArrayList<>();
            for (Comma c : a.commi()) {
                repealed(notes.before(c.anchor()), UnitNode.Kind.COMMA, notes, commi,
                        unit -> repealedComma(unit, a, commi.size()));
                commi.add(comma(c, a.numberedCommi(), links, notes));
                repealed(notes.after(c.anchor()), UnitNode.Kind.COMMA, notes, commi,
                        unit -> repealedComma(unit, a, commi.size()));
            }
            return new ArticleView(a.anchor(), "Articolo " + a.label(), markdown.toHtml(a.title()), heading,
                    commi, a.numberedCommi(), wording(notes.of(a.anchor()), Noun.ARTICLE));
        }
        if (block instanceof Paragraph p) {
            return paragraph(p, links, notes);
        }
        if (block instanceof DefinitionList d) {
            return definitions(d, links);
        }
        return list((PointList) block, links, notes);
    }

    private CommaView comma(Comma comma, boolean numbered, TextLinks links, AmendmentNotes notes) {
        return new CommaView(
                comma.anchor(),
                numbered ? comma.label() + "." : null,
                markdown.toHtml(comma.text(), links),
                comma.points().map(l -> list(l, links, notes)).orElse(null),
                comma.definitions().map(d -> definitions(d, links)).orElse(null),
                comma.continuation().stream().map(p -> paragraph(p, links, notes)).toList(),
                wording(notes.of(comma.anchor()), Noun.COMMA));
    }

    private CommaView repealedComma(RepealedUnit unit, Article article, int position) {
        Noun noun = Noun.COMMA;
        return new CommaView(repealedAnchor(unit, article.anchor() + "-" + position),
                article.numberedCommi() ? unit.label() + "." : null, AmendmentNoteWording.repealed(noun), null, null,
                List.of(), wording(unit.notes(), noun));
    }

    private DefinitionListView definitions(DefinitionList list, TextLinks links) {
        return new DefinitionListView(list.id().orElse(null),
                list.definitions().stream().map(d -> definition(d, links)).toList());
    }

    private DefinitionView definition(Definition d, TextLinks links) {
        return new DefinitionView(d.anchor(), markdown.toHtml(d.term()), markdown.toHtml(d.definition(), links));
    }

    private ListView list(PointList list, TextLinks links, AmendmentNotes notes) {
        List<PointView> points = new ArrayList<>();
        for (Point p : list.points()) {
            repealed(notes.before(p.anchor()), UnitNode.Kind.POINT, notes, points,
                    unit -> repealedPoint(unit, list.style(), p.anchor()));
            points.add(point(p, list.style(), links, notes));
            repealed(notes.after(p.anchor()), UnitNode.Kind.POINT, notes, points,
                    unit -> repealedPoint(unit, list.style(), p.anchor()));
        }
        return new ListView(
                list.id().orElse(null),
                list.style() != ListStyle.BULLETS,
                list.style().yamlName(),
                points);
    }

    private PointView point(Point point, ListStyle style, TextLinks links, AmendmentNotes notes) {
        String marker = marker(style, point.label());
        return new PointView(
                point.anchor(),
                marker,
                point.title().map(markdown::toHtml).orElse(null),
                markdown.toHtml(point.text(), links),
                point.subpoints().map(l -> list(l, links, notes)).orElse(null),
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

    private ParagraphView paragraph(Paragraph paragraph, TextLinks links, AmendmentNotes notes) {
        return new ParagraphView(
                paragraph.id().orElse(null),
                paragraph.title().map(markdown::toHtml).orElse(null),
                markdown.toHtml(paragraph.text(), links),
                wording(notes.of(paragraph.id().orElse(null)), Noun.PARAGRAPH));
    }
}

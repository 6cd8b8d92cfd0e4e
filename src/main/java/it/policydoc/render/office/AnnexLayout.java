package it.policydoc.render.office;

import it.policydoc.render.view.ArticleView;
import it.policydoc.render.view.BlockView;
import it.policydoc.render.view.CommaView;
import it.policydoc.render.view.DefinitionListView;
import it.policydoc.render.view.DefinitionView;
import it.policydoc.render.view.DeliberationView;
import it.policydoc.render.view.ListView;
import it.policydoc.render.view.ParagraphView;
import it.policydoc.render.view.PointView;
import it.policydoc.render.view.PolicyView;
import it.policydoc.render.view.SectionView;
import it.policydoc.render.office.AnnexDocument.Block;
import it.policydoc.render.office.AnnexDocument.Heading;
import it.policydoc.render.office.AnnexDocument.Item;
import it.policydoc.render.office.AnnexDocument.ItemList;
import it.policydoc.render.office.AnnexDocument.ListKind;
import it.policydoc.render.office.AnnexDocument.Paragraph;
import it.policydoc.text.InlineRun;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lays the deliberation annex out for the office writers from the same view the PDF is drawn
 * from: the same numbers, labels, texts and wording, as a tree of headings, paragraphs and lists.
 */
public final class AnnexLayout {

    private static final String DASH = " – ";

    private AnnexLayout() {
    }

    public static AnnexDocument of(DeliberationView d, LocalDate date) {
        PolicyView p = d.policy();
        List<Block> body = new ArrayList<>();
        p.preamble().forEach(para -> body.add(paragraph(para)));
        p.blocks().forEach(block -> blocks(block, p.titleLevel(), body));
        List<String> acts = d.acts().stream()
                .map(a -> a.role() + ": " + a.description() + (a.subject() == null ? "" : " («" + a.subject() + "»)"))
                .toList();
        return new AnnexDocument(p.comuneLabel(), p.provinceLabel(), annexLine(d), p.draft(), p.titlePlain(), acts,
                body, d.signatures(), d.runningTitle() + DASH + p.comuneLabel() + DASH + "Allegato " + d.annexLetter(),
                p.comuneLabel(), date);
    }

    /** As the PDF words it; a draft leaves number and date blank, to be written in by hand. */
    private static String annexLine(DeliberationView d) {
        if (d.policy().draft()) {
            return "Allegato " + d.annexLetter() + " alla proposta di " + d.annexAct() + " n. ________ del ______________";
        }
        return "Allegato " + d.annexLetter() + " alla " + d.annexAct()
                + (d.actNumber() == null ? "" : " n. " + d.actNumber())
                + (d.actDate() == null ? "" : " del " + d.actDate());
    }

    private static void blocks(BlockView block, int titleLevel, List<Block> out) {
        if (block instanceof SectionView s) {
            List<InlineRun> heading = new ArrayList<>();
            if (s.number() != null) {
                // "Capo II", then the title on its own line, as the PDF prints it.
                heading.add(InlineRun.words(s.number(), false, false, Optional.empty()));
                heading.add(InlineRun.newLine());
            }
            heading.addAll(HtmlRuns.of(s.titleHtml()));
            out.add(new Heading(s.level() - titleLevel, heading));
            notes(s.notes(), out);
            s.blocks().forEach(child -> blocks(child, titleLevel, out));
        } else if (block instanceof ArticleView a) {
            List<InlineRun> heading = new ArrayList<>();
            // As the PDF prints it: the article's number, then its title.
            heading.add(InlineRun.words(a.heading(), false, false, Optional.empty()));
            heading.add(InlineRun.newLine());
            heading.addAll(HtmlRuns.of(a.titleHtml()));
            out.add(new Heading(a.level() - titleLevel, heading));
            notes(a.notes(), out);
            List<Item> commi = a.commi().stream().map(AnnexLayout::comma).toList();
            // A repealed article ("(abrogato)") has no commi left.
            if (!commi.isEmpty()) {
                out.add(new ItemList(ListKind.COMMI, inSequence(ListKind.COMMI, commi), commi));
            }
        } else if (block instanceof ParagraphView para) {
            out.add(paragraph(para));
            notes(para.notes(), out);
        } else if (block instanceof ListView l) {
            out.add(list(l));
        } else if (block instanceof DefinitionListView d) {
            definitions(d, out);
        }
    }

    /** Each term in bold before its definition, one paragraph each. */
    private static void definitions(DefinitionListView list, List<Block> out) {
        for (DefinitionView d : list.definitions()) {
            List<InlineRun> runs = new ArrayList<>();
            runs.addAll(bold(d.termHtml()));
            runs.add(InlineRun.words(" ", false, false, Optional.empty()));
            runs.addAll(HtmlRuns.of(d.definitionHtml()));
            out.add(new Paragraph(runs));
        }
    }

    private static Item comma(CommaView c) {
        List<Block> content = new ArrayList<>();
        content.add(new Paragraph(HtmlRuns.of(c.textHtml())));
        if (c.list() != null) {
            content.add(list(c.list()));
        }
        if (c.definitions() != null) {
            definitions(c.definitions(), content);
        }
        c.continuation().forEach(para -> {
            content.add(paragraph(para));
            notes(para.notes(), content);
        });
        notes(c.notes(), content);
        // An article whose approved text does not number its commi prints them without a marker.
        return new Item(c.marker() == null ? "" : c.marker(), content);
    }

    private static ItemList list(ListView l) {
        ListKind kind = !l.ordered() ? ListKind.BULLETS : "lettere".equals(l.style()) ? ListKind.LETTERS : ListKind.NUMBERS;
        List<Item> items = l.points().stream().map(AnnexLayout::point).toList();
        return new ItemList(kind, inSequence(kind, items), items);
    }

    private static Item point(PointView pt) {
        List<Block> content = new ArrayList<>();
        content.add(new Paragraph(titled(pt.titleHtml(), pt.textHtml())));
        if (pt.sublist() != null) {
            content.add(list(pt.sublist()));
        }
        notes(pt.notes(), content);
        return new Item(pt.marker() == null ? "" : pt.marker(), content);
    }

    /** The testo coordinato's notes, in italic, a paragraph each, as the PDF prints them. */
    private static void notes(List<String> notes, List<Block> out) {
        notes.forEach(n -> out.add(new Paragraph(List.of(InlineRun.words(n, true, false, Optional.empty())))));
    }

    private static Paragraph paragraph(ParagraphView para) {
        return new Paragraph(titled(para.titleHtml(), para.textHtml()));
    }

    /** A run-in title in bold before the text, as the PDF prints it. */
    private static List<InlineRun> titled(String titleHtml, String textHtml) {
        List<InlineRun> runs = new ArrayList<>();
        if (titleHtml != null) {
            runs.addAll(bold(titleHtml));
            runs.add(InlineRun.words(" ", false, false, Optional.empty()));
        }
        runs.addAll(HtmlRuns.of(textHtml));
        return runs;
    }

    /** A run-in title or a defined term: the words in bold, as the PDF prints them. */
    private static List<InlineRun> bold(String html) {
        return HtmlRuns.of(html).stream()
                .map(r -> new InlineRun(r.text(), r.italic(), true, r.lineBreak(), r.link())).toList();
    }

    /** Whether the markers are those the list style draws by itself: 1., 2. …; a), b) … z), aa). */
    static boolean inSequence(ListKind kind, List<Item> items) {
        for (int i = 0; i < items.size(); i++) {
            String expected = switch (kind) {
                case COMMI, NUMBERS -> (i + 1) + ".";
                case LETTERS -> String.valueOf((char) ('a' + i % 26)).repeat(i / 26 + 1) + ")";
                case BULLETS -> "";
            };
            if (!expected.equals(items.get(i).marker())) {
                return false;
            }
        }
        return true;
    }
}

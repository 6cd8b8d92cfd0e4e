package it.policydoc.testing;

import it.policydoc.model.Article;
import it.policydoc.model.Block;
import it.policydoc.model.Comma;
import it.policydoc.model.Excerpt;
import it.policydoc.model.Paragraph;
import it.policydoc.model.Point;
import it.policydoc.model.PointList;
import it.policydoc.model.Policy;
import it.policydoc.model.Section;
import it.policydoc.model.Text;
import it.policydoc.text.InlineMarkdown;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * Every text of a policy as a reader sees it (Markdown rendered, then its visible text), in reading
 * order: title, preamble, then the body with section and article titles, commi, points and
 * paragraphs. An output that drops or reorders text fails a check against this list.
 */
public final class PolicyTexts {

    private static final InlineMarkdown MARKDOWN = new InlineMarkdown();

    private PolicyTexts() {
    }

    public static List<String> inReadingOrder(Policy policy) {
        List<String> texts = new ArrayList<>();
        add(policy.metadata().title(), texts);
        policy.preamble().forEach(p -> paragraph(p, texts));
        blocks(policy.content(), texts);
        return texts;
    }

    /** The texts of part of a policy, in reading order: the headings around its units too. */
    public static List<String> inReadingOrder(Excerpt excerpt) {
        List<String> texts = new ArrayList<>();
        excerpt.preamble().forEach(p -> paragraph(p, texts));
        blocks(excerpt.content(), texts);
        return texts;
    }

    private static void blocks(List<Block> blocks, List<String> texts) {
        for (Block block : blocks) {
            if (block instanceof Section s) {
                add(s.title(), texts);
                blocks(s.content(), texts);
            } else if (block instanceof Article a) {
                add(a.title(), texts);
                for (Comma c : a.commi()) {
                    add(c.text(), texts);
                    c.points().ifPresent(l -> list(l, texts));
                    c.continuation().forEach(p -> paragraph(p, texts));
                }
            } else if (block instanceof Paragraph p) {
                paragraph(p, texts);
            } else {
                list((PointList) block, texts);
            }
        }
    }

    private static void list(PointList list, List<String> texts) {
        for (Point point : list.points()) {
            point.title().ifPresent(t -> add(t, texts));
            add(point.text(), texts);
            point.subpoints().ifPresent(l -> list(l, texts));
        }
    }

    private static void paragraph(Paragraph paragraph, List<String> texts) {
        paragraph.title().ifPresent(t -> add(t, texts));
        add(paragraph.text(), texts);
    }

    /** The text as the rendered HTML shows it: raw HTML in a text is shown, not interpreted. */
    private static void add(Text text, List<String> texts) {
        texts.add(Jsoup.parseBodyFragment(MARKDOWN.toHtml(text)).text());
    }
}

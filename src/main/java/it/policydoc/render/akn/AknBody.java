package it.policydoc.render.akn;

import it.policydoc.model.Article;
import it.policydoc.model.Block;
import it.policydoc.model.Comma;
import it.policydoc.model.ListStyle;
import it.policydoc.model.Paragraph;
import it.policydoc.model.Point;
import it.policydoc.model.PointList;
import it.policydoc.model.Section;
import it.policydoc.model.Text;
import it.policydoc.text.InlineMarkdown;
import it.policydoc.text.TextLinks;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The hierarchy of a policy as Akoma Ntoso: sections, articles, paragraphs for the commi,
 * points, intro and wrap-up text, each with an eId in the naming convention
 * ({@code art_4__para_3__point_b}) and the policy's own id, where it has one, as its wId (the
 * name that survives renumbering across versions). Remembers which eId each page anchor became,
 * so that references can point at it.
 */
final class AknBody {

    private final Document doc;
    private final InlineMarkdown markdown;
    private final TextLinks links;
    private final AknInline inline;
    private final Map<String, String> eIdByAnchor = new LinkedHashMap<>();

    AknBody(Document doc, InlineMarkdown markdown, TextLinks links, AknInline inline) {
        this.doc = doc;
        this.markdown = markdown;
        this.links = links;
        this.inline = inline;
    }

    /** Which eId each unit's page anchor became. */
    Map<String, String> eIdByAnchor() {
        return eIdByAnchor;
    }

    /** The eIds handed out inside one container, by kind of child. */
    private static final class Scope {
        private final String prefix;
        private final Map<String, Integer> counts = new HashMap<>();

        Scope(String prefix) {
            this.prefix = prefix;
        }

        String next(String kind) {
            int n = counts.merge(kind, 1, Integer::sum);
            return id(kind + "_" + n);
        }

        String id(String local) {
            return prefix.isEmpty() ? local : prefix + "__" + local;
        }
    }

    void blocks(Element parent, List<Block> blocks) {
        Scope scope = new Scope("");
        for (Block block : blocks) {
            block(parent, block, scope);
        }
    }

    private void block(Element parent, Block block, Scope scope) {
        if (block instanceof Section s) {
            section(parent, s, scope);
        } else if (block instanceof Article a) {
            article(parent, a);
        } else if (block instanceof Paragraph p) {
            paragraph(parent, p, scope.next("para"));
        } else if (block instanceof PointList l) {
            Element list = child(parent, "list", scope.next("list"), l.id(), l.id());
            points(list, l, new Scope(list.getAttribute("eId")));
        }
    }

    private void section(Element parent, Section section, Scope scope) {
        Element element = child(parent, "section", scope.next("sec"), Optional.of(section.anchor()),
                Optional.ofNullable(section.id()));
        heading(element, section.title());
        Scope inner = new Scope(element.getAttribute("eId"));
        for (Block block : section.content()) {
            block(element, block, inner);
        }
    }

    /** Articles are numbered across the whole text, so their eIds carry no container's prefix. */
    private void article(Element parent, Article article) {
        Element element = child(parent, "article", "art_" + article.number(), Optional.of(article.anchor()),
                Optional.ofNullable(article.id()));
        text(element, "num", "Articolo " + article.number());
        heading(element, article.title());
        Scope scope = new Scope(element.getAttribute("eId"));
        for (Comma comma : article.commi()) {
            comma(element, comma, scope.id("para_" + comma.number()));
        }
    }

    private void comma(Element parent, Comma comma, String eId) {
        Element element = child(parent, "paragraph", eId, Optional.of(comma.anchor()), comma.id());
        text(element, "num", comma.number() + ".");
        if (comma.points().isEmpty()) {
            Element content = append(element, "content");
            p(content, comma.text());
            comma.continuation().forEach(c -> p(content, c.text()));
            return;
        }
        p(append(element, "intro"), comma.text());
        points(element, comma.points().get(), new Scope(eId));
        if (!comma.continuation().isEmpty()) {
            Element wrapUp = append(element, "wrapUp");
            comma.continuation().forEach(c -> p(wrapUp, c.text()));
        }
    }

    private void points(Element parent, PointList list, Scope scope) {
        for (Point point : list.points()) {
            point(parent, point, list.style(), scope);
        }
    }

    private void point(Element parent, Point point, ListStyle style, Scope scope) {
        Element element = child(parent, "point", scope.id("point_" + point.label()), Optional.of(point.anchor()),
                point.id());
        switch (style) {
            case LETTERS -> text(element, "num", point.label() + ")");
            case NUMBERS -> text(element, "num", point.label() + ".");
            case BULLETS -> { }
        }
        point.title().ifPresent(t -> heading(element, t));
        if (point.subpoints().isEmpty()) {
            p(append(element, "content"), point.text());
            return;
        }
        p(append(element, "intro"), point.text());
        PointList sub = point.subpoints().get();
        points(element, sub, new Scope(element.getAttribute("eId")));
    }

    /** An unnumbered paragraph: an Akoma Ntoso paragraph without a number. */
    private void paragraph(Element parent, Paragraph paragraph, String eId) {
        Element element = child(parent, "paragraph", eId, paragraph.id(), paragraph.id());
        paragraph.title().ifPresent(t -> heading(element, t));
        p(append(element, "content"), paragraph.text());
    }

    /** Paragraphs of a preamble or of other block containers. */
    void p(Element parent, Text text) {
        Element p = append(parent, "p");
        inline.append(p, markdown.toRuns(text, links));
    }

    private void heading(Element parent, Text title) {
        inline.append(append(parent, "heading"), markdown.toRuns(title, TextLinks.NONE));
    }

    private Element child(Element parent, String name, String eId, Optional<String> anchor, Optional<String> wId) {
        Element element = append(parent, name);
        element.setAttribute("eId", eId);
        wId.ifPresent(id -> element.setAttribute("wId", id));
        anchor.ifPresent(a -> eIdByAnchor.putIfAbsent(a, eId));
        return element;
    }

    private void text(Element parent, String name, String words) {
        append(parent, name).setTextContent(words);
    }

    private Element append(Element parent, String name) {
        Element element = doc.createElementNS(AkomaNtosoWriter.NAMESPACE, name);
        parent.appendChild(element);
        return element;
    }
}

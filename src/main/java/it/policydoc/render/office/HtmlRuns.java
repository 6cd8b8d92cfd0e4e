package it.policydoc.render.office;

import it.policydoc.text.InlineRun;
import it.policydoc.text.InlineRun.LinkKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads back the inline HTML that policydoc's own renderer wrote for a text (emphasis, links,
 * line breaks: nothing else can be in it) as runs for the office writers.
 */
final class HtmlRuns {

    private HtmlRuns() {
    }

    static List<InlineRun> of(String html) {
        List<InlineRun> runs = new ArrayList<>();
        if (html != null) {
            children(Jsoup.parseBodyFragment(html).body(), false, false, Optional.empty(), runs);
        }
        return runs;
    }

    private static void children(Element parent, boolean italic, boolean bold, Optional<InlineRun.Link> link,
            List<InlineRun> runs) {
        for (Node node : parent.childNodes()) {
            if (node instanceof TextNode text) {
                if (!text.getWholeText().isEmpty()) {
                    runs.add(InlineRun.words(text.getWholeText(), italic, bold, link));
                }
            } else if (node instanceof Element e) {
                switch (e.normalName()) {
                    case "br" -> runs.add(InlineRun.newLine());
                    case "em", "i" -> children(e, true, bold, link, runs);
                    case "strong", "b" -> children(e, italic, true, link, runs);
                    case "a" -> children(e, italic, bold, link.or(() -> link(e)), runs);
                    default -> children(e, italic, bold, link, runs);
                }
            }
        }
    }

    private static Optional<InlineRun.Link> link(Element a) {
        String href = a.attr("href");
        if (href.isEmpty()) {
            return Optional.empty();
        }
        LinkKind kind = href.startsWith("#") ? LinkKind.INTERNAL : a.hasClass("pd-law") ? LinkKind.LAW : LinkKind.WEB;
        String identifier = kind == LinkKind.INTERNAL ? href.substring(1) : href;
        return Optional.of(new InlineRun.Link(kind, href, identifier, a.attr("title")));
    }
}

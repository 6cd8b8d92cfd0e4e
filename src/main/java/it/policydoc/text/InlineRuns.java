package it.policydoc.text;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import it.policydoc.text.InlineRun.LinkKind;
import it.policydoc.text.refs.ActIdentifiers;
import it.policydoc.text.refs.LawCitation;
import it.policydoc.text.refs.LawReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Walks a parsed text and collects its runs: the same words, emphasis and links as the HTML
 * renderer draws, for writers that build their documents with their format's own library.
 */
final class InlineRuns {

    /** The links the page renders as links; any other address stays words, as on the page. */
    static final Pattern LINKABLE = Pattern.compile("(?i)^(https?:|mailto:|tel:|#)");

    private final it.policydoc.model.Text site;
    private final TextLinks links;
    private final List<InlineRun> runs = new ArrayList<>();

    private InlineRuns(it.policydoc.model.Text site, TextLinks links) {
        this.site = site;
        this.links = links;
    }

    static List<InlineRun> of(Document document, it.policydoc.model.Text site, TextLinks links) {
        InlineRuns collector = new InlineRuns(site, links);
        collector.children(document, false, false, Optional.empty());
        return List.copyOf(collector.runs);
    }

    private void children(Node parent, boolean italic, boolean bold, Optional<InlineRun.Link> link) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            node(node, italic, bold, link);
        }
    }

    private void node(Node node, boolean italic, boolean bold, Optional<InlineRun.Link> link) {
        if (node instanceof Paragraph) {
            if (node.getPrevious() != null) {
                runs.add(InlineRun.newLine());
            }
            children(node, italic, bold, link);
        } else if (node instanceof Text text) {
            text(text.getChars().unescape(), italic, bold, link);
        } else if (node instanceof Emphasis) {
            children(node, true, bold, link);
        } else if (node instanceof StrongEmphasis) {
            children(node, italic, true, link);
        } else if (node instanceof Link l) {
            children(node, italic, bold, link.or(() -> web(l.getUrl().unescape())));
        } else if (node instanceof AutoLink a) {
            add(a.getText().unescape(), italic, bold, link.or(() -> web(a.getUrl().unescape())));
        } else if (node instanceof MailLink m) {
            add(m.getText().unescape(), italic, bold, link.or(() -> web("mailto:" + m.getText().unescape())));
        } else if (node instanceof WikiLink w) {
            symbolic(w, italic, bold);
        } else if (node instanceof SoftLineBreak) {
            add(" ", italic, bold, link);
        } else if (node instanceof HardLineBreak) {
            runs.add(InlineRun.newLine());
        } else if (node instanceof Code code) {
            add(code.getText().unescape(), italic, bold, link);
        } else if (node instanceof HtmlInline || node instanceof HtmlEntity) {
            // Raw HTML is shown as written, never interpreted: the page escapes it too.
            add(node instanceof HtmlEntity ? node.getChars().unescape() : node.getChars().toString(), italic, bold, link);
        } else if (node.hasChildren()) {
            children(node, italic, bold, link);
        } else {
            add(node.getChars().unescape(), italic, bold, link);
        }
    }

    private static Optional<InlineRun.Link> web(String url) {
        if (!LINKABLE.matcher(url).find()) {
            return Optional.empty();
        }
        return Optional.of(new InlineRun.Link(LinkKind.WEB, url, url, url));
    }

    private void symbolic(WikiLink node, boolean italic, boolean bold) {
        SymbolicReference reference = new SymbolicReference(node.getLink().toString().strip(),
                node.getTextSeparatorMarker().isEmpty() ? Optional.empty()
                        : Optional.of(node.getText().toString().strip()),
                node.getStartOffset(), node.getEndOffset());
        Optional<SymbolicLink> resolved = links.symbolic(reference, site);
        if (resolved.isEmpty()) {
            add(reference.writtenLabel().orElse(reference.target()), italic, bold, Optional.empty());
            return;
        }
        SymbolicLink l = resolved.get();
        String anchor = l.href().substring(l.href().indexOf('#') + 1);
        add(l.label(), italic, bold, Optional.of(new InlineRun.Link(LinkKind.INTERNAL, l.href(), anchor, l.title())));
    }

    /** Plain text, where cited acts become links. */
    private void text(String text, boolean italic, boolean bold, Optional<InlineRun.Link> link) {
        if (link.isPresent()) {
            add(text, italic, bold, link);
            return;
        }
        int at = 0;
        for (LawReference.Linked law : links.laws(text)) {
            add(text.substring(at, law.span().start()), italic, bold, Optional.empty());
            add(law.span().of(text), italic, bold, Optional.of(new InlineRun.Link(LinkKind.LAW, law.url(),
                    ActIdentifiers.of(law.act(), law.partition()), LawCitation.title(law))));
            at = law.span().end();
        }
        add(text.substring(at), italic, bold, Optional.empty());
    }

    /** Adds words, joined to the previous run when they look and lead the same. */
    private void add(String text, boolean italic, boolean bold, Optional<InlineRun.Link> link) {
        if (text.isEmpty()) {
            return;
        }
        int last = runs.size() - 1;
        if (last >= 0) {
            InlineRun previous = runs.get(last);
            if (!previous.lineBreak() && previous.italic() == italic && previous.bold() == bold
                    && previous.link().equals(link)) {
                runs.set(last, InlineRun.words(previous.text() + text, italic, bold, link));
                return;
            }
        }
        runs.add(InlineRun.words(text, italic, bold, link));
    }
}

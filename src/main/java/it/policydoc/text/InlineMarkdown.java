package it.policydoc.text;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.data.NullableDataKey;
import it.policydoc.text.refs.LawCitation;
import it.policydoc.text.refs.Span;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Renders the text fields of the model: CommonMark restricted to inline syntax (emphasis,
 * links), with raw HTML escaped, plus policydoc's two kinds of link: symbolic references
 * ({@code [[gestione.3]]}, {@code [[gestione.3|art. 4 comma 3]]}) and acts cited in the text
 * ("legge 150/2000"), linked to Normattiva or EUR-Lex. Block syntax is switched off because
 * legal text is full of lines such as "1. …" or "- …" that must stay text, and structure comes
 * from the model. Parser and renderer are immutable and shared by all threads; what a text's
 * links lead to travels with each render.
 */
public final class InlineMarkdown {

    /** Only web, mail and phone links and in-page anchors are rendered as links. */
    private static final String SUPPRESSED_LINKS = "(?i)^(?!https?:|mailto:|tel:|#).*$";
    private static final DataKey<TextLinks> LINKS = new DataKey<>("POLICYDOC_LINKS", TextLinks.NONE);
    /** The model text being rendered: where its symbolic references stand. */
    private static final NullableDataKey<it.policydoc.model.Text> SITE = new NullableDataKey<>("POLICYDOC_SITE");

    private final Parser parser;
    private final HtmlRenderer renderer;

    public InlineMarkdown() {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(WikiLinkExtension.create()))
                .set(WikiLinkExtension.LINK_FIRST_SYNTAX, true)
                .set(Parser.HEADING_PARSER, false)
                .set(Parser.LIST_BLOCK_PARSER, false)
                .set(Parser.BLOCK_QUOTE_PARSER, false)
                .set(Parser.FENCED_CODE_BLOCK_PARSER, false)
                .set(Parser.INDENTED_CODE_BLOCK_PARSER, false)
                .set(Parser.THEMATIC_BREAK_PARSER, false)
                .set(Parser.HTML_BLOCK_PARSER, false)
                .set(Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR, false)
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.SOFT_BREAK, " ")
                .set(HtmlRenderer.SUPPRESSED_LINKS, SUPPRESSED_LINKS);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).nodeRendererFactory(o -> new PolicyNodes()).build();
    }

    /** The text as an HTML fragment that can stand inside a paragraph or list item, with its links. */
    public String toHtml(it.policydoc.model.Text text, TextLinks links) {
        Document document = parse(text.markdown());
        document.set(LINKS, links);
        document.set(SITE, text);
        return renderer.render(document).strip();
    }

    /**
     * The text as runs of words with their emphasis and links, as {@link #toHtml(it.policydoc.model.Text,
     * TextLinks)} draws it, for writers of other formats.
     */
    public List<InlineRun> toRuns(it.policydoc.model.Text text, TextLinks links) {
        return InlineRuns.of(parse(text.markdown()), text, links);
    }

    /** The text without policydoc's links (symbolic references show their words). */
    public String toHtml(it.policydoc.model.Text text) {
        return toHtml(text.markdown());
    }

    public String toHtml(String markdown) {
        return renderer.render(parse(markdown)).strip();
    }

    /**
     * The text without markup, for metadata, JSON-LD and running headers. What looks like HTML
     * stays as written, as the page shows it; a symbolic reference reads as its written words.
     */
    public String toPlainText(String markdown) {
        Document document = parse(markdown);
        List<HtmlInline> html = new ArrayList<>();
        new NodeVisitor(new VisitHandler<>(HtmlInline.class, html::add)).visit(document);
        for (HtmlInline tag : html) {
            tag.insertBefore(new Text(tag.getChars()));
            tag.unlink();
        }
        return new TextCollectingVisitor().collectAndGetText(document).strip();
    }

    /** A link's address as written, and where the link starts in the text. */
    public record LinkAddress(int offset, String address) {
    }

    /**
     * What a text holds that no output can show, found in one reading of it.
     *
     * @param imageOffsets where it holds an image ({@code ![…](…)}): offsets in the text, in order
     * @param invalidLinks its web, mail and phone links whose address is no valid address
     *     ({@code https://esempio.it/a<b>}): a browser may guess, but an office document stores
     *     an address as an address, and no one can tell what was meant
     */
    public record Unshowable(List<Integer> imageOffsets, List<LinkAddress> invalidLinks) {

        public Unshowable {
            imageOffsets = List.copyOf(imageOffsets);
            invalidLinks = List.copyOf(invalidLinks);
        }
    }

    public Unshowable unshowable(String markdown) {
        List<Integer> images = new ArrayList<>();
        List<LinkAddress> links = new ArrayList<>();
        new NodeVisitor(new VisitHandler<>(Image.class, image -> images.add(image.getStartOffset())),
                new VisitHandler<>(ImageRef.class, image -> images.add(image.getStartOffset())),
                new VisitHandler<>(Link.class, link -> invalid(link.getStartOffset(), link.getUrl().unescape(), links)),
                new VisitHandler<>(AutoLink.class, link -> invalid(link.getStartOffset(), link.getUrl().unescape(), links)))
                .visit(parse(markdown));
        return new Unshowable(images, links);
    }

    private static void invalid(int offset, String address, List<LinkAddress> found) {
        if (!InlineRuns.LINKABLE.matcher(address).find()) {
            return;
        }
        try {
            new URI(address);
        } catch (URISyntaxException e) {
            found.add(new LinkAddress(offset, address));
        }
    }

    /** Every symbolic reference written in a text, in order, with its place in the text. */
    public List<SymbolicReference> symbolicReferences(String markdown) {
        List<SymbolicReference> found = new ArrayList<>();
        new NodeVisitor(new VisitHandler<>(WikiLink.class, link -> found.add(reference(link))))
                .visit(parse(markdown));
        return found;
    }

    private Document parse(String markdown) {
        return parser.parse(markdown);
    }

    private static SymbolicReference reference(WikiLink link) {
        Optional<String> words = link.getTextSeparatorMarker().isEmpty() ? Optional.empty()
                : Optional.of(link.getText().toString().strip());
        return new SymbolicReference(link.getLink().toString().strip(), words, link.getStartOffset(),
                link.getEndOffset());
    }

    /**
     * How policydoc draws paragraphs (without {@code <p>}: the template decides which element
     * holds the text; a blank line becomes a line break), symbolic references and plain text
     * (where cited acts become links).
     */
    private static final class PolicyNodes implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(Paragraph.class, (paragraph, context, html) -> {
                        if (paragraph.getPrevious() != null) {
                            // Self-closed as Flexmark writes hard breaks: the print outputs are XHTML.
                            html.raw("<br />");
                        }
                        context.renderChildren(paragraph);
                    }),
                    new NodeRenderingHandler<>(WikiLink.class, PolicyNodes::symbolic),
                    // The check refuses images in texts; should one get here, its words stand for it.
                    new NodeRenderingHandler<>(Image.class, (image, context, html) -> html.text(image.getText().toString())),
                    new NodeRenderingHandler<>(ImageRef.class, (image, context, html) -> html.text(image.getText().toString())),
                    new NodeRenderingHandler<>(Text.class, PolicyNodes::text));
        }

        private static void symbolic(WikiLink node, NodeRendererContext context, HtmlWriter html) {
            SymbolicReference reference = reference(node);
            Document document = context.getDocument();
            it.policydoc.model.Text site = SITE.get(document);
            Optional<SymbolicLink> link = site == null ? Optional.empty() : LINKS.get(document).symbolic(reference, site);
            if (link.isEmpty()) {
                html.text(reference.writtenLabel().orElse(reference.target()));
                return;
            }
            html.attr("href", link.get().href()).attr("class", "pd-ref").attr("title", link.get().title())
                    .withAttr().tag("a").text(link.get().label()).tag("/a");
        }

        private static void text(Text node, NodeRendererContext context, HtmlWriter html) {
            String text = node.getChars().unescape();
            if (insideLink(node)) {
                html.text(text);
                return;
            }
            TextLinks links = LINKS.get(context.getDocument());
            it.policydoc.model.Text site = SITE.get(context.getDocument());
            List<PlainLink> found = new ArrayList<>();
            links.laws(text).forEach(law -> found.add(new PlainLink(law.span(), law.url(), "pd-law",
                    LawCitation.title(law))));
            if (site != null) {
                links.provisions(text, site).forEach(p -> found.add(new PlainLink(p.span(), p.href(), "pd-ref",
                        p.title())));
            }
            found.sort(Comparator.comparingInt(l -> l.span().start()));
            int at = 0;
            for (PlainLink link : found) {
                if (link.span().start() < at) {
                    continue;
                }
                html.text(text.substring(at, link.span().start()));
                html.attr("href", link.href()).attr("class", link.cssClass()).attr("title", link.title())
                        .withAttr().tag("a").text(link.span().of(text)).tag("/a");
                at = link.span().end();
            }
            html.text(text.substring(at));
        }

        /** A link drawn over words of plain text: a cited act, or a reference typed by hand. */
        private record PlainLink(Span span, String href, String cssClass, String title) {
        }

        private static boolean insideLink(Node node) {
            for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof LinkNodeBase) {
                    return true;
                }
            }
            return false;
        }
    }
}

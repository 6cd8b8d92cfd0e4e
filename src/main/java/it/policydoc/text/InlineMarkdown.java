package it.policydoc.text;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import it.policydoc.model.Text;
import java.util.Set;

/**
 * Renders the text fields of the model: CommonMark restricted to inline syntax (emphasis,
 * links), with raw HTML escaped. Block syntax is switched off because legal text is full of
 * lines such as "1. …" or "- …" that must stay text, and structure comes from the model.
 * Parser and renderer are immutable and shared by all threads.
 */
public final class InlineMarkdown {

    /** Only web, mail and phone links and in-page anchors are rendered as links. */
    private static final String SUPPRESSED_LINKS = "(?i)^(?!https?:|mailto:|tel:|#).*$";

    private final Parser parser;
    private final HtmlRenderer renderer;

    public InlineMarkdown() {
        MutableDataSet options = new MutableDataSet()
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
        this.renderer = HtmlRenderer.builder(options).nodeRendererFactory(o -> new InlineParagraphs()).build();
    }

    /** The text as an HTML fragment that can stand inside a paragraph or list item. */
    public String toHtml(Text text) {
        return toHtml(text.markdown());
    }

    public String toHtml(String markdown) {
        return renderer.render(parse(markdown)).strip();
    }

    /** The text without markup, for metadata, JSON-LD and running headers. */
    public String toPlainText(String markdown) {
        return new TextCollectingVisitor().collectAndGetText(parse(markdown)).strip();
    }

    private Document parse(String markdown) {
        return parser.parse(markdown);
    }

    /**
     * Paragraphs without their {@code <p>}: the template decides which element holds the text.
     * A blank line inside a text becomes a line break.
     */
    private static final class InlineParagraphs implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Paragraph.class, (paragraph, context, html) -> {
                if (paragraph.getPrevious() != null) {
                    html.raw("<br>");
                }
                context.renderChildren(paragraph);
            }));
        }
    }
}

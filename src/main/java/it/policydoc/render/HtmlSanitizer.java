package it.policydoc.render;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The one door for HTML that policydoc did not write itself from its escaping templates (above
 * all what Asciidoctor makes of a comune's handbook chapters): an allow-list of elements and
 * attributes, so that whatever a chapter smuggles past the check (passthroughs, raw blocks,
 * quoted attributes) reaches neither the site nor the PDF writer as script.
 *
 * <p>Kept: text structure (paragraphs, headings, lists, tables, quotes, inline emphasis), links
 * whose address is in the site or uses http, https, mailto or tel, ids, classes, titles, the
 * language and a few ARIA labels. Dropped: every other element with its content when it is
 * script-like ({@code script}, {@code style}, {@code svg}…), or keeping its text otherwise
 * ({@code img}, {@code form}, {@code iframe} vanish); every {@code on*} handler and every other
 * attribute; a {@code style} except a plain width, which Asciidoctor gives table columns; the
 * address of an in-page link to an id the fragment does not hold (the fragment is a whole
 * document's body). Immutable and thread-safe.
 */
public final class HtmlSanitizer {

    /** The elements kept: those of the policy's own units, and those Asciidoctor writes for text. */
    private static final List<String> ELEMENTS = List.of("a", "abbr", "article", "aside", "b", "blockquote", "br",
            "caption", "cite", "code", "col", "colgroup", "dd", "del", "details", "div", "dl", "dt", "em",
            "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "ins", "kbd", "li", "mark", "nav",
            "ol", "p", "pre", "q", "s", "samp", "section", "small", "span", "strong", "sub", "summary", "sup",
            "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul", "var");
    private static final String[] GLOBAL_ATTRIBUTES = {"id", "class", "title", "lang", "aria-label",
            "aria-labelledby", "aria-current"};
    /** Attributes that hold an address, checked against {@link #ALLOWED_SCHEMES}. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "cite");
    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
    /**
     * What a browser ignores in an address before reading its scheme (C0 controls and spaces at
     * the ends, tabs and line breaks anywhere: "java&#9;script:" is "javascript:").
     */
    private static final Pattern IGNORED_IN_URL = Pattern.compile("[\\x00-\\x20\\x7f]");
    /** The only style kept: a width in percent, as Asciidoctor writes it on columns and tables. */
    private static final Pattern PLAIN_WIDTH = Pattern.compile("width: ?\\d{1,3}(\\.\\d{1,4})?%;?");

    private final Cleaner cleaner;

    public HtmlSanitizer() {
        Safelist safelist = new Safelist()
                .addTags(ELEMENTS.toArray(String[]::new))
                .addAttributes(":all", GLOBAL_ATTRIBUTES)
                .addAttributes("a", "href")
                .addAttributes("blockquote", "cite")
                .addAttributes("q", "cite")
                .addAttributes("ol", "start", "type", "reversed")
                .addAttributes("td", "colspan", "rowspan")
                .addAttributes("th", "colspan", "rowspan", "scope")
                .addAttributes("col", "span", "style")
                .addAttributes("table", "style")
                .addAttributes("details", "open")
                .addAttributes("code", "data-lang");
        this.cleaner = new Cleaner(safelist);
    }

    /** A fragment for an HTML page. */
    public String html(String fragment) {
        Document clean = clean(fragment);
        clean.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        return clean.body().html();
    }

    /** A fragment for an XHTML document (the PDF writer reads XML): well-formed whatever came in. */
    public String xhtml(String fragment) {
        Document clean = clean(fragment);
        clean.outputSettings().prettyPrint(false).charset("UTF-8").syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml);
        return clean.body().html();
    }

    private Document clean(String fragment) {
        Document clean = cleaner.clean(Jsoup.parseBodyFragment(fragment));
        Set<String> ids = new HashSet<>(clean.body().select("[id]").eachAttr("id"));
        for (Element element : clean.body().getAllElements()) {
            if (element.attr("href").startsWith("#") && !ids.contains(element.attr("href").substring(1))) {
                // A link to a place the document does not have leads nowhere, and the PDF writer refuses it.
                element.removeAttr("href");
            }
            for (String name : URL_ATTRIBUTES) {
                if (element.hasAttr(name) && !allowedAddress(element.attr(name))) {
                    element.removeAttr(name);
                }
            }
            if (element.hasAttr("style") && !PLAIN_WIDTH.matcher(element.attr("style").strip()).matches()) {
                element.removeAttr("style");
            }
        }
        return clean;
    }

    /** In-site (an address without a scheme: relative, or an anchor in the page) or one of the allowed schemes. */
    static boolean allowedAddress(String value) {
        Matcher scheme = SCHEME.matcher(IGNORED_IN_URL.matcher(value).replaceAll("").toLowerCase(Locale.ROOT));
        return !scheme.find() || ALLOWED_SCHEMES.contains(scheme.group(1));
    }
}

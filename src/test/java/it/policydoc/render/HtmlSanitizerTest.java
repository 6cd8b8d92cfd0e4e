package it.policydoc.render;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The allow-list: what HTML from a handbook chapter keeps, and what it loses on its way to the site and the PDF. */
class HtmlSanitizerTest {

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    private Document clean(String html) {
        return Jsoup.parseBodyFragment(sanitizer.html(html));
    }

    @Test
    void scriptsAndEmbeddedContentVanish() {
        Document doc = clean("""
                <p>prima</p><script>alert(1)</script><style>body{display:none}</style>
                <svg><script>alert(2)</script></svg><iframe src="https://example.org"></iframe>
                <object data="x.swf"></object><embed src="x"><img src=x onerror="alert(3)">
                <form action="https://example.org"><input name="a"><button>invia</button></form>
                <math><mi xlink:href="javascript:alert(4)">x</mi></math><base href="https://evil.example/">
                <meta http-equiv="refresh" content="0;url=javascript:alert(5)"><link rel="import" href="x">
                <p>dopo</p>""");
        assertTrue(doc.select("script, style, svg, iframe, object, embed, img, form, input, button, math, base, meta, link")
                .isEmpty(), doc.body().html());
        assertTrue(doc.text().startsWith("prima") && doc.text().endsWith("dopo"), doc.text());
        assertFalse(doc.body().html().contains("alert"), doc.body().html());
    }

    @Test
    void noEventHandlerSurvivesWhateverTheQuoting() {
        Document doc = clean("""
                <p onclick="alert(1)" ONMOUSEOVER=alert(2) class="x" id="y" title="t">a</p>
                <div class="x&quot; onfocus=alert(3) autofocus tabindex=0 &quot;">b</div>
                <a href="#y" onfocusin='alert(4)' autofocus>c</a>""");
        for (Element e : doc.body().getAllElements()) {
            e.attributes().forEach(a -> assertFalse(a.getKey().toLowerCase().startsWith("on") || a.getKey().equals("autofocus")
                    || a.getKey().equals("tabindex"), e.outerHtml()));
        }
        Element p = doc.selectFirst("p");
        assertEquals(List.of("x", "y", "t"), List.of(p.attr("class"), p.id(), p.attr("title")), "kept attributes");
    }

    @Test
    void linksKeepOnlyWebMailPhoneAndInSiteAddresses() {
        List<String> kept = List.of("https://example.org/a?b=c", "http://example.org", "HTTPS://EXAMPLE.ORG",
                "mailto:urp@comune.it", "tel:+39071123", "../index.html#gestione.3", "#y", "altra-pagina.html",
                "//example.org/x", "a/b:c");
        List<String> dropped = List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
                "java\tscript:alert(1)", "java\nscript:alert(1)", "\u0001javascript:alert(1)", "vbscript:msgbox(1)",
                "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "ftp://example.org",
                "jar:file:/x!/y");
        StringBuilder html = new StringBuilder("<p id=\"y\">");
        for (String url : kept) {
            html.append("<a href=\"").append(org.jsoup.nodes.Entities.escape(url)).append("\">k</a>");
        }
        for (String url : dropped) {
            html.append("<a href=\"").append(org.jsoup.nodes.Entities.escape(url)).append("\">d</a>");
        }
        html.append("<blockquote cite=\"javascript:alert(1)\">q</blockquote></p>");
        Document doc = clean(html.toString());
        assertEquals(kept, doc.select("a:contains(k)").eachAttr("href"));
        assertEquals(dropped.size(), doc.select("a:contains(d)").size(), "the link text stays");
        assertTrue(doc.select("a:contains(d)[href], blockquote[cite]").isEmpty(), doc.body().html());
    }

    @Test
    void anInPageLinkToNothingLosesItsAddress() {
        Document doc = clean("<p id=\"qui\"><a href=\"#qui\">a</a> <a href=\"#altrove\">b</a></p>");
        assertEquals(List.of("#qui"), doc.select("a[href]").eachAttr("href"));
        assertEquals("a b", doc.text());
    }

    @Test
    void onlyAPlainWidthStaysAsStyle() {
        Document doc = clean("""
                <table style="width: 50%;"><colgroup><col style="width: 33.3333%;">
                <col style="background: url(https://example.org/track.png)"></colgroup>
                <tr><td style="position: fixed; top: 0">x</td></tr></table>""");
        assertEquals(List.of("width: 50%;", "width: 33.3333%;"), doc.select("[style]").eachAttr("style"));
    }

    @Test
    void theStructureOfTextStays() {
        String html = "<div class=\"sect1\"><h2 id=\"_a\">A</h2><div class=\"paragraph\"><p>Uno <strong>due</strong> "
                + "<em>tre</em> <code>x</code></p></div><ol class=\"loweralpha\" type=\"a\" start=\"2\"><li><p>b</p></li></ol>"
                + "<table class=\"tableblock\"><tbody><tr><td colspan=\"2\">c</td></tr></tbody></table>"
                + "<section aria-labelledby=\"_a\"><p>d</p></section></div>";
        assertEquals(html, sanitizer.html(html));
    }

    @Test
    void theXhtmlIsWellFormedWhateverCameIn() {
        String xhtml = sanitizer.xhtml("<p>a<br>b &nbsp; <b>c<i>d</b></i> <a href=\"x&y\">e</a><hr><p title='\"<'>f");
        String document = "<div xmlns=\"http://www.w3.org/1999/xhtml\">" + xhtml + "</div>";
        assertDoesNotThrow(() -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))), xhtml);
        assertTrue(xhtml.contains("<br />") || xhtml.contains("<br/>"), xhtml);
    }

    @Test
    void anAddressIsAllowedByItsScheme() {
        assertTrue(HtmlSanitizer.allowedAddress("tel:071123"));
        assertTrue(HtmlSanitizer.allowedAddress("#gestione.3"));
        assertFalse(HtmlSanitizer.allowedAddress("  jav\u0000ascript:x"));
    }
}
